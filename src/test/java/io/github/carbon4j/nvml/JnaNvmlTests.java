package io.github.carbon4j.nvml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The JNA adapter against a library that answers as the C functions do, out-parameters included. */
class JnaNvmlTests {

    /** Device 0x5000 answers everything; anything else is "Invalid Argument" (2). */
    static class CLibrary implements JnaNvml.NvmlLibrary {
        int powerBits = 0xFFFF_FFFF; // 4294967295 mW as an unsigned int
        int countBits = 2;
        int energyReturn = Nvml.SUCCESS;

        @Override
        public int nvmlInit_v2() {
            return Nvml.SUCCESS;
        }

        @Override
        public int nvmlShutdown() {
            return Nvml.UNINITIALIZED;
        }

        @Override
        public int nvmlDeviceGetCount_v2(IntByReference deviceCount) {
            deviceCount.setValue(countBits);
            return Nvml.SUCCESS;
        }

        @Override
        public int nvmlDeviceGetHandleByIndex_v2(int index, PointerByReference device) {
            device.setValue(new Pointer(0x5000L + index));
            return Nvml.SUCCESS;
        }

        @Override
        public int nvmlDeviceGetName(Pointer device, byte[] name, int length) {
            return write(device, "NVIDIA H100 80GB HBM3", name, length);
        }

        @Override
        public int nvmlDeviceGetUUID(Pointer device, byte[] uuid, int length) {
            return write(device, "GPU-5a2b3c4d-1111-2222-3333-444444444444", uuid, length);
        }

        @Override
        public int nvmlDeviceGetTotalEnergyConsumption(Pointer device, LongByReference energy) {
            energy.setValue(123_456_789_012L);
            return Pointer.nativeValue(device) == 0x5000L ? energyReturn : 2;
        }

        @Override
        public int nvmlDeviceGetPowerUsage(Pointer device, IntByReference power) {
            power.setValue(powerBits);
            return Pointer.nativeValue(device) == 0x5000L ? Nvml.SUCCESS : 2;
        }

        long[] pids = {};
        int newestVersion = 3;
        int calls;

        @Override
        public int nvmlDeviceGetHandleByUUID(String uuid, PointerByReference device) {
            if (!uuid.startsWith("MIG-5f1e")) {
                return Nvml.NOT_FOUND;
            }
            device.setValue(new Pointer(0x7000L));
            return Nvml.SUCCESS;
        }

        @Override
        public int nvmlDeviceGetDeviceHandleFromMigDeviceHandle(Pointer migDevice, PointerByReference device) {
            if (Pointer.nativeValue(migDevice) != 0x7000L) {
                return Nvml.INVALID_ARGUMENT;
            }
            device.setValue(new Pointer(0x5000L));
            return Nvml.SUCCESS;
        }

        @Override
        public int nvmlDeviceGetComputeRunningProcesses_v3(Pointer device, IntByReference count, Pointer infos) {
            return processes(3, 24, count, infos);
        }

        @Override
        public int nvmlDeviceGetComputeRunningProcesses_v2(Pointer device, IntByReference count, Pointer infos) {
            return processes(2, 24, count, infos);
        }

        @Override
        public int nvmlDeviceGetComputeRunningProcesses(Pointer device, IntByReference count, Pointer infos) {
            return processes(1, 16, count, infos);
        }

        @Override
        public int nvmlDeviceGetGraphicsRunningProcesses_v3(Pointer device, IntByReference count, Pointer infos) {
            return processes(3, 24, count, infos);
        }

        @Override
        public int nvmlDeviceGetGraphicsRunningProcesses_v2(Pointer device, IntByReference count, Pointer infos) {
            return processes(2, 24, count, infos);
        }

        @Override
        public int nvmlDeviceGetGraphicsRunningProcesses(Pointer device, IntByReference count, Pointer infos) {
            return processes(1, 16, count, infos);
        }

        /** As the driver fills nvmlProcessInfo_t entries: pid, padding, usedGpuMemory, instance IDs. */
        private int processes(int version, int stride, IntByReference count, Pointer infos) {
            if (version > newestVersion) {
                throw new UnsatisfiedLinkError("Error looking up function 'v" + version + "'");
            }
            calls++;
            if (count.getValue() < pids.length) {
                count.setValue(pids.length);
                return Nvml.INSUFFICIENT_SIZE;
            }
            for (int i = 0; i < pids.length; i++) {
                infos.setInt((long) i * stride, (int) pids[i]);
                infos.setInt((long) i * stride + 4, 0xDEAD); // padding
                infos.setLong((long) i * stride + 8, 1L << 30); // usedGpuMemory
                if (stride == 24) {
                    infos.setInt((long) i * stride + 16, 0xFFFFFFFF); // no MIG
                    infos.setInt((long) i * stride + 20, 0xFFFFFFFF);
                }
            }
            count.setValue(pids.length);
            return Nvml.SUCCESS;
        }

        @Override
        public String nvmlErrorString(int result) {
            return result == 3 ? "Not Supported" : null;
        }

        private static int write(Pointer device, String text, byte[] buffer, int length) {
            if (Pointer.nativeValue(device) != 0x5000L) {
                return 2;
            }
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            if (length != buffer.length || bytes.length + 1 > length) {
                return 7;
            }
            java.util.Arrays.fill(buffer, (byte) 'x');
            System.arraycopy(bytes, 0, buffer, 0, bytes.length);
            buffer[bytes.length] = 0;
            return Nvml.SUCCESS;
        }
    }

    private final CLibrary lib = new CLibrary();
    private final JnaNvml nvml = new JnaNvml(lib);

    @Test
    void passesHandlesAndReadsOutParameters() {
        nvml.init();
        assertThat(nvml.deviceCount()).isEqualTo(2);
        long handle = nvml.deviceHandle(0);
        assertThat(handle).isEqualTo(0x5000L);
        assertThat(nvml.deviceName(handle)).isEqualTo("NVIDIA H100 80GB HBM3");
        assertThat(nvml.deviceUuid(handle)).isEqualTo("GPU-5a2b3c4d-1111-2222-3333-444444444444");
        assertThat(nvml.totalEnergyMillijoules(handle)).isEqualTo(123_456_789_012L);
    }

    @Test
    void masksUnsignedInts() {
        assertThat(nvml.powerMilliwatts(0x5000L)).isEqualTo(4_294_967_295L);
        lib.powerBits = 250_000;
        assertThat(nvml.powerMilliwatts(0x5000L)).isEqualTo(250_000L);
    }

    @Test
    void turnsReturnCodesIntoExceptionsNamingTheFunction() {
        lib.energyReturn = Nvml.NOT_SUPPORTED;
        assertThatThrownBy(() -> nvml.totalEnergyMillijoules(0x5000L))
                .isInstanceOfSatisfying(NvmlException.class, e -> {
                    assertThat(e.function()).isEqualTo("nvmlDeviceGetTotalEnergyConsumption");
                    assertThat(e.code()).isEqualTo(Nvml.NOT_SUPPORTED);
                    assertThat(e.unsupported()).isTrue();
                });
        assertThatThrownBy(() -> nvml.deviceName(0x5001L))
                .isInstanceOfSatisfying(
                        NvmlException.class, e -> assertThat(e.code()).isEqualTo(2));
        assertThatThrownBy(nvml::shutdown)
                .isInstanceOfSatisfying(
                        NvmlException.class, e -> assertThat(e.function()).isEqualTo("nvmlShutdown"));
    }

    @Test
    void aFunctionTheDriverLacksIsFunctionNotFound() {
        JnaNvml old = new JnaNvml(new CLibrary() {
            @Override
            public int nvmlDeviceGetTotalEnergyConsumption(Pointer device, LongByReference energy) {
                throw new UnsatisfiedLinkError("Error looking up function 'nvmlDeviceGetTotalEnergyConsumption'");
            }
        });
        assertThatThrownBy(() -> old.totalEnergyMillijoules(0x5000L))
                .isInstanceOfSatisfying(
                        NvmlException.class, e -> assertThat(e.unsupported()).isTrue());
    }

    @Test
    void readsThePidsOfTheRunningProcessLists() {
        lib.pids = new long[] {4145, 3_000_000_000L, 7};
        assertThat(nvml.computeProcesses(0x5000L)).containsExactly(4145, 3_000_000_000L, 7);
        assertThat(nvml.graphicsProcesses(0x5000L)).containsExactly(4145, 3_000_000_000L, 7);
        lib.pids = new long[0];
        assertThat(nvml.computeProcesses(0x5000L)).isEmpty();
    }

    @Test
    void aLongerListThanTheBufferIsAskedForAgainAtItsSize() {
        lib.pids = java.util.stream.LongStream.rangeClosed(1, 100).toArray();
        assertThat(nvml.computeProcesses(0x5000L)).hasSize(100).startsWith(1, 2).endsWith(100);
        assertThat(lib.calls).isEqualTo(2);
    }

    @Test
    void olderDriversAreAskedWithTheVersionsTheyHave() {
        lib.pids = new long[] {11, 12};
        lib.newestVersion = 2;
        assertThat(nvml.computeProcesses(0x5000L)).containsExactly(11, 12);
        lib.newestVersion = 1;
        JnaNvml old = new JnaNvml(lib);
        assertThat(old.computeProcesses(0x5000L)).as("16-byte entries").containsExactly(11, 12);
        assertThat(old.graphicsProcesses(0x5000L)).containsExactly(11, 12);
        lib.newestVersion = 0;
        assertThatThrownBy(() -> new JnaNvml(lib).computeProcesses(0x5000L))
                .isInstanceOfSatisfying(NvmlException.class, e -> {
                    assertThat(e.function()).isEqualTo("nvmlDeviceGetComputeRunningProcesses");
                    assertThat(e.unsupported()).isTrue();
                });
    }

    @Test
    void tracesAMigDeviceToItsGpu() {
        long mig = nvml.deviceHandleByUuid("MIG-5f1e0c3a-aaaa-bbbb-cccc-dddddddddddd");
        assertThat(mig).isEqualTo(0x7000L);
        assertThat(nvml.migParentHandle(mig)).isEqualTo(0x5000L);
        assertThatThrownBy(() -> nvml.deviceHandleByUuid("MIG-0000"))
                .isInstanceOfSatisfying(
                        NvmlException.class, e -> assertThat(e.code()).isEqualTo(Nvml.NOT_FOUND));
        assertThatThrownBy(() -> nvml.migParentHandle(0x5000L))
                .isInstanceOfSatisfying(
                        NvmlException.class,
                        e -> assertThat(e.function()).isEqualTo("nvmlDeviceGetDeviceHandleFromMigDeviceHandle"));
    }

    @Test
    void errorStringNeverFails() {
        assertThat(nvml.errorString(3)).isEqualTo("Not Supported");
        assertThat(nvml.errorString(42)).isEqualTo("NVML error 42");
    }
}
