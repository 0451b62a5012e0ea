package io.github.carbon4j.nvml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.carbon4j.nvml.DeviceSelection.DeviceId;
import io.github.carbon4j.nvml.DeviceSelection.Selection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceSelectionTests {

    private static final List<DeviceId> DEVICES = List.of(
            new DeviceId(0, "GPU-5a2b3c4d-1111-2222-3333-444444444444"),
            new DeviceId(1, "GPU-5a2b9999-1111-2222-3333-444444444444"),
            new DeviceId(2, "GPU-77777777-1111-2222-3333-444444444444"));

    private static List<Integer> configured(String value) {
        return indices(DeviceSelection.select(DEVICES, Optional.of(value), Optional.of("0")));
    }

    private static List<Integer> cuda(String value) {
        return indices(DeviceSelection.select(DEVICES, Optional.empty(), Optional.of(value)));
    }

    private static List<Integer> indices(Selection selection) {
        return selection.devices().stream().map(DeviceId::index).toList();
    }

    @Test
    void allDevicesWhenNothingSaysOtherwise() {
        Selection selection = DeviceSelection.select(DEVICES, Optional.empty(), Optional.empty());
        assertThat(indices(selection)).containsExactly(0, 1, 2);
        assertThat(selection.source()).isEqualTo("all");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2                                          | 2",
                "2,0                                        | 0,2",
                "' 1 , 1 '                                  | 1",
                "GPU-77777777-1111-2222-3333-444444444444   | 2",
                "gpu-5a2b9                                  | 1",
                "0,GPU-77777777                             | 0,2",
                "MIG-GPU-5a2b3c4d-1111-2222-3333-444444444444/1/0 | 0",
                "'1,'                                       | 1"
            })
    void configurationSelectsByIndexOrUuid(String value, String expected) {
        assertThat(configured(value)).containsExactlyElementsOf(ints(expected));
    }

    @Test
    void configurationWinsOverCudaAndReportsWhatMatchedNothing() {
        Selection selection = DeviceSelection.select(DEVICES, Optional.of("1,5,GPU-5a2b"), Optional.of("2"));
        assertThat(indices(selection)).containsExactly(1);
        assertThat(selection.source()).isEqualTo("carbon4j.gpu.devices");
        assertThat(selection.unmatched())
                .as("5 is absent, GPU-5a2b is ambiguous")
                .containsExactly("5", "GPU-5a2b");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1                   | 1",
                "2,0                 | 0,2",
                "GPU-7777            | 2",
                "0,3,2               | 0",
                "0,-1,2              | 0",
                "'1, garbage, 2'     | 1",
                "GPU-5a2b,1          | ''",
                "MIG-5f1e0c3a-aaaa-bbbb-cccc-dddddddddddd | ''",
                "'1,MIG-5f1e0c3a-aaaa-bbbb-cccc-dddddddddddd,2' | 1",
                "MIG-GPU-77777777-1111-2222-3333-444444444444/2/0 | 2"
            })
    void cudaVisibleDevicesEndsAtTheFirstEntryThatNamesNoDevice(String value, String expected) {
        assertThat(cuda(value)).containsExactlyElementsOf(ints(expected));
    }

    private static final String MIG_ON_2 = "MIG-5f1e0c3a-aaaa-bbbb-cccc-dddddddddddd";

    /** NVML as NvmlMeters asks it: MIG_ON_2 lies on device 2, other MIG UUIDs are unknown. */
    private static Optional<String> parent(String mig) {
        return mig.equals(MIG_ON_2) ? Optional.of(DEVICES.get(2).uuid()) : Optional.empty();
    }

    @Test
    void aMigUuidSelectsTheGpuItLiesOnAndOnlyThat() {
        // Before: a bare MIG UUID selected every GPU.
        Selection cuda =
                DeviceSelection.select(DEVICES, Optional.empty(), Optional.of(MIG_ON_2), DeviceSelectionTests::parent);
        assertThat(indices(cuda)).containsExactly(2);
        assertThat(cuda.migs()).isEqualTo(java.util.Map.of(2, List.of(MIG_ON_2)));
        Selection configured = DeviceSelection.select(
                DEVICES, Optional.of("0," + MIG_ON_2), Optional.empty(), DeviceSelectionTests::parent);
        assertThat(indices(configured)).containsExactly(0, 2);
        assertThat(configured.migs()).containsOnlyKeys(2);
    }

    @Test
    void aGpuSelectedItselfIsNotLimitedToItsMigEntries() {
        Selection selection = DeviceSelection.select(
                DEVICES, Optional.of(MIG_ON_2 + ",2"), Optional.empty(), DeviceSelectionTests::parent);
        assertThat(indices(selection)).containsExactly(2);
        assertThat(selection.migs()).isEmpty();
        String legacy = "MIG-GPU-77777777-1111-2222-3333-444444444444/2/0";
        assertThat(DeviceSelection.select(DEVICES, Optional.of(legacy), Optional.empty())
                        .migs())
                .isEqualTo(java.util.Map.of(2, List.of(legacy)));
    }

    @Test
    void aMigUuidNvmlCannotTraceMatchesNothing() {
        String unknown = "MIG-99999999-aaaa-bbbb-cccc-dddddddddddd";
        Selection selection = DeviceSelection.select(
                DEVICES, Optional.of(unknown + ",1"), Optional.empty(), DeviceSelectionTests::parent);
        assertThat(indices(selection)).containsExactly(1);
        assertThat(selection.unmatched()).containsExactly(unknown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-1"})
    void cudaCanHideEveryDevice(String value) {
        Selection selection = DeviceSelection.select(DEVICES, Optional.empty(), Optional.of(value));
        assertThat(selection.devices()).isEmpty();
        assertThat(selection.source()).isEqualTo("CUDA_VISIBLE_DEVICES");
    }

    @ParameterizedTest
    @ValueSource(strings = {"first", "0,gpu0", "-1", "GPU-", " , ", "1.5"})
    void malformedConfigurationNamesKeyAndValue(String value) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DeviceSelection.validate(value))
                .withMessageStartingWith("invalid carbon4j.gpu.devices \"" + value + "\"");
    }

    private static List<Integer> ints(String csv) {
        return csv == null || csv.isBlank()
                ? List.of()
                : java.util.Arrays.stream(csv.split(","))
                        .map(String::trim)
                        .map(Integer::valueOf)
                        .toList();
    }
}
