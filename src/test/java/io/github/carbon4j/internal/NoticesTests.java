package io.github.carbon4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class NoticesTests {

    @Test
    void eachDistinctNoticeIsGivenOncePerInstance() {
        Notices notices = new Notices();

        assertThat(notices.warn("k", "first " + this)).isTrue();
        assertThat(notices.warn("k", "again " + this)).isFalse();
        assertThat(notices.info("other", "second " + this)).isTrue();

        assertThat(notices.issued()).containsExactly("first " + this, "second " + this);
        assertThat(new Notices().warn("k", "a fresh logger's own " + this))
                .as("another logger gives it again")
                .isTrue();
    }

    @Test
    void noticesGoToTheSystemLoggerThatUsersRouteAtWarningOrInfo() {
        try (LoggedNotices logged = new LoggedNotices()) {
            Notices notices = new Notices();
            notices.warn("a", "a sensor failed " + this);
            notices.info("b", "a model stands in " + this);
            notices.warn("a", "a sensor failed again " + this);

            assertThat(logged.records())
                    .filteredOn(r -> r.getMessage().endsWith(" " + this))
                    .extracting(LogRecord::getLevel, LogRecord::getMessage, LogRecord::getLoggerName)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    Level.WARNING, "carbon4j: a sensor failed " + this, Notices.LOGGER_NAME),
                            org.assertj.core.groups.Tuple.tuple(
                                    Level.INFO, "carbon4j: a model stands in " + this, Notices.LOGGER_NAME));
        }
    }

    @Test
    void aLoggerOfTheUsersChoiceReceivesThem() {
        java.util.List<String> seen = new java.util.ArrayList<>();
        System.Logger mine = new System.Logger() {
            @Override
            public String getName() {
                return "mine";
            }

            @Override
            public boolean isLoggable(System.Logger.Level level) {
                return true;
            }

            @Override
            public void log(System.Logger.Level level, java.util.ResourceBundle bundle, String msg, Throwable thrown) {
                seen.add(level + " " + msg);
            }

            @Override
            public void log(
                    System.Logger.Level level, java.util.ResourceBundle bundle, String format, Object... params) {
                seen.add(level + " " + format);
            }
        };

        new Notices(mine).warn("k", "routed");

        assertThat(seen).containsExactly("WARNING carbon4j: routed");
    }
}
