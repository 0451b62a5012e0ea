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
        int powerBits = 0xFFFF_FFFF;       // 4294967295 mW as an unsigned int
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
        assertThatThrownBy(() -> nvml.deviceName(0x5001L)).isInstanceOfSatisfying(NvmlException.class,
                e -> assertThat(e.code()).isEqualTo(2));
        assertThatThrownBy(nvml::shutdown).isInstanceOfSatisfying(NvmlException.class,
                e -> assertThat(e.function()).isEqualTo("nvmlShutdown"));
    }

    @Test
    void aFunctionTheDriverLacksIsFunctionNotFound() {
        JnaNvml old = new JnaNvml(new CLibrary() {
            @Override
            public int nvmlDeviceGetTotalEnergyConsumption(Pointer device, LongByReference energy) {
                throw new UnsatisfiedLinkError("Error looking up function 'nvmlDeviceGetTotalEnergyConsumption'");
            }
        });
        assertThatThrownBy(() -> old.totalEnergyMillijoules(0x5000L)).isInstanceOfSatisfying(NvmlException.class,
                e -> assertThat(e.unsupported()).isTrue());
    }

    @Test
    void errorStringNeverFails() {
        assertThat(nvml.errorString(3)).isEqualTo("Not Supported");
        assertThat(nvml.errorString(42)).isEqualTo("NVML error 42");
    }
}
