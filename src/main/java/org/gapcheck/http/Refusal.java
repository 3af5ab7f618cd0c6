package org.gapcheck.http;

import io.micronaut.http.MutableHttpResponse;
import java.util.List;

/**
 * A refusal decided outside this package (by the access and submission features): its problem is
 * given whole, with an optional Retry-After. Answered by {@link ApiExceptionHandler} like the rest.
 */
public final class Refusal extends ApiException {

    private final Problem problem;
    private final Integer retryAfterSeconds;

    private Refusal(Problem problem, Integer retryAfterSeconds) {
        super(problem.detail());
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A refusal with no input error to point at. */
    public static Refusal of(int status, String type, String title, String detail) {
        return new Refusal(new Problem(type, title, status, detail, null, null, List.of()), null);
    }

    /** A 400 naming the field that is wrong and why. */
    public static Refusal invalid(String type, String title, String field, String code, String detail) {
        return new Refusal(new Problem(type, title, 400, detail, null, null, List.of(new Problem.Error(field, code, detail))), null);
    }

    /** A refusal with every input error at its place. */
    public static Refusal withErrors(int status, String type, String title, String detail, List<Problem.Error> errors) {
        return new Refusal(new Problem(type, title, status, detail, null, null, List.copyOf(errors)), null);
    }

    /** A 429: the caller is asked to come back after {@code seconds}. */
    public static Refusal tooMany(String type, String detail, int seconds) {
        return new Refusal(new Problem(type, "Too many requests", 429, detail, null, null, List.of()), Math.max(1, seconds));
    }

    /** For a 429, the seconds after which to come back; null for every other refusal. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The input errors it names, each at its place (none for most refusals). */
    public List<Problem.Error> errors() {
        return problem.errors();
    }

    public int status() {
        return problem.status();
    }

    public String type() {
        return problem.type();
    }

    @Override
    Problem problem(String instance) {
        return new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), instance, problem.id(), problem.errors());
    }

    @Override
    MutableHttpResponse<Problem> response(String instance) {
        MutableHttpResponse<Problem> response = super.response(instance);
        return retryAfterSeconds == null ? response : response.header("Retry-After", Integer.toString(retryAfterSeconds));
    }
}
