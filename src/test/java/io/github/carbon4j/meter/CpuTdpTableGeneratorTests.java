package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.carbon4j.Power;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuTdpTableGeneratorTests {

    private static final List<String> CSV = List.of(
            "Name,TDP",
            "Intel Xeon Gold 6248,150.0",
            "\"Intel EP80579 Integrated, 1066 MHz\",18.0",
            "Intel Celeron 1000A,27.29.5",
            "Intel Quark Microcontroller D1000,0.0",
            "3280,65");

    @Test
    void keepsAttributionAndHandlesQuotesRangesAndZeros() {
        List<String> table = CpuTdpTableGenerator.generate(CSV);
        assertThat(String.join("\n", table))
                .contains(
                        "CodeCarbon",
                        "b05965e43b690cdc53787c7577adbe6e2caf4ed9",
                        "Copyright (c) 2023 Code Carbon NGO",
                        "Permission is hereby granted");
        assertThat(table.stream().filter(line -> !line.startsWith("#")))
                .as("by key: 1000a, 3280, 6248, ep80579 (the longest model number)")
                .containsExactly(
                        "Intel Celeron 1000A\t29.5",
                        "3280\t65",
                        "Intel Xeon Gold 6248\t150",
                        "Intel EP80579 Integrated, 1066 MHz\t18");
    }

    @Test
    void whatItWritesIsWhatTheMeterReads() {
        CpuTdpTable table = CpuTdpTable.parse(CpuTdpTableGenerator.generate(CSV));
        // The table copies CodeCarbon's rows as they are; the meter leaves out the bare model number "3280".
        assertThat(table.size()).isEqualTo(3);
        assertThat(table.find("Intel(R) Celeron(R) CPU 3280")).isEmpty();
        assertThat(table.find("Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz").map(CpuTdpTable.Match::tdp))
                .contains(Power.ofWatts(150));
    }

    @Test
    void theBundledTableIsTheGeneratorsOutput() throws Exception {
        String bundled;
        try (var in = CpuTdpTable.class.getResourceAsStream(CpuTdpTable.RESOURCE)) {
            bundled = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(bundled)
                .startsWith(
                        CpuTdpTableGenerator.HEADER.strip().lines().findFirst().orElseThrow());
        assertThat(bundled).contains(CpuTdpTableGenerator.HEADER.strip());
    }

    @Test
    void badCellsFailNamingTheLine() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CpuTdpTableGenerator.generate(List.of("Name,TDP", "Acme,fast")))
                .withMessageContaining("line 2")
                .withMessageContaining("fast");
        assertThatIllegalArgumentException().isThrownBy(() -> CpuTdpTableGenerator.generate(List.of("Model,Watts")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CpuTdpTableGenerator.generate(List.of("Name,TDP", "\"Acme, 1,10")));
    }

    @Test
    void writesTheFileItIsGiven(@TempDir Path temp) throws IOException {
        Path csv = Files.write(temp.resolve("cpu_power.csv"), CSV);
        Path out = temp.resolve("cpu-tdp.tsv");
        CpuTdpTableGenerator.main(new String[] {csv.toString(), out.toString()});
        assertThat(Files.readAllLines(out)).isEqualTo(CpuTdpTableGenerator.generate(CSV));
    }
}
