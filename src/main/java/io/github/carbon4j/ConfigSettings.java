package io.github.carbon4j;

import io.github.carbon4j.intensity.IntensitySettings;
import io.github.carbon4j.meter.MeterSettings;
import io.github.carbon4j.nvml.GpuSettings;
import io.github.carbon4j.report.ReportSettings;

/** The narrow settings each package below the façade takes, made from a {@link CarbonConfig}. */
final class ConfigSettings {

    private ConfigSettings() {}

    static MeterSettings meter(CarbonConfig c) {
        return new MeterSettings(
                c.scope(), c.cpuPower(), c.ramPower(), c.cpuTdp(), c.powercapRoot(), c.raplPsys(), c.clock());
    }

    static GpuSettings gpu(CarbonConfig c) {
        return new GpuSettings(c.gpuDevices(), c.scope(), c.clock());
    }

    static IntensitySettings intensity(CarbonConfig c) {
        return new IntensitySettings(
                c.carbonIntensity(),
                c.energyMix(),
                c.country(),
                c.region(),
                c.cloudProvider(),
                c.cloudRegion(),
                c.intensityProvider(),
                c.intensityUrl(),
                c.electricityMapsToken(),
                c.electricityMapsZone(),
                c.ukPostcode(),
                c.pueConfigured(),
                c.clock());
    }

    static ReportSettings report(CarbonConfig c) {
        return new ReportSettings(c.reports(), c.country(), c.region(), c.cloudProvider(), c.cloudRegion());
    }
}
