package org.gapcheck.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.gapcheck.report.render.PdfBusyException;

/** A PDF asked for while the renderer's queue is full, by any route: 429 with Retry-After (report/render/PdfQueue). */
@Produces
@Singleton
final class PdfBusyHandler implements ExceptionHandler<PdfBusyException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, PdfBusyException e) {
        return BusyException.renderingPdfs(e.getMessage(), EvaluationController.PDF_RETRY_AFTER_SECONDS).response(request.getPath());
    }
}
