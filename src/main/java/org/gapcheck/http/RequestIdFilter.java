package org.gapcheck.http;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Every request has an id, written in each log line of its work and answered in {@code X-Request-Id}, so
 * that a user's report of a failed request finds its lines (ASVS 7.1, 7.3). A caller's or a proxy's id is
 * kept if it is short and plain (letters, digits, {@code . _ : -}; up to 64), since it lands in the log;
 * anything else is replaced by a new one. The id rides Micronaut's propagated context, so it is in the
 * MDC on the threads the request moves to (the evaluation and database executors) and on none after.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
final class RequestIdFilter implements Ordered {

    public static final String HEADER = "X-Request-Id";
    /** The MDC key, printed by logback.xml's pattern. */
    public static final String MDC_KEY = "requestId";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @RequestFilter
    void assign(HttpRequest<?> request, MutablePropagatedContext context) {
        String given = request.getHeaders().get(HEADER);
        String id = given != null && PLAIN.matcher(given).matches() ? given : newId();
        request.setAttribute(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
        try {
            context.add(new MdcPropagationContext());
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** A random id in UUID form; it need not be unguessable, so no SecureRandom (a lock shared by every request). */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(MDC_KEY, String.class).ifPresent(id -> response.header(HEADER, id));
    }

    @Override
    public int getOrder() {
        // First of all filters, so that the security filter's lines carry the id too.
        return HIGHEST_PRECEDENCE;
    }
}
