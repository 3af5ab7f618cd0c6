package org.gapcheck.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Produces
@Singleton
@Requires(classes = {NotFoundException.class, ExceptionHandler.class})
final class NotFoundHandler implements ExceptionHandler<NotFoundException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, NotFoundException e) {
        return new Problem("not-found/" + e.kind(), "Not found", 404, e.getMessage(), request.getPath(), e.id(), java.util.List.of())
                .response();
    }
}
