package io.github.carbon4j.nvml;

import io.github.carbon4j.CarbonConfig;
import io.github.carbon4j.Component;
import io.github.carbon4j.MockClock;
import io.github.carbon4j.internal.Notices;
import io.github.carbon4j.meter.EnergyMeter;
import io.github.carbon4j.meter.EnergyMeterContractTests;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The shared meter contract, on one GPU with an energy counter and one without. */
class NvmlEnergyMeterContractTests extends EnergyMeterContractTests {

    /** This test\'s own notices, as a logger\'s would be. */
    private final Notices notices = new Notices();

    private final MockClock clock = new MockClock();
    private final FakeNvml nvml = new FakeNvml()
            .withCounter("GPU-aaaa1111-0000-0000-0000-000000000000", 1_000_000)
            .withPowerOnly("GPU-bbbb2222-0000-0000-0000-000000000000", 40_000);
    private final List<ManualTicker> tickers = new CopyOnWriteArrayList<>();

    {
        // Process scope (the default): this JVM has a context on both devices, so both count.
        for (FakeNvml.Device device : nvml.devices) {
            device.computePids = new long[] {ProcessHandle.current().pid()};
        }
    }

    @Override
    protected EnergyMeter createMeter() {
        return NvmlMeters.detect(
                CarbonConfig.builder().clock(clock).build().gpuSettings(),
                notices,
                () -> Optional.of(nvml),
                Map.<String, String>of()::get,
                () -> {
                    ManualTicker ticker = new ManualTicker();
                    tickers.add(ticker);
                    return ticker;
                });
    }

    @Override
    protected Component expectedComponent() {
        return Component.GPU;
    }

    @Override
    protected void advance() {
        clock.add(Duration.ofMillis(100));
        nvml.device(0).energyMillijoules += 25_000;
        nvml.device(1).powerMilliwatts = nvml.device(1).powerMilliwatts == 40_000 ? 60_000 : 40_000;
        for (ManualTicker ticker : tickers) {
            if (ticker.running()) {
                ticker.tick();
            }
        }
    }
}
