package org.gapcheck.http;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.gapcheck.evaluation.EvaluationService;
import org.gapcheck.core.RulePack;
import org.gapcheck.json.Json;
import org.gapcheck.report.Report;
import org.gapcheck.report.render.PdfBusyException;
import org.gapcheck.report.render.PdfQueue;
import org.gapcheck.report.render.ReportFormat;
import org.gapcheck.report.render.ReportHtml;
import org.gapcheck.report.render.ReportTexts;
import org.gapcheck.submission.InvalidSubmissionException;

/** {@code POST /api/evaluations}: a submission in, its evaluation out; invalid input is a 400 listing every error. */
@Controller("/api/evaluations")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "evaluations")
@ProblemAnswers.AnyRoute
@ProblemAnswers.WithBody
class EvaluationController {

    /** Seconds a client is asked to wait when the PDF queue is full: a few renders' time. */
    static final int PDF_RETRY_AFTER_SECONDS = 10;

    private final EvaluationService service;
    private final ReportTexts texts;

    EvaluationController(RulePack pack) {
        this.service = new EvaluationService(pack, Clock.systemUTC());
        this.texts = ReportTexts.of(pack);
    }

    /**
     * The body is a submission, or {"submission": {...}, "previous": {...}} to compare with an earlier
     * one. The Accept header chooses the format: JSON (default), text/html, text/csv, text/markdown,
     * application/pdf. JSON comes in the shape the query asks ({@link ReportShape}); the other formats
     * are whole documents. A PDF waits for its turn at the renderer (one at a time per process) without
     * holding a thread of the evaluation pool; when too many wait, the answer is 429 with Retry-After.
     */
    @Operation(summary = "Evaluate a submission", description = "The body is a national submission (its JSON Schema is served at"
            + " `/api/schema/submission`), or `{\"submission\": {...}, \"previous\": {...}}` to compare it with an earlier one."
            + " The Accept header chooses the report's format: JSON (the default), HTML, CSV or Markdown, as"
            + " `gapcheck evaluate --format` writes them. JSON is lean by default (statuses by id; texts from `/api/criteria`"
            + " and the catalogue); `view`, `include` and `embed` choose another shape.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "#/components/schemas/EvaluationBody"), examples = {
            @ExampleObject(name = "xaf-midterm-2024", ref = "#/components/examples/xaf-midterm-2024"),
            @ExampleObject(name = "invalid-submission", ref = "#/components/examples/invalid-submission")
        }),
        @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(ref = "#/components/schemas/EvaluationBody")),
        @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(ref = "#/components/schemas/EvaluationBody"))
    })
    @ApiResponse(responseCode = "200", description = "The gap report, in the format the Accept header chose", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object",
                description = "The gap report; its JSON Schema is served at `/api/schema/report`")),
        @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string", description = "One self-contained printable page")),
        @Content(mediaType = "text/csv", schema = @Schema(type = "string", description = "One row per finding")),
        @Content(mediaType = "text/markdown", schema = @Schema(type = "string")),
        @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary",
                description = "The HTML report on A4 pages, tagged (PDF/UA), fonts embedded"))
    })
    @ApiResponse(responseCode = "400", description = "`submission/invalid`: every error of the submission, each at its JSON Pointer in"
            + " the body; `http/invalid-parameter`: `view`, `include` or `embed` has a value it does not take;"
            + " or `http/bad-content-encoding`: the body is not in its Content-Encoding.",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-submission", ref = "#/components/examples/invalid-submission-problem")))
    @ApiResponse(responseCode = "429", description = "`report/pdf-busy`: too many PDFs wait for the renderer (one is rendered at a time);"
            + " `http/rate-limited`: too many evaluations from this address without an API token or a session (120 a minute by"
            + " default; `Retry-After` says when the window's oldest leaves it).",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "Retry-After", description = "Seconds to wait",
                    schema = @Schema(type = "integer")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(implementation = Problem.class)))
    @Post
    @ExecuteOn("evaluation")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, "text/csv", "text/markdown", "application/pdf"})
    CompletableFuture<HttpResponse<?>> evaluate(@Nullable @Body byte[] submission, @Nullable @Header("Accept") String accept,
                             @Parameter(description = "`summary`: a live preview (scores, ratings, counts, statuses, the criteria"
                                     + " at GAP; JSON only; a `previous` is not read); `report` (default): the lean report")
                             @Nullable @QueryValue String view,
                             @Parameter(description = "`actions`: add the full action list to the lean report")
                             @Nullable @QueryValue String include,
                             @Parameter(description = "`texts`: the self-contained document, every finding with its criteria's texts")
                             @Nullable @QueryValue String embed) {
        byte[] body = BodyLimits.EVALUATION.checked(submission);
        ReportShape shape = ReportShape.of(view, include, embed);
        ReportFormat format = shape.summary() ? MediaRanges.negotiate(accept, List.of(ReportFormat.json), ReportFormat::mediaType)
                : MediaRanges.negotiate(accept, List.of(ReportFormat.values()), ReportFormat::mediaType);
        boolean json = format == ReportFormat.json;
        EvaluationRequest request = EvaluationRequest.of(body);
        Report evaluation;
        try {
            if (shape.summary()) {
                // A live preview compares with nothing: a previous submission, if given, is not read.
                return CompletableFuture.completedFuture(HttpResponse.ok(Json.compact(service.summary(request.submission().bytes())))
                        .contentType(format.mediaType()));
            }
            evaluation = service.evaluate(request.submission().bytes(), request.previousBytes(), !json || shape.needsActions());
        } catch (InvalidSubmissionException e) {
            throw request.placed(e);
        }
        if (format.binary()) {
            try {
                return PdfQueue.shared().submit(ReportHtml.render(evaluation, texts))
                        .thenApply(pdf -> HttpResponse.ok(pdf).contentType(format.mediaType()));
            } catch (PdfBusyException e) {
                throw BusyException.renderingPdfs(e.getMessage() + " Or ask for the HTML (Accept: text/html), which prints to the"
                        + " same pages.", PDF_RETRY_AFTER_SECONDS);
            }
        }
        Object rendered = json ? Json.compact(shape.body(evaluation))
                : format == ReportFormat.html ? ReportHtml.served(evaluation, texts) : format.render(evaluation, texts);
        return CompletableFuture.completedFuture(HttpResponse.ok(rendered).contentType(format.mediaType()));
    }
}
