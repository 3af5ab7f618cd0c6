package org.gapcheck.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.evaluation.EvaluationService;
import org.gapcheck.core.RulePack;
import org.gapcheck.json.Json;
import org.gapcheck.report.Report;
import org.gapcheck.report.render.PdfBusyException;
import org.gapcheck.report.render.PdfQueue;
import org.gapcheck.report.render.ReportFormat;
import org.gapcheck.report.render.ReportHtml;
import org.gapcheck.submission.InvalidSubmissionException;

/** {@code POST /api/evaluations}: a submission in, its evaluation out; invalid input is a 400 listing every error. */
@Controller("/api/evaluations")
class EvaluationController {

    /** Seconds a client is asked to wait when the PDF queue is full: a few renders' time. */
    static final int PDF_RETRY_AFTER_SECONDS = 10;

    private final EvaluationService service;
    private final Catalogue catalogue;

    EvaluationController(RulePack pack) {
        this.service = new EvaluationService(pack, Clock.systemUTC());
        this.catalogue = pack.catalogue();
    }

    /**
     * The body is a submission, or {"submission": {...}, "previous": {...}} to compare with an earlier
     * one. The Accept header chooses the format: JSON (default), text/html, text/csv, text/markdown,
     * application/pdf. A PDF waits for its turn at the renderer (one at a time per process) without
     * holding a thread of the evaluation pool; when too many wait, the answer is 429 with Retry-After.
     */
    @Post
    @ExecuteOn("evaluation")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, "text/csv", "text/markdown", "application/pdf",
            "application/problem+json"})
    CompletableFuture<HttpResponse<?>> evaluate(@Nullable @Body byte[] submission, @Nullable @Header("Accept") String accept) {
        byte[] body = BodyLimits.EVALUATION.checked(submission);
        ReportFormat format = MediaRanges.negotiate(accept, List.of(ReportFormat.values()), ReportFormat::mediaType);
        EvaluationRequest request = EvaluationRequest.of(body);
        Report evaluation;
        try {
            evaluation = service.evaluate(request.submission().bytes(), request.previousBytes());
        } catch (InvalidSubmissionException e) {
            throw request.placed(e);
        }
        if (format.binary()) {
            try {
                return PdfQueue.shared().submit(ReportHtml.render(evaluation, catalogue))
                        .thenApply(pdf -> HttpResponse.ok(pdf).contentType(format.mediaType()));
            } catch (PdfBusyException e) {
                throw BusyException.renderingPdfs(e.getMessage(), PDF_RETRY_AFTER_SECONDS);
            }
        }
        Object rendered = format == ReportFormat.json ? Json.compact(evaluation) : format.render(evaluation, catalogue);
        return CompletableFuture.completedFuture(HttpResponse.ok(rendered).contentType(format.mediaType()));
    }
}
