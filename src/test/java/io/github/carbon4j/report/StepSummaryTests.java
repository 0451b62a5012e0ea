package io.github.carbon4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepSummaryTests {

    @TempDir
    Path directory;

    @Test
    void sectionsAreAppendedOnlyWhenTheVariableNamesAFile() throws IOException {
        Path file = directory.resolve("summary.md");
        assertThat(StepSummary.append(Map.of(), "# nothing")).isFalse();
        assertThat(StepSummary.append(Map.of("GITHUB_STEP_SUMMARY", " "), "# nothing"))
                .isFalse();
        assertThat(file).doesNotExist();

        assertThat(StepSummary.append(Map.of("GITHUB_STEP_SUMMARY", file.toString()), "# one"))
                .isTrue();
        assertThat(StepSummary.append(Map.of("GITHUB_STEP_SUMMARY", file.toString()), "# two\n"))
                .isTrue();

        assertThat(file).content().isEqualTo("# one\n\n# two\n\n");
    }

    @Test
    void aLongSectionIsCutAtALineBreakWellUnderTheLimit() {
        String line = "| x".repeat(30) + " |\n";
        String cut = StepSummary.cut(line.repeat(20_000));
        assertThat(cut.length()).isLessThanOrEqualTo(StepSummary.MAX_SECTION_CHARS);
        assertThat(cut).endsWith("_(cut: the full list is in the job's log)_\n\n");
        assertThat(cut.substring(0, cut.indexOf("\n\n_(cut"))).endsWith(" |");
    }

    @Test
    void cellsCannotEndTheTableOrStartHtml() {
        assertThat(StepSummary.cell("a|b\n<script>`x`")).isEqualTo("a\\|b &lt;script&gt;\\`x\\`");
    }

    @Test
    void aVariableThatIsNoPathIsAnError() {
        assertThatThrownBy(() -> StepSummary.file(Map.of("GITHUB_STEP_SUMMARY", "bad\0path")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GITHUB_STEP_SUMMARY");
    }
}
