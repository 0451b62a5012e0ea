package io.github.carbon4j.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HardwareTextTests {

    @Test
    void theModelNameOfX86() {
        String cpuinfo =
                "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel\t\t: 17\nmodel name\t: AMD EPYC 7R13 Processor\n"
                        + "\nprocessor\t: 1\nmodel name\t: AMD EPYC 7R13 Processor\n";
        assertThat(HardwareText.cpuModel(cpuinfo)).hasValue("AMD EPYC 7R13 Processor");
        assertThat(HardwareText.processors(cpuinfo)).isEqualTo(2);
    }

    @Test
    void armCoresByImplementerAndPartWithoutAModelName() {
        assertThat(HardwareText.cpuModel("processor\t: 0\nCPU implementer\t: 0x41\nCPU part\t: 0xd0c\n"))
                .hasValue("ARM Neoverse-N1");
        assertThat(HardwareText.cpuModel("processor\t: 0\nCPU implementer\t: 0x41\nCPU part\t: 0xd4f\n"))
                .hasValue("ARM Neoverse-V2");
        // Another vendor's own core, or a part not named here: the codes, which still tell machines apart.
        assertThat(HardwareText.cpuModel("CPU implementer\t: 0xc0\nCPU part\t: 0xac3\n"))
                .hasValue("Ampere CPU part 0xac3");
        assertThat(HardwareText.cpuModel("CPU implementer\t: 0x99\nCPU part\t: 0x001\n"))
                .hasValue("CPU implementer 0x99 CPU part 0x001");
    }

    @Test
    void aBoardsHardwareLineBeforeItsCoreCodes() {
        assertThat(HardwareText.cpuModel(
                        "processor\t: 0\nCPU implementer\t: 0x41\nCPU part\t: 0xd03\n\n" + "Hardware\t: BCM2835\n"))
                .hasValue("BCM2835");
    }

    @Test
    void noModelAtAll() {
        assertThat(HardwareText.cpuModel("processor\t: 0\nmodel name\t: \n")).isEmpty();
        assertThat(HardwareText.cpuModel("")).isEmpty();
        assertThat(HardwareText.cpuModel("CPU implementer\t: 0x41\nCPU part\t: junk\n"))
                .isEmpty();
    }

    @Test
    void socketsAreDistinctPhysicalIds() {
        String cpuinfo = "processor : 0\nphysical id : 0\n\nprocessor : 1\nphysical id : 0\n\n"
                + "processor : 2\nphysical id : 1\n\nprocessor : 3\nphysical id : 1\n";
        assertThat(HardwareText.physicalIds(cpuinfo)).isEqualTo(2);
        assertThat(HardwareText.processors(cpuinfo)).isEqualTo(4);
        assertThat(HardwareText.physicalIds("processor : 0\n")).isZero();
    }

    @Test
    void memTotalInKibibytes() {
        assertThat(HardwareText.memTotalBytes("MemTotal:       24683652 kB\nMemFree:        23267560 kB\n"))
                .isEqualTo(24683652L * 1024);
        for (String garbage : new String[] {
            "",
            "MemFree: 5 kB\n",
            "MemTotal: 5 MB\n",
            "MemTotal: -5 kB\n",
            "MemTotal: kB\n",
            "MemTotal: 99999999999999999999 kB\n",
            "MemTotal: 5kB\n",
            "MemTotal: 5 kB 6\n"
        }) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> HardwareText.memTotalBytes(garbage))
                    .withMessageContaining("/proc/meminfo");
        }
    }

    @Test
    void cpuListsOfSysfs() {
        assertThat(HardwareText.cpuList("0-3,8,10-11\n")).containsExactly(0, 1, 2, 3, 8, 10, 11);
        assertThat(HardwareText.cpuList("0\n")).containsExactly(0);
        assertThat(HardwareText.cpuList("\n")).isEmpty();
        for (String garbage : new String[] {"a-b", "3-1", "-1", "0-99999999", "1,,2"}) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> HardwareText.cpuList(garbage))
                    .withMessageContaining("CPU list");
        }
    }

    @Test
    void packageIds() {
        assertThat(HardwareText.packageId("1\n")).isEqualTo(1);
        assertThat(HardwareText.packageId("-1\n")).isEqualTo(-1);
        assertThatIllegalArgumentException().isThrownBy(() -> HardwareText.packageId("x\n"));
    }

    @Test
    void thePageSizeOfTheAuxiliaryVectorInEitherByteOrderAndWordSize() {
        assertThat(HardwareText.auxvPageSize(
                        auxv(8, ByteOrder.LITTLE_ENDIAN, 33, 0x7ffd_0000L, 6, 65536, 17, 100),
                        8,
                        ByteOrder.LITTLE_ENDIAN))
                .isEqualTo(65536);
        assertThat(HardwareText.auxvPageSize(
                        auxv(8, ByteOrder.BIG_ENDIAN, 16, 0xbfebfbff, 6, 4096), 8, ByteOrder.BIG_ENDIAN))
                .isEqualTo(4096);
        assertThat(HardwareText.auxvPageSize(
                        auxv(4, ByteOrder.LITTLE_ENDIAN, 16, 1, 6, 16384), 4, ByteOrder.LITTLE_ENDIAN))
                .isEqualTo(16384);
    }

    @Test
    void noPageSizeAfterTheVectorsEnd() {
        assertThat(HardwareText.auxvPageSize(
                        auxv(8, ByteOrder.LITTLE_ENDIAN, 16, 1, 0, 0, 6, 4096), 8, ByteOrder.LITTLE_ENDIAN))
                .isEqualTo(-1);
        assertThat(HardwareText.auxvPageSize("", 8, ByteOrder.LITTLE_ENDIAN)).isEqualTo(-1);
    }

    /** An auxiliary vector of (type, value) pairs as the kernel lays it out, bytes as chars 0–255. */
    private static String auxv(int wordBytes, ByteOrder order, long... typesAndValues) {
        ByteBuffer bytes =
                ByteBuffer.allocate(typesAndValues.length * wordBytes).order(order);
        for (long word : typesAndValues) {
            if (wordBytes == 8) {
                bytes.putLong(word);
            } else {
                bytes.putInt((int) word);
            }
        }
        return new String(bytes.array(), StandardCharsets.ISO_8859_1);
    }
}
