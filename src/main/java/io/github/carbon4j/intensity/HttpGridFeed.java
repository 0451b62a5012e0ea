package io.github.carbon4j.intensity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A {@link GridFeed} over the JDK's HTTP client: one GET with a 2 s timeout, no retry (the caller
 * tries again an hour later at the earliest), the body handed to a pure parser.
 */
final class HttpGridFeed implements GridFeed {

    static final Duration TIMEOUT = Duration.ofSeconds(2);

    /** Reads a successful answer's body. */
    @FunctionalInterface
    interface Parser {
        IntensityEstimate parse(String body) throws IOException;
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URI uri;
    private final Map<String, String> headers;
    private final Parser parser;
    private final String description;

    /**
     * @param headers request headers, which may hold secrets: they are never put into messages
     * @param description what is asked, free of secrets
     */
    HttpGridFeed(URI uri, Map<String, String> headers, Parser parser, String description) {
        this.uri = uri;
        this.headers = Map.copyOf(headers);
        this.parser = parser;
        this.description = description;
    }

    @Override
    public IntensityEstimate fetch() throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .GET();
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking " + uri, e);
        } catch (java.net.http.HttpTimeoutException e) {
            throw new IOException("no answer from " + uri + " within " + TIMEOUT.toSeconds() + " s", e);
        }
        int status = response.statusCode();
        if (status != 200) {
            String hint = status == 401 || status == 403
                    ? " (check the token)"
                    : status == 404 ? " (unknown zone or region?)" : "";
            throw new IOException("HTTP " + status + " from " + uri + hint);
        }
        try {
            return parser.parse(response.body());
        } catch (IOException e) {
            throw new IOException("unreadable answer from " + uri + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return description;
    }

    URI uri() {
        return uri;
    }
}
