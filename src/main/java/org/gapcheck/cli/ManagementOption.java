package org.gapcheck.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --management-port PORT}: a second port for operations, with the service's metrics
 * ({@code /metrics}, {@code /prometheus} for a Prometheus scraper) and {@code /health}. It listens on
 * the address of {@code --host} (127.0.0.1 by default) and never answers the API, and the public port
 * never answers the metrics. Off by default: a fixed default port would collide when two serve
 * processes share a machine (a second one for a blue-green switch, the benchmarks), and without it
 * no metric is collected, which costs nothing per request.
 */
final class ManagementOption {

    @Option(names = "--management-port", paramLabel = "PORT",
            description = "Also listen on this port (on --host's address) for /metrics, /prometheus and /health; 0 picks a free one"
                    + " (the log names it). Off unless given.")
    Integer port;

    /** The settings that open the management port and its endpoints, with its number; empty when off. */
    Optional<Map<String, Object>> settings(String host) throws IOException {
        if (port == null) {
            return Optional.empty();
        }
        int chosen = port;
        if (chosen == 0) {
            // Micronaut routes the management endpoints by port number, so a free one is chosen here.
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(host))) {
                chosen = probe.getLocalPort();
            }
        } else {
            Ports.requireFree(host, chosen);
        }
        return Optional.of(Map.of("endpoints.all.port", chosen, "micronaut.metrics.enabled", true,
                "endpoints.metrics.enabled", true, "endpoints.metrics.sensitive", false,
                "endpoints.prometheus.enabled", true, "endpoints.prometheus.sensitive", false));
    }
}
