package org.gapcheck.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.gapcheck.submission.InvalidSubmissionException;

/** An invalid submission, alone or wrapped: 400 listing every error with its JSON Pointer. */
@Produces
@Singleton
final class InvalidSubmissionHandler implements ExceptionHandler<InvalidSubmissionException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, InvalidSubmissionException e) {
        return new Problem("submission/invalid", "Invalid submission", 400, e.errors().size()
                + " error(s) in the submission; each names its JSON Pointer and reason.", request.getPath(), null,
                e.errors().stream().map(Problem.Error::of).toList()).response();
    }
}
