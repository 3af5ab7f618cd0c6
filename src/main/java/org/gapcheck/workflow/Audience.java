package org.gapcheck.workflow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gapcheck.access.Caller;
import org.gapcheck.http.Refusal;
import org.gapcheck.storage.SubmissionVersion;

/**
 * Who is asking, and what of a country's submissions they may see and do. A delegation
 * (coordinator or contributor) sees its own country's drafts; the secretariat sees every
 * submitted version and no draft; everyone else, the public included, sees published versions
 * only. What a caller may not see does not exist for them: 404, never 403, so no route tells
 * whether another country has a draft.
 */
record Audience(@Nullable Caller caller, Collection<String> roles) {

    static Audience of(@Nullable Authentication authentication) {
        Optional<Caller> caller = Caller.of(authentication);
        return new Audience(caller.orElse(null), authentication == null ? List.of() : authentication.getRoles());
    }

    long accountId() {
        return caller.accountId();
    }

    /** A coordinator or contributor of {@code country}. */
    boolean delegationOf(String country) {
        return caller != null && country.equals(caller.country()) && (roles.contains("COORDINATOR") || roles.contains("CONTRIBUTOR"));
    }

    boolean coordinatorOf(String country) {
        return delegationOf(country) && roles.contains("COORDINATOR");
    }

    boolean secretariat() {
        return caller != null && roles.contains("SECRETARIAT");
    }

    boolean sees(SubmissionVersion version, String country) {
        return delegationOf(country) || secretariat() || version.publishedAt() != null;
    }

    /** The answer where the submission is not there for this caller. */
    static Refusal notFound(String country, int year) {
        return Refusal.of(404, "not-found/submission", "Not found", "no submission of " + country + " for " + year
                + " that you may see");
    }

    /** The answer where the caller sees the submission but may not do this to it. */
    static Refusal forbidden(String what) {
        return Refusal.of(403, "submission/forbidden", "Not allowed", what);
    }
}
