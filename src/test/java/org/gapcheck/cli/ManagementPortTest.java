package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gapcheck.testing.Database;
import org.gapcheck.testing.ServeProcess;
import org.gapcheck.testing.StoredServer.Answer;
import org.junit.jupiter.api.Test;

/**
 * {@code serve --management-port}: the metrics answer there, after a request, with the request counted;
 * the public port answers no metrics and keeps /health; the management port answers no API.
 */
class ManagementPortTest {

    @Test
    void metricsAnswerOnTheManagementPortOnlyAndHealthStaysOnThePublicOne() throws Exception {
        try (Database database = Database.h2()) {
            List<String> args = new java.util.ArrayList<>(database.processArguments());
            args.addAll(List.of("--management-port", "0"));
            try (ServeProcess serve = ServeProcess.start(database.processEnvironment(), args.toArray(String[]::new))) {
                assertEquals(200, serve.send("GET", "/api/catalogue/challenges/C01", null).status());
                Answer requests = serve.manage("/metrics/http.server.requests");
                assertEquals(200, requests.status(), requests.body());
                assertEquals("http.server.requests", requests.json().get("name").asText());
                assertTrue(requests.json().get("measurements").get(0).get("value").asDouble() >= 1, requests.body());
                Answer prometheus = serve.manage("/prometheus");
                assertEquals(200, prometheus.status());
                assertTrue(prometheus.body().contains("http_server_requests_seconds_count{"), "Prometheus' text format");
                assertTrue(prometheus.body().contains("uri=\"/api/catalogue/challenges/{id}\""), "by route, not by raw path");
                assertEquals(200, serve.manage("/health").status());

                assertEquals(404, serve.send("GET", "/metrics", null).status(), "no metrics on the public port");
                assertEquals(404, serve.send("GET", "/prometheus", null).status());
                Answer health = serve.send("GET", "/health", null);
                assertEquals(200, health.status(), health.body());
                assertEquals("UP", health.json().get("status").asText());
                assertEquals(404, serve.manage("/api/catalogue/challenges/C01").status(), "no API on the management port");
            }
        }
    }

    @Test
    void withoutTheOptionThereIsNoMetricsEndpoint() throws Exception {
        try (Database database = Database.h2();
             ServeProcess serve = ServeProcess.start(database.processEnvironment(), database.processArguments().toArray(String[]::new))) {
            assertEquals(404, serve.send("GET", "/metrics", null).status());
            assertEquals(200, serve.send("GET", "/health", null).status());
        }
    }
}
