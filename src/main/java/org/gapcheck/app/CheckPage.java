package org.gapcheck.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.gapcheck.access.Caller;
import org.gapcheck.access.DatabaseExecutor;
import org.gapcheck.core.RulePack;
import org.gapcheck.http.Refusal;
import org.gapcheck.submission.InvalidSubmissionException;
import org.gapcheck.workflow.Submitting;

/**
 * Check your answers before submitting: {@code /app/{iso3}/{year}/check} for the whole report
 * (the profile, then each section's answered, not known and unanswered questions), with the
 * coordinator's certify-and-submit form; {@code /app/{iso3}/{year}/{section}/check} lists every
 * answer of one section, each with a link to change it.
 */
@Controller("/app")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
@Requires(beans = DataSource.class)
@ExecuteOn(DatabaseExecutor.NAME)
class CheckPage {

    private final Submitting submitting;
    private final RulePack pack;
    private final Pages pages;

    CheckPage(Submitting submitting, RulePack pack, Pages pages) {
        this.submitting = submitting;
        this.pack = pack;
        this.pages = pages;
    }

    @Get("/{iso3}/{year}/check")
    @Produces(Pages.HTML)
    HttpResponse<String> whole(@PathVariable String iso3, @PathVariable String year, @Nullable Authentication authentication,
                               HttpRequest<?> request) {
        Optional<Caller> caller = Caller.of(authentication);
        if (caller.isEmpty()) {
            return Pages.signIn(request);
        }
        Messages m = Languages.of(request);
        Optional<Submitting.Check> check = find(authentication, iso3, year);
        if (check.isEmpty()) {
            return pages.notFound(m);
        }
        return page(authentication, caller.get(), m, check.get(), List.of(), check.get().draftVersion());
    }

    @Get("/{iso3}/{year}/{section}/check")
    @Produces(Pages.HTML)
    HttpResponse<String> section(@PathVariable String iso3, @PathVariable String year, @PathVariable String section,
                                 @Nullable Authentication authentication, HttpRequest<?> request) {
        Optional<Caller> caller = Caller.of(authentication);
        if (caller.isEmpty()) {
            return Pages.signIn(request);
        }
        Messages m = Languages.of(request);
        Optional<Submitting.Check> check = find(authentication, iso3, year);
        Optional<org.gapcheck.questionnaire.Section> found = pack.questionnaire().sections().stream()
                .filter(s -> s.id().equals(section)).findFirst();
        if (check.isEmpty() || found.isEmpty() || !check.get().sections().contains(section)) {
            return pages.notFound(m);
        }
        Map<String, Object> view = Header.of(authentication, caller.get(), m);
        view.putAll(CheckView.section(check.get(), found.get(), pack.questionnaire(), m));
        return pages.render(HttpStatus.OK, "check-section", m, view);
    }

    @Post("/{iso3}/{year}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Pages.HTML)
    HttpResponse<String> submit(@PathVariable String iso3, @PathVariable String year, @Nullable @Body Map<String, Object> body,
                                @Nullable Authentication authentication, HttpRequest<?> request) {
        Forms.Post post = Forms.Post.of(authentication, body, request, pages);
        if (post.refusal() != null) {
            return post.refusal();
        }
        Messages m = post.m();
        Optional<Submitting.Check> check = find(authentication, iso3, year);
        if (check.isEmpty()) {
            return pages.notFound(m);
        }
        Submitting.Check c = check.get();
        Long base = Forms.base(post.form());
        if (base == null) {
            return page(authentication, post.caller(), m, c, List.of(CheckView.error("certify", m.get("error_submit_stale"))), c.draftVersion());
        }
        boolean certified = !Forms.value(post.form(), "certify").isEmpty();
        try {
            int number = submitting.submit(authentication, c.country(), c.year(), certified, base);
            return Pages.seeOther(Report.path(c.country(), c.year()) + "/report?submitted=" + number);
        } catch (InvalidSubmissionException e) {
            return page(authentication, post.caller(), m, c, CheckView.errors(c, e.errors(), pack.questionnaire(), m), base);
        } catch (Refusal refused) {
            if (refused.status() == 400) {
                return page(authentication, post.caller(), m, c, List.of(CheckView.error("certify", m.get("error_certify"))), base);
            }
            if (refused.status() == 412) {
                // The page now stands on the draft as it is: the coordinator checks it again and submits that.
                return page(authentication, post.caller(), m, c, List.of(CheckView.error("certify", m.get("error_submit_stale"))),
                        c.draftVersion());
            }
            return pages.refused(refused, m);
        }
    }

    private Optional<Submitting.Check> find(@Nullable Authentication authentication, String iso3, String year) {
        return Report.of(iso3, year).flatMap(r -> submitting.check(authentication, r.country(), r.year()));
    }

    private HttpResponse<String> page(Authentication authentication, Caller caller, Messages m, Submitting.Check c,
                                      List<CheckView.Error> errors, long base) {
        Map<String, Object> view = Header.of(authentication, caller, m);
        view.putAll(CheckView.whole(c, pack.questionnaire(), m));
        view.put("base", String.valueOf(base));
        view.put("submitErrors", errors);
        view.put("hasSubmitErrors", !errors.isEmpty());
        errors.stream().filter(e -> e.href().equals("#certify")).findFirst().ifPresent(e -> view.put("certifyError", e.message()));
        return pages.render(HttpStatus.OK, "check", m, view);
    }
}
