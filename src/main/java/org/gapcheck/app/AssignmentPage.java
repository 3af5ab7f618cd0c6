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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.gapcheck.access.Caller;
import org.gapcheck.access.DatabaseExecutor;
import org.gapcheck.core.RulePack;
import org.gapcheck.http.Refusal;
import org.gapcheck.questionnaire.Section;
import org.gapcheck.workflow.Assignments;

/**
 * {@code /app/{iso3}/{year}/assignments}: who answers which section. The coordinator ticks each
 * contributor's sections and saves them (the API's assignment, in the audit log); a contributor
 * reads the list. A contributor then sees and changes only its own sections.
 */
@Controller("/app")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
@Requires(beans = DataSource.class)
@ExecuteOn(DatabaseExecutor.NAME)
class AssignmentPage {

    private final Assignments assignments;
    private final List<Section> sections;
    private final RulePack pack;
    private final Pages pages;

    AssignmentPage(Assignments assignments, RulePack pack, Pages pages) {
        this.assignments = assignments;
        this.pack = pack;
        this.sections = pack.questionnaire().sections();
        this.pages = pages;
    }

    @Get("/{iso3}/{year}/assignments")
    @Produces(Pages.HTML)
    HttpResponse<String> list(@PathVariable String iso3, @PathVariable String year, @Nullable Authentication authentication,
                              HttpRequest<?> request) {
        Optional<Caller> caller = Caller.of(authentication);
        if (caller.isEmpty()) {
            return Pages.signIn(request);
        }
        Messages m = Languages.of(request);
        Optional<Report> report = Report.of(iso3, year);
        if (report.isEmpty()) {
            return pages.notFound(m);
        }
        try {
            List<Assignments.Assignment> all = assignments.list(authentication, report.get().country());
            String saved = request.getParameters().getFirst("saved").filter(login -> all.stream().anyMatch(a -> a.login().equals(login)))
                    .map(login -> m.get("assignments_saved", "login", login)).orElse(null);
            return page(authentication, caller.get(), m, report.get(), all, saved);
        } catch (Refusal notOfTheDelegation) {
            return pages.notFound(m);
        }
    }

    @Post("/{iso3}/{year}/assignments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Pages.HTML)
    HttpResponse<String> assign(@PathVariable String iso3, @PathVariable String year, @Nullable @Body Map<String, Object> body,
                                @Nullable Authentication authentication, HttpRequest<?> request) {
        Forms.Post post = Forms.Post.toReport(authentication, body, request, pages, iso3, year);
        if (post.refusal() != null) {
            return post.refusal();
        }
        Messages m = post.m();
        Report report = post.report();
        String login = Forms.value(post.form(), "login");
        List<String> chosen = sections.stream().map(Section::id).filter(id -> !Forms.value(post.form(), "s:" + id).isEmpty()).toList();
        try {
            assignments.assign(authentication, report.country(), login, chosen);
            return Pages.seeOther(Report.path(report.country(), report.year()) + "/assignments?saved="
                    + java.net.URLEncoder.encode(login, java.nio.charset.StandardCharsets.UTF_8));
        } catch (Refusal refused) {
            return pages.refused(refused, m);
        }
    }

    private HttpResponse<String> page(Authentication authentication, Caller caller, Messages m, Report report,
                                      List<Assignments.Assignment> all, @Nullable String saved) {
        Map<String, Object> view = Header.of(authentication, caller, m);
        view.put("title", m.get("assignments_title"));
        view.put("caption", m.get("section_caption", "country", pack.regions().nameOf(report.country()), "year", String.valueOf(report.year())));
        view.put("saved", saved);
        view.put("action", Report.path(report.country(), report.year()) + "/assignments");
        view.put("back", Report.path(report.country(), report.year()));
        boolean coordinator = authentication.getRoles().contains("COORDINATOR");
        view.put("coordinator", coordinator);
        view.put("none", all.isEmpty());
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Assignments.Assignment a = all.get(i);
            Map<String, Object> one = new HashMap<>();
            one.put("login", a.login());
            one.put("id", "c-" + i);
            one.put("inactive", a.active() ? null : m.get("assignments_inactive"));
            one.put("summary", a.sections().isEmpty() ? m.get("assignments_nothing") : m.get("assigned_sections", "n", a.sections().size()));
            one.put("sections", sections.stream().map(s -> Map.of("id", one.get("id") + "-" + s.id(), "name", "s:" + s.id(),
                    "title", s.title(), "checked", a.sections().contains(s.id()))).toList());
            one.put("save", m.get("assignments_save", "login", a.login()));
            people.add(one);
        }
        view.put("people", people);
        return pages.render(HttpStatus.OK, "assignments", m, view);
    }
}
