package io.github.carbon4j.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What reaches the {@code io.github.carbon4j} logger while it is open, through JUL, the default
 * backend of {@link System.Logger}: for tests of notices given before any carbon logger exists.
 */
public final class LoggedNotices implements AutoCloseable {

    private final Logger logger = Logger.getLogger(Notices.LOGGER_NAME);
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (records) {
                records.add(record);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    public LoggedNotices() {
        handler.setLevel(Level.ALL);
        logger.addHandler(handler);
    }

    /** The messages logged so far, oldest first, without the {@code carbon4j: } prefix. */
    public List<String> messages() {
        synchronized (records) {
            return records.stream()
                    .map(r -> r.getMessage().substring("carbon4j: ".length()))
                    .toList();
        }
    }

    /** The records logged so far, oldest first. */
    public List<LogRecord> records() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
