package org.gapcheck.access;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.filters.SecurityFilter;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.gapcheck.http.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anonymous {@code POST /api/evaluations} is limited per client address ({@link ClientAddress}):
 * at most {@code gapcheck.evaluations.anonymous-limit} requests (120 by default) in
 * {@code gapcheck.evaluations.anonymous-window} (a minute), counted in the database so that every
 * serve process shares one count (ASVS 2.4.1, 11.1.4: anti-automation). Two a second, sustained, is more than a
 * CI pipeline evaluating its fixtures or a person trying the API ever sends; a caller with a token
 * or a session is not counted. Past the limit: 429 {@code http/rate-limited} with Retry-After.
 * The count waits on the database, so it runs on the database executor, never the event loop; each
 * request costs a few microseconds: counts are read at most four times a second and events written in
 * batches ({@link RateLimiter#recordSoon}).
 */
@ServerFilter(value = "/api/evaluations", methods = HttpMethod.POST)
@Requires(beans = DataSource.class)
final class EvaluationRateFilter implements Ordered {

    static final String TYPE = "http/rate-limited";
    private static final Logger LOG = LoggerFactory.getLogger(EvaluationRateFilter.class);

    private final RateLimiter limiter;
    private final ClientAddress addresses;
    private final int limit;
    private final Duration window;

    EvaluationRateFilter(RateLimiter limiter, ClientAddress addresses,
                         @Value("${gapcheck.evaluations.anonymous-limit:120}") int limit,
                         @Value("${gapcheck.evaluations.anonymous-window:1m}") Duration window) {
        this.limiter = limiter;
        this.addresses = addresses;
        this.limit = limit;
        this.window = window;
    }

    @RequestFilter
    @ExecuteOn(DatabaseExecutor.NAME)
    @Nullable
    HttpResponse<?> count(HttpRequest<?> request) {
        if (request.getAttribute(SecurityFilter.AUTHENTICATION).isPresent()) {
            return null;
        }
        String address = addresses.of(request);
        String bucket = "evaluations-address:" + address;
        long wait = limiter.waitSecondsSoon(bucket, limit, window);
        if (wait > 0) {
            LOG.info("Anonymous evaluations from {} past {} in {}: refused for {} s", address, limit, window, wait);
            int seconds = (int) Math.min(Integer.MAX_VALUE, wait);
            return new Problem(TYPE, "Too many requests", 429, "Past " + limit + " anonymous evaluations from this address in "
                    + window.toSeconds() + " seconds; try again in " + seconds + " seconds, or send an API token.",
                    request.getPath(), null, List.of()).response().header("Retry-After", Integer.toString(seconds));
        }
        limiter.recordSoon(bucket);
        return null;
    }

    @Override
    public int getOrder() {
        // After Micronaut Security's filter has authenticated the request: authenticated callers pass.
        return ServerFilterPhase.SECURITY.after();
    }
}
