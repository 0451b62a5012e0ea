package io.github.carbon4j.otel;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A Prometheus server for the end-to-end test: Debian's {@code prometheus} (installed by
 * {@code .ci/run}) or the binary named by {@code CARBON4J_PROMETHEUS}, started on a free loopback
 * port with a generated configuration that scrapes one target every second. Without a binary the
 * test fails on CI (where {@code CI} is set) and is aborted with the reason elsewhere.
 */
final class Prometheus implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final URI url;
    private final Path log;

    private Prometheus(Process process, URI url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /**
     * Starts a server scraping {@code http://127.0.0.1:<targetPort>/metrics}; waits until it is ready. The
     * free port it is given can be taken by another process before the server binds it: then it tries
     * again on another, three times at most.
     */
    static Prometheus start(Path workDirectory, int targetPort) throws IOException, InterruptedException {
        Path binary = find();
        Path config = workDirectory.resolve("prometheus.yml");
        Files.writeString(
                config,
                String.join(
                        "\n",
                        "global:",
                        "  scrape_interval: 1s",
                        "  evaluation_interval: 1s",
                        "scrape_configs:",
                        "  - job_name: carbon4j",
                        "    static_configs:",
                        "      - targets: ['127.0.0.1:" + targetPort + "']",
                        ""));
        for (int attempt = 1; ; attempt++) {
            int port = freePort();
            Path log = workDirectory.resolve("prometheus-" + attempt + ".log");
            Process process = new ProcessBuilder(
                            binary.toString(),
                            "--config.file=" + config,
                            "--storage.tsdb.path=" + workDirectory.resolve("data-" + attempt),
                            "--web.listen-address=127.0.0.1:" + port)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Prometheus prometheus = new Prometheus(process, URI.create("http://127.0.0.1:" + port), log);
            if (prometheus.awaitReady(attempt < 3)) {
                return prometheus;
            }
        }
    }

    /**
     * The result vector of an instant query, as {@code data.result}.
     */
    JsonNode query(String promql) throws IOException, InterruptedException {
        URI uri = url.resolve("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode root = JSON.readTree(response.body());
        if (response.statusCode() != 200
                || !"success".equals(root.path("status").asText())) {
            fail("query " + promql + " failed: HTTP " + response.statusCode() + " " + response.body());
        }
        return root.path("data").path("result");
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    /** True once the server answers; false when it could not bind its port and {@code mayRetry}. */
    private boolean awaitReady(boolean mayRetry) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                if (mayRetry && log().contains("address already in use")) {
                    return false;
                }
                fail("prometheus exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpResponse<String> ready = HTTP.send(
                        HttpRequest.newBuilder(url.resolve("/-/ready"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new AssertionError("prometheus was not ready within 60 s:\n" + log());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Path find() {
        Optional<Path> binary = Optional.ofNullable(System.getenv("CARBON4J_PROMETHEUS"))
                .map(Path::of)
                .or(() -> onPath("prometheus"));
        if (binary.isEmpty()) {
            String why = "no Prometheus server: install Debian's prometheus (apt-get install prometheus) or set"
                    + " CARBON4J_PROMETHEUS";
            if (System.getenv("CI") != null) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        return binary.get();
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
