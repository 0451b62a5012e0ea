package io.github.carbon4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class NoticesTests {

    @Test
    void eachDistinctNoticeIsGivenOncePerInstance() {
        Notices notices = new Notices((level, line) -> {});

        assertThat(notices.warn("k", "first " + this)).isTrue();
        assertThat(notices.warn("k", "again " + this)).isFalse();
        assertThat(notices.info("other", "second " + this)).isTrue();

        assertThat(notices.issued()).containsExactly("first " + this, "second " + this);
        assertThat(new Notices((level, line) -> {}).warn("k", "a fresh logger's own " + this))
                .as("another logger gives it again")
                .isTrue();
    }

    @Test
    void thisJvmRoutesNoLoggingSoItsNoticesAreOneLineEachOnStandardError() {
        try (LoggedNotices logged = new LoggedNotices()) {
            Notices notices = new Notices();
            notices.warn("a", "a sensor failed " + this);
            notices.info("b", "a model stands in " + this);
            notices.warn("a", "a sensor failed again " + this);

            assertThat(logged.lines())
                    .as("no JUL record header (date, class and method) around them")
                    .containsExactly("carbon4j: a sensor failed " + this, "carbon4j: a model stands in " + this);
        }
    }

    @Test
    void theStandardErrorLineIsThePrefixAndTheMessageAtEitherLevel() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            Notices notices = new Notices(Notices.STANDARD_ERROR);
            notices.warn("w", "RAPL is not readable");
            notices.info("i", "location unknown");
        } finally {
            System.setErr(original);
        }

        String eol = System.lineSeparator();
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("carbon4j: RAPL is not readable" + eol + "carbon4j: location unknown" + eol);
    }

    @Test
    void aLoggerOfTheUsersChoiceReceivesThemAtWarningOrInfo() {
        List<String> seen = new ArrayList<>();
        Notices notices = new Notices(new Recording(seen));

        notices.warn("k", "routed");
        notices.info("j", "a model");

        assertThat(seen).containsExactly("WARNING carbon4j: routed", "INFO carbon4j: a model");
    }

    @Test
    void aFailingLoggerOrStandardErrorNeverReachesTheCaller() {
        Notices failing = new Notices((level, line) -> {
            throw new IllegalStateException("logging backend down");
        });
        assertThat(failing.warn("k", "lost")).isTrue();
        assertThat(failing.issued()).containsExactly("lost");

        PrintStream original = System.err;
        System.setErr(new PrintStream(OutputStream.nullOutputStream()) {
            @Override
            public void println(String line) {
                throw new IllegalStateException("closed");
            }
        });
        try {
            assertThatCode(() -> new Notices(Notices.STANDARD_ERROR).info("k", "lost too"))
                    .doesNotThrowAnyException();
        } finally {
            System.setErr(original);
        }
    }

    /** A {@link System.Logger} that records "LEVEL message". */
    private record Recording(List<String> seen) implements System.Logger {
        @Override
        public String getName() {
            return "recording";
        }

        @Override
        public boolean isLoggable(Level level) {
            return true;
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
            seen.add(level + " " + msg);
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            seen.add(level + " " + format);
        }
    }
}
