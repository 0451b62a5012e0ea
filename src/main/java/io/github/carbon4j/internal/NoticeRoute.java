package io.github.carbon4j.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the notices of a JVM go, the value of {@value KeyNames#NOTICES}: {@link #LOGGER}, the
 * {@link System.Logger} {@value Notices#LOGGER_NAME}; {@link #STDERR}, one line {@code carbon4j: <message>}
 * on standard error; or {@link #AUTO} (the default), the logger where the user routes logging and standard
 * error otherwise.
 *
 * <p>Why not always the logger: without a logging set-up its backend is JUL, whose first record loads about
 * 560 classes and costs every JVM 70-80 ms (every test fork, every benchmark fork) to print two lines per
 * notice. "Routed" is decided without loading any of JUL: a {@link System.LoggerFinder} service is visible
 * as the resource {@value #FINDER_SERVICE} to the system or the context class loader (SLF4J's
 * {@code slf4j-jdk-platform-logging}, Log4j's {@code log4j-jpl}), or JUL is configured by one of
 * {@link #JUL_PROPERTIES} (as Log4j's JUL bridge needs). The JDK takes its finder from the system class
 * loader; one seen by the context loader alone (an application server's, a test runner's isolated
 * loader) still says the application routes its logging, usually JUL's too. JUL set up in code ({@code
 * SLF4JBridgeHandler.install()}) cannot be seen that cheaply: such a program sets {@code logger}. The
 * decision is the first notice's, once per JVM ({@link Notices#Notices()}).
 *
 * <p>Not API: public only for the configuration table; it may change in any release.
 */
public enum NoticeRoute {
    /** The logger where logging is routed, standard error otherwise. */
    AUTO,
    /** Always the {@link System.Logger}: for JUL handlers installed in code. */
    LOGGER,
    /** Always one line on standard error. */
    STDERR;

    /** The resource by which a {@link System.LoggerFinder} service is declared on a class path. */
    public static final String FINDER_SERVICE = "META-INF/services/java.lang.System$LoggerFinder";

    /** The system properties that configure JUL, each a sign that the user routes it. */
    public static final List<String> JUL_PROPERTIES =
            List.of("java.util.logging.config.file", "java.util.logging.config.class", "java.util.logging.manager");

    /**
     * Parses a value of {@value KeyNames#NOTICES}, blanks around it and case ignored.
     *
     * @param text the value as given
     * @return the route
     * @throws IllegalArgumentException when it is none of {@code auto}, {@code logger}, {@code stderr}
     */
    public static NoticeRoute parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        for (NoticeRoute route : values()) {
            if (route.name().toLowerCase(Locale.ROOT).equals(value)) {
                return route;
            }
        }
        throw new IllegalArgumentException("must be auto, logger or stderr");
    }

    /**
     * The route the system property {@value KeyNames#NOTICES} asks for, else the environment variable
     * {@code CARBON4J_NOTICES}, else {@link #AUTO}.
     *
     * @param properties the system properties by name
     * @param environment the environment variables by name
     * @return the configured route
     * @throws IllegalArgumentException naming the key, the value and where it was found
     */
    static NoticeRoute configured(
            Function<String, Optional<String>> properties, Function<String, Optional<String>> environment) {
        Optional<String> property = properties.apply(KeyNames.NOTICES);
        String variable = KeyNames.environmentName(KeyNames.NOTICES);
        String where = property.isPresent() ? "system property" : "environment variable " + variable;
        // Ifs and loops here and below, not Optional chains and streams: each lambda is a class a JVM spins.
        Optional<String> value = property.isPresent() ? property : environment.apply(variable);
        try {
            return value.isPresent() ? parse(value.get()) : AUTO;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "invalid " + KeyNames.NOTICES + " \"" + value.orElseThrow() + "\" (" + where + "): "
                            + e.getMessage(),
                    e);
        }
    }

    /**
     * This route with {@link #AUTO} decided: {@link #LOGGER} when logging is routed, else {@link #STDERR}.
     *
     * @param properties the system properties by name
     * @param loaders the class loaders to look for a {@link System.LoggerFinder} service in
     * @return {@link #LOGGER} or {@link #STDERR}
     */
    NoticeRoute resolve(Function<String, Optional<String>> properties, List<ClassLoader> loaders) {
        if (this != AUTO) {
            return this;
        }
        for (String property : JUL_PROPERTIES) {
            if (properties.apply(property).isPresent()) {
                return LOGGER;
            }
        }
        for (ClassLoader loader : loaders) {
            if (loader.getResource(FINDER_SERVICE) != null) {
                return LOGGER;
            }
        }
        return STDERR;
    }
}
