package org.gapcheck.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.gapcheck.core.RulePack;
import org.gapcheck.json.Json;
import org.gapcheck.summary.SummaryBuilder;
import org.gapcheck.summary.SummaryReport;
import org.gapcheck.summary.render.SummaryFormat;

/**
 * {@code POST /api/summaries}: a batch of submissions in, the cross-country summary out. The body is
 * a JSON array of submissions, or {"year": 2024, "submissions": [...]}; each is named by its place
 * ("#1", "#2", ...) in the list of invalid ones. Accept chooses JSON (default), text/csv or text/html.
 */
@Controller("/api/summaries")
class SummaryController {

    static final int MAX_SUBMISSIONS = 5_000;

    private final SummaryBuilder builder;

    SummaryController(RulePack pack) {
        this.builder = new SummaryBuilder(pack);
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, "text/csv", "application/problem+json"})
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> summarise(@Body byte[] body, @Header(value = "Accept", defaultValue = "application/json") String accept) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(body);
        } catch (Exception e) {
            return invalid("the body is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        JsonNode list = root != null && root.isObject() ? root.get("submissions") : root;
        if (list == null || !list.isArray()) {
            return invalid("the body is a JSON array of submissions, or {\"year\": 2024, \"submissions\": [...]}");
        }
        if (list.size() > MAX_SUBMISSIONS) {
            return invalid("at most " + MAX_SUBMISSIONS + " submissions per request; this one has " + list.size());
        }
        Integer year = root.isObject() && root.has("year") && root.get("year").canConvertToInt() ? root.get("year").asInt() : null;
        List<SummaryBuilder.Input> inputs = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            inputs.add(new SummaryBuilder.Input("#" + (i + 1), list.get(i).toString().getBytes(StandardCharsets.UTF_8)));
        }
        SummaryReport report = builder.build(inputs, year, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        SummaryFormat format = SummaryFormat.fromAccept(accept);
        return HttpResponse.ok(format.render(report)).contentType(format.mediaType());
    }

    private static HttpResponse<Problem> invalid(String reason) {
        return new Problem("summary/invalid-batch", "Invalid batch", 400, reason, "/api/summaries", null, List.of()).response();
    }
}
