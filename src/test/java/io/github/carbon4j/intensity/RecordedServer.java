package io.github.carbon4j.intensity;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on the loopback address answering every request with the current recorded
 * response (a file under {@code live/}), or a status, or nothing for longer than the client waits.
 */
final class RecordedServer implements AutoCloseable {

    /** One request as the server saw it. */
    record Request(String pathAndQuery, String authToken) {}

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String body = "";
    private volatile long delayMillis;

    RecordedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "recorded-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", exchange -> {
            String token = exchange.getRequestHeaders().getFirst("auth-token");
            requests.add(new Request(exchange.getRequestURI().toString(), token == null ? "" : token));
            try {
                if (delayMillis > 0) {
                    Thread.sleep(delayMillis);
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            } catch (InterruptedException | IOException e) {
                exchange.close();
            }
        });
        server.start();
    }

    /** Answers with 200 and the recorded file. */
    RecordedServer serve(String recording) {
        return answer(200, read(recording));
    }

    RecordedServer answer(int status, String body) {
        this.status = status;
        this.body = body;
        return this;
    }

    /** Waits this long before answering. */
    RecordedServer delay(long millis) {
        this.delayMillis = millis;
        return this;
    }

    URI url() {
        return URI.create("http://" + server.getAddress().getHostString() + ":"
                + server.getAddress().getPort());
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    static String read(String recording) {
        try (InputStream in = RecordedServer.class.getResourceAsStream("live/" + recording)) {
            if (in == null) {
                throw new IllegalArgumentException("no recording " + recording);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
