package org.gapcheck.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpRequestWrapper;
import io.micronaut.http.MutableHttpRequest;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The address a limit counts: the peer, or behind a trusted proxy the address that proxy saw. */
class ClientAddressTest {

    private static HttpRequest<?> from(String peer, String... forwardedFor) {
        MutableHttpRequest<String> request = HttpRequest.POST("/api/evaluations", "{}");
        for (String header : forwardedFor) {
            request.getHeaders().add("X-Forwarded-For", header);
        }
        return new HttpRequestWrapper<>(request) {
            @Override
            public InetSocketAddress getRemoteAddress() {
                return new InetSocketAddress(peer, 40000);
            }
        };
    }

    @Test
    void withNoTrustedProxyTheHeaderIsIgnored() {
        ClientAddress addresses = new ClientAddress(List.of());
        assertEquals("198.51.100.7", addresses.of(from("198.51.100.7", "203.0.113.9")));
    }

    @Test
    void behindATrustedProxyTheRightmostAddressNotAProxyCounts() {
        ClientAddress addresses = new ClientAddress(List.of("127.0.0.1", " 10.0.0.5 "));
        assertEquals("203.0.113.9", addresses.of(from("127.0.0.1", "6.6.6.6, 203.0.113.9, 10.0.0.5")),
                "a client's own X-Forwarded-For entries stand left of what the proxies appended");
        assertEquals("203.0.113.9", addresses.of(from("127.0.0.1", "6.6.6.6", "203.0.113.9")), "the header given twice");
        assertEquals("127.0.0.1", addresses.of(from("127.0.0.1")), "no header: the proxy itself");
        assertEquals("198.51.100.7", addresses.of(from("198.51.100.7", "203.0.113.9")), "a peer that is no proxy");
    }
}
