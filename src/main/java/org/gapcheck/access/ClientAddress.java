package org.gapcheck.access;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/**
 * The address a request came from, as a rate limit counts it: the peer of the connection, unless
 * that peer is one of {@code gapcheck.trusted-proxies} (the reverse proxy in front, by address):
 * then the rightmost address of X-Forwarded-For that is not itself a trusted proxy, which is the
 * one the proxy saw. A client can write anything in that header, so it is read only behind a proxy
 * named in the configuration; by default none is and the header is ignored.
 */
@Singleton
public final class ClientAddress {

    private final Set<String> trustedProxies;

    ClientAddress(@Value("${gapcheck.trusted-proxies:}") List<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    public String of(HttpRequest<?> request) {
        String peer = request.getRemoteAddress().getAddress().getHostAddress();
        if (!trustedProxies.contains(peer)) {
            return peer;
        }
        List<String> forwarded = request.getHeaders().getAll("X-Forwarded-For").stream()
                .flatMap(h -> java.util.Arrays.stream(h.split(","))).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(forwarded.get(i))) {
                return forwarded.get(i);
            }
        }
        return peer;
    }
}
