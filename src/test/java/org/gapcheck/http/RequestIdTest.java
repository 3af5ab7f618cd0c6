package org.gapcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.gapcheck.testing.CapturedLog;
import org.gapcheck.testing.FailingProbe;
import org.gapcheck.testing.WithDatabase;
import org.junit.jupiter.api.Test;

/**
 * A failure's answer names the request id its log lines carry, so a user's report finds them. (The lines of work
 * on the database executor are checked with the evaluation limit, on both databases.)
 */
@MicronautTest(transactional = false)
@Property(name = "gapcheck.test.failing-probe", value = "true")
class RequestIdTest extends WithDatabase {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aFailureAnswersTheIdItsLogLinesCarry() {
        try (CapturedLog route = CapturedLog.of(FailingProbe.class); CapturedLog errors = CapturedLog.of(ProblemResponses.class)) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking()
                    .exchange(HttpRequest.GET("/failing-probe").header(RequestIdFilter.HEADER, "support-ticket-7"), String.class));
            assertEquals(500, e.getStatus().getCode());
            assertEquals("support-ticket-7", e.getResponse().header(RequestIdFilter.HEADER));
            String body = e.getResponse().getBody(String.class).orElseThrow();
            assertTrue(body.contains("logged on the server under request id support-ticket-7"), body);
            ILoggingEvent line = route.only();
            assertEquals("support-ticket-7", line.getMDCPropertyMap().get(RequestIdFilter.MDC_KEY));
            assertTrue(route.printed(line).contains("FailingProbe [support-ticket-7] - about to fail"), route.printed(line));
            assertEquals("support-ticket-7", errors.only().getMDCPropertyMap().get(RequestIdFilter.MDC_KEY),
                    "the stack trace's line too");
        }
    }
}
