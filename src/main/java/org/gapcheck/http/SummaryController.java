package org.gapcheck.http;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Nullable;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gapcheck.core.RulePack;
import org.gapcheck.submission.Envelope;
import org.gapcheck.submission.SubmissionError;
import org.gapcheck.questionnaire.Years;
import org.gapcheck.summary.SummaryBuilder;
import org.gapcheck.summary.SummaryReport;
import org.gapcheck.summary.render.SummaryFormat;

/**
 * {@code POST /api/summaries}: a batch of submissions in, the cross-country summary out. The body is
 * a JSON array of submissions, or {"year": 2024, "submissions": [...]}; the wrapper is read strictly
 * (a 400 lists its errors), and each submission is read from its own bytes as if posted alone: an
 * invalid one is listed by its place ("#1", "#2", ...) with its errors and left out. Accept chooses
 * JSON (default), text/csv or text/html.
 */
@Controller("/api/summaries")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "summaries")
@ProblemAnswers.AnyRoute
@ProblemAnswers.WithBody
class SummaryController {

    static final int MAX_SUBMISSIONS = 5_000;
    private static final Set<String> KEYS = new LinkedHashSet<>(List.of("year", "submissions"));

    private final SummaryBuilder builder;

    SummaryController(RulePack pack) {
        this.builder = new SummaryBuilder(pack);
    }

    @Operation(summary = "Summarise many submissions", description = "The body is a JSON array of submissions, or"
            + " `{\"year\": 2024, \"submissions\": [...]}`; each is read as if posted alone, and an invalid one is listed by its"
            + " place (\"#1\", ...) with its errors and left out. The Accept header chooses JSON (the default), CSV or HTML, as"
            + " `gapcheck summarize` writes them; at most " + MAX_SUBMISSIONS + " submissions and 10 MiB per request.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "#/components/schemas/SummaryBody"),
            examples = @ExampleObject(name = "xad-island-2024", ref = "#/components/examples/xad-island-2024")))
    @ApiResponse(responseCode = "200", description = "The cross-country summary, in the format the Accept header chose", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object", description = "The summary")),
        @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string", description = "One page with heatmaps")),
        @Content(mediaType = "text/csv", schema = @Schema(type = "string"))
    })
    @ApiResponse(responseCode = "400", description = "`summary/invalid-batch`: the wrapper cannot be read (each error at its"
            + " JSON Pointer), or the batch holds more than " + MAX_SUBMISSIONS + " submissions.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, "text/csv"})
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> summarise(@Nullable @Body byte[] body, @Nullable @Header("Accept") String accept) {
        byte[] bytes = BodyLimits.SUMMARY.checked(body);
        SummaryFormat format = MediaRanges.negotiate(accept, List.of(SummaryFormat.values()), SummaryFormat::mediaType);
        List<SubmissionError> errors = new ArrayList<>();
        Integer year = null;
        Envelope.Part list;
        if (startsWithArray(bytes)) {
            list = Envelope.whole(bytes);
        } else {
            Map<String, Envelope.Part> parts = Envelope.members(bytes, KEYS, errors);
            list = parts.get("submissions");
            if (list == null && errors.isEmpty()) {
                errors.add(SubmissionError.at("/submissions", "missing_field", "'submissions' is required: a JSON array of submissions"));
            }
            year = parts.containsKey("year") ? year(parts.get("year"), errors) : null;
        }
        List<Envelope.Part> elements = list == null ? List.of() : Envelope.elements(list, errors);
        if (!errors.isEmpty()) {
            throw new InvalidBatchException("The batch is a JSON array of submissions, or {\"year\": 2024, \"submissions\": [...]}; "
                    + errors.size() + " error(s) in it.", errors);
        }
        if (elements.size() > MAX_SUBMISSIONS) {
            throw new InvalidBatchException("At most " + MAX_SUBMISSIONS + " submissions per request; this one has "
                    + elements.size() + ". Use 'gapcheck summarize DIR' for more.", List.of());
        }
        List<SummaryBuilder.Input> inputs = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            inputs.add(new SummaryBuilder.Input("#" + (i + 1), elements.get(i).bytes()));
        }
        SummaryReport report = builder.build(inputs, year, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        return HttpResponse.ok(format.render(report)).contentType(format.mediaType());
    }

    private static boolean startsWithArray(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return b == '[';
            }
        }
        return false;
    }

    private static Integer year(Envelope.Part part, List<SubmissionError> errors) {
        Optional<JsonNode> node = part.tree(errors);
        if (node.isEmpty()) {
            return null;
        }
        JsonNode y = node.get();
        if (!y.isIntegralNumber() || !y.canConvertToInt() || !Years.reportable(y.asInt())) {
            errors.add(new SubmissionError("/year", y.isIntegralNumber() ? "year_out_of_range" : "wrong_type", "'year' is a reporting year,"
                    + " a whole number within " + Years.reportableRange() + ", found " + y,
                    part.line(), part.column()));
            return null;
        }
        return y.asInt();
    }
}
