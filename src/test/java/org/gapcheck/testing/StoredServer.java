package org.gapcheck.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.util.HashMap;
import java.util.Map;
import org.gapcheck.json.Json;

/**
 * A server on a free port with a database of the tests' own, as {@code serve} runs it, and plain
 * HTTP requests to it (java.net.http: cookies and headers exactly as sent). Null where the database
 * cannot be had; call {@link Database#require()} in each test.
 */
public final class StoredServer implements AutoCloseable {

    private final EmbeddedServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    private StoredServer(EmbeddedServer server) {
        this.server = server;
    }

    public static StoredServer start(Database database, Map<String, Object> settings) {
        Map<String, Object> properties = database.properties();
        if (properties == null) {
            return null;
        }
        Map<String, Object> all = new HashMap<>(properties);
        all.put("micronaut.server.port", -1);
        all.putAll(settings);
        return new StoredServer(ApplicationContext.run(EmbeddedServer.class, all));
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    /** The server's address, for a browser. */
    public java.net.URI uri(String path) {
        return java.net.URI.create(server.getURL().toString()).resolve(path);
    }

    public <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    /** An answer: status, headers and the body as bytes, as text and, where it is JSON, as a tree. */
    public record Answer(int status, java.net.http.HttpHeaders headers, byte[] bytes) {
        /** The body as text (UTF-8, as the service answers). */
        public String body() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return Json.mapper().readTree(bytes);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body(), e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** Sends {@code method path} with a body (JSON unless a Content-Type is given), or none, and the headers given as name, value, ... */
    public Answer send(String method, String path, String json, String... headers) {
        return Http.send(client, server.getURL().toString(), method, path, json, headers);
    }

    /** Sends {@code method path} with a body of bytes and the headers given as name, value, ... (a Content-Type among them). */
    public Answer sendBytes(String method, String path, byte[] body, String... headers) {
        return Http.send(client, server.getURL().toString(), method, path, body, headers);
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
