package io.github.carbon4j;

import java.util.ResourceBundle;

/**
 * A {@link System.LoggerFinder} whose loggers print {@code finder LEVEL name: message} on standard output:
 * what a logging bridge on the class path stands for in {@link StartLoadingTests}. Registered only in the
 * child JVMs that test asks for it, never in the test JVM.
 */
public final class PrintingLoggerFinder extends System.LoggerFinder {

    @Override
    public System.Logger getLogger(String name, Module module) {
        return new System.Logger() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public boolean isLoggable(Level level) {
                return true;
            }

            @Override
            public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
                System.out.println("finder " + level + " " + name + ": " + msg);
            }

            @Override
            public void log(Level level, ResourceBundle bundle, String format, Object... params) {
                System.out.println("finder " + level + " " + name + ": " + format);
            }
        };
    }
}
