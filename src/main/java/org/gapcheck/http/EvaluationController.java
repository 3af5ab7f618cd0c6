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
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.evaluation.EvaluationService;
import org.gapcheck.core.RulePack;
import org.gapcheck.json.Json;
import org.gapcheck.report.Report;
import org.gapcheck.report.render.ReportFormat;
import org.gapcheck.submission.InvalidSubmissionException;

/** {@code POST /api/evaluations}: a submission in, its evaluation out; invalid input is a 400 listing every error. */
@Controller("/api/evaluations")
class EvaluationController {

    private final EvaluationService service;
    private final Catalogue catalogue;

    EvaluationController(RulePack pack) {
        this.service = new EvaluationService(pack, Clock.systemUTC());
        this.catalogue = pack.catalogue();
    }

    /**
     * The body is a submission, or {"submission": {...}, "previous": {...}} to compare with an
     * earlier one. The Accept header chooses the format: JSON (default), text/html, text/csv, text/markdown.
     */
    @Post
    @ExecuteOn("evaluation")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, "text/csv", "text/markdown", "application/problem+json"})
    HttpResponse<?> evaluate(@Nullable @Body byte[] submission, @Nullable @Header("Accept") String accept) {
        byte[] body = BodyLimits.EVALUATION.checked(submission);
        ReportFormat format = MediaRanges.negotiate(accept, List.of(ReportFormat.values()), ReportFormat::mediaType);
        EvaluationRequest request = EvaluationRequest.of(body);
        Report evaluation;
        try {
            evaluation = service.evaluate(request.submission().bytes(), request.previousBytes());
        } catch (InvalidSubmissionException e) {
            throw request.placed(e);
        }
        Object rendered = format == ReportFormat.json ? Json.compact(evaluation) : format.render(evaluation, catalogue);
        return HttpResponse.ok(rendered).contentType(format.mediaType());
    }
}
