package org.gapcheck.app;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.gapcheck.access.Caller;
import org.gapcheck.access.DatabaseExecutor;
import org.gapcheck.http.Refusal;
import org.gapcheck.questionnaire.Choice;
import org.gapcheck.questionnaire.ProfileField;
import org.gapcheck.submission.InvalidSubmissionException;
import org.gapcheck.submission.SubmissionError;
import org.gapcheck.workflow.SectionDrafts;
import org.gapcheck.workflow.SectionDrafts.ProfileDraft;

/**
 * {@code /app/{iso3}/{year}/profile}: "About the country", the UN regional group and the profile
 * fields that decide which recommendations apply, as a plain form saved like a section. The group
 * the pack's regions table places the country in is offered until one is saved.
 */
@Controller("/app")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
@Requires(beans = DataSource.class)
@ExecuteOn(DatabaseExecutor.NAME)
class ProfilePage {

    private final SectionDrafts sections;
    private final Pages pages;

    ProfilePage(SectionDrafts sections, Pages pages) {
        this.sections = sections;
        this.pages = pages;
    }

    @Get("/{iso3}/{year}/profile")
    @Produces(Pages.HTML)
    HttpResponse<String> form(@PathVariable String iso3, @PathVariable String year, @Nullable Authentication authentication,
                              HttpRequest<?> request) {
        Optional<Caller> caller = Caller.of(authentication);
        if (caller.isEmpty()) {
            return Pages.signIn(request);
        }
        Messages m = Languages.of(request);
        Optional<ProfileDraft> draft = Report.of(iso3, year).flatMap(r -> sections.profile(authentication, r.country(), r.year()));
        if (draft.isEmpty()) {
            return pages.notFound(m);
        }
        ProfileDraft d = draft.get();
        Map<String, String> values = new LinkedHashMap<>(d.values());
        values.put("region", d.region() != null ? d.region() : d.tableRegion() == null ? "" : d.tableRegion());
        return page(authentication, caller.get(), m, d, values, Map.of(), d.draftVersion());
    }

    @Post("/{iso3}/{year}/profile")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Pages.HTML)
    HttpResponse<String> save(@PathVariable String iso3, @PathVariable String year, @Nullable @Body Map<String, Object> body,
                              @Nullable Authentication authentication, HttpRequest<?> request) {
        Forms.Post post = Forms.Post.of(authentication, body, request, pages);
        if (post.refusal() != null) {
            return post.refusal();
        }
        Map<String, Object> form = post.form();
        Caller caller = post.caller();
        Messages m = post.m();
        Optional<ProfileDraft> draft = Report.of(iso3, year).flatMap(r -> sections.profile(authentication, r.country(), r.year()));
        if (draft.isEmpty()) {
            return pages.notFound(m);
        }
        ProfileDraft d = draft.get();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("region", Forms.value(form, "region"));
        d.fields().forEach(f -> values.put(f.code(), Forms.value(form, "p:" + f.code())));
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        ObjectNode profile = patch.putObject("profile");
        values.forEach((field, value) -> {
            ObjectNode into = field.equals("region") ? patch : profile;
            if (value.isEmpty()) {
                into.putNull(field);
            } else {
                into.put(field, value);
            }
        });
        Long base = Forms.base(form);
        try {
            sections.save(authentication, d.country(), d.year(), patch, base, true);
            return Pages.seeOther(Report.path(d.country(), d.year()) + "?saved=profile");
        } catch (InvalidSubmissionException e) {
            return page(authentication, caller, m, d, values, errors(e.errors(), m), base);
        } catch (Refusal refused) {
            if (refused.status() == 412) {
                Map<String, String> errors = new LinkedHashMap<>();
                refused.errors().forEach(x -> errors.put(field(x.path()), m.get("error_changed")));
                long now = sections.profile(authentication, d.country(), d.year()).map(ProfileDraft::draftVersion).orElse(d.draftVersion());
                return page(authentication, caller, m, d, values, errors, now);
            }
            return pages.refused(refused, m);
        }
    }

    private static Map<String, String> errors(List<SubmissionError> errors, Messages m) {
        Map<String, String> out = new LinkedHashMap<>();
        errors.forEach(e -> out.putIfAbsent(field(e.path()), e.code().equals("choice_not_allowed") ? m.get("error_choice") : e.message()));
        return out;
    }

    /** The field an error at a JSON Pointer of the submission is about: {@code region}, or {@code p-FIELD}. */
    private static String field(String pointer) {
        return pointer.startsWith("/profile/") ? "p-" + pointer.substring("/profile/".length()) : "region";
    }

    private HttpResponse<String> page(Authentication authentication, Caller caller, Messages m, ProfileDraft d, Map<String, String> values,
                                      Map<String, String> errors, @Nullable Long base) {
        Map<String, Object> view = Header.of(authentication, caller, m);
        view.put("title", m.get("task_profile"));
        view.put("caption", m.get("section_caption", "country", d.countryName(), "year", String.valueOf(d.year())));
        view.put("editable", d.editable());
        view.put("action", Report.path(d.country(), d.year()) + "/profile");
        view.put("back", Report.path(d.country(), d.year()));
        view.put("base", base == null ? "" : String.valueOf(base));
        String carriedTag = CarriedMarks.mark(view, d.carried(), m);
        view.put("regionCarried", d.carried().has("/region") ? carriedTag : null);
        List<String[]> groups = d.regions().stream().map(r -> new String[] {r.id(), r.name(), "en"}).toList();
        view.put("regions", SectionView.radios(groups, "region", values.get("region")));
        view.put("regionError", errors.get("region"));
        view.put("tableRegion", d.tableRegion() == null ? null : m.get("region_from_table", "group", d.regions().stream()
                .filter(r -> r.id().equals(d.tableRegion())).map(r -> r.name()).findFirst().orElse(d.tableRegion())));
        List<Map<String, Object>> fields = new ArrayList<>();
        for (ProfileField f : d.fields()) {
            List<String[]> options = new ArrayList<>();
            if (f.choices() != null && !f.choices().isEmpty()) {
                for (Choice c : f.choices()) {
                    options.add(new String[] {c.value(), c.label(), "en"});
                }
            } else {
                f.type().tokens().forEach(t -> options.add(new String[] {t, m.get("answer_" + t)}));
            }
            options.add(new String[] {SectionForm.NOT_KNOWN, m.get("answer_not_known")});
            Map<String, Object> field = new HashMap<>();
            field.put("code", f.code());
            field.put("question", f.question());
            field.put("help", f.help());
            field.put("radios", SectionView.radios(options, "p-" + f.code(), values.getOrDefault(f.code(), "")));
            field.put("error", errors.get("p-" + f.code()));
            field.put("disabled", !d.editable());
            field.put("carried", d.carried().has("/profile/" + f.code()) ? carriedTag : null);
            fields.add(field);
        }
        view.put("fields", fields);
        view.put("errors", errors.entrySet().stream().map(e -> new Forms.Error(e.getKey(), e.getValue())).toList());
        view.put("hasErrors", !errors.isEmpty());
        return pages.render(HttpStatus.OK, "profile", m, view);
    }
}
