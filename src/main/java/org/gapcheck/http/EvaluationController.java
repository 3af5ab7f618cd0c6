package org.gapcheck.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Clock;
import java.util.List;
import org.gapcheck.evaluation.EvaluationService;
import org.gapcheck.core.RulePack;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.report.Report;
import org.gapcheck.json.Json;
import org.gapcheck.report.render.ReportFormat;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Produces;
import org.gapcheck.submission.InvalidSubmissionException;
import org.gapcheck.submission.SubmissionError;
import org.gapcheck.submission.SubmissionReader;

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
    HttpResponse<?> evaluate(@Body byte[] submission, @Header(value = "Accept", defaultValue = "application/json") String accept) {
        if (submission.length > SubmissionReader.MAX_BYTES) {
            return new Problem("submission/too-large", "Submission too large", HttpStatus.REQUEST_ENTITY_TOO_LARGE.getCode(),
                    "The submission is " + submission.length + " bytes; the limit is " + SubmissionReader.MAX_BYTES + " bytes (1 MiB).",
                    "/api/evaluations", null, List.of()).response();
        }
        try {
            Pair pair = Pair.of(submission);
            Report evaluation = service.evaluate(pair.submission(), pair.previous());
            ReportFormat format = ReportFormat.fromAccept(accept);
            Object body = format == ReportFormat.json ? Json.compact(evaluation) : format.render(evaluation, catalogue);
            return HttpResponse.ok(body).contentType(format.mediaType());
        } catch (InvalidSubmissionException e) {
            List<Problem.Error> errors = e.errors().stream().map(EvaluationController::error).toList();
            return new Problem("submission/invalid", "Invalid submission", 400, e.errors().size()
                    + " error(s) in the submission; each names its JSON Pointer and reason.", "/api/evaluations", null, errors)
                    .response();
        }
    }

    private static Problem.Error error(SubmissionError e) {
        String where = e.line() == null ? "" : " (line " + e.line() + ", column " + e.column() + ")";
        return new Problem.Error(e.path(), e.code(), e.message() + where);
    }
}
