package org.gapcheck.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A body over the server's limit, refused unread: answered as the endpoint's own 413, naming its limit. */
@Produces
@Singleton
@Replaces(ContentLengthExceededHandler.class)
final class TooLargeHandler implements ExceptionHandler<ContentLengthExceededException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ContentLengthExceededException e) {
        long size = request.getContentLength();
        return new TooLargeException(BodyLimits.forPath(request.getPath()), size).response(request.getPath());
    }
}
