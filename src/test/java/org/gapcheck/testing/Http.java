package org.gapcheck.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP requests to a Gapcheck server, in this JVM or another process: cookies and headers exactly as sent. */
public final class Http {

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    /** Requests to the server at {@code base} ({@code http://127.0.0.1:PORT}). */
    public Http(String base) {
        this.base = base;
    }

    public StoredServer.Answer send(String method, String path, String json, String... headers) {
        return send(client, base, method, path, json, headers);
    }

    /** Sends {@code method path} with a body (JSON unless a Content-Type is given), or none, and the headers given as name, value, ... */
    static StoredServer.Answer send(HttpClient client, String base, String method, String path, String json, String... headers) {
        return send(client, base, method, path, json == null ? null : json.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers);
    }

    /** As {@link #send(HttpClient, String, String, String, String, String...)}, with a body of bytes (a multipart form). */
    static StoredServer.Answer send(HttpClient client, String base, String method, String path, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null && java.util.stream.IntStream.iterate(0, i -> i < headers.length, i -> i + 2)
                .noneMatch(i -> headers[i].equalsIgnoreCase("Content-Type"))) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new StoredServer.Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
