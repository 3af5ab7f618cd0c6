package org.gapcheck.access;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import org.gapcheck.http.Problem;

/** An account or token request with a wrong field: 400 naming it, or 409 where the login is taken. */
@Produces
@Singleton
final class AccountExceptionHandler implements ExceptionHandler<AccountException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, AccountException e) {
        int status = e.code().equals("taken") ? 409 : 400;
        return new Problem("access/" + (status == 409 ? "conflict" : "invalid"), status == 409 ? "Conflict" : "Invalid request", status,
                e.getMessage(), request.getPath(), null, List.of(new Problem.Error(e.field(), e.code(), e.getMessage()))).response();
    }
}
