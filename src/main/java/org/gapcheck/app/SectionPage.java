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
import org.gapcheck.http.Refusal;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.submission.InvalidSubmissionException;
import org.gapcheck.workflow.SectionDrafts;
import org.gapcheck.workflow.SectionDrafts.SectionDraft;

/**
 * {@code /app/{iso3}/{year}/{section}}: one section of the questionnaire as a plain HTML form. It
 * saves through the API's save (each answer checked as a posted submission is; the draft may stay
 * incomplete); errors come back on the page in the summary and beside each field, with everything
 * typed kept; a saved section returns to the task list.
 */
@Controller("/app")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
@Requires(beans = DataSource.class)
@ExecuteOn(DatabaseExecutor.NAME)
class SectionPage {

    private final SectionDrafts sections;
    private final Pages pages;

    SectionPage(SectionDrafts sections, Pages pages) {
        this.sections = sections;
        this.pages = pages;
    }

    @Get("/{iso3}/{year}/{section}")
    @Produces(Pages.HTML)
    HttpResponse<String> form(@PathVariable String iso3, @PathVariable String year, @PathVariable String section,
                              @Nullable Authentication authentication, HttpRequest<?> request) {
        Optional<Caller> caller = Caller.of(authentication);
        if (caller.isEmpty()) {
            return Pages.signIn(request);
        }
        Messages m = Languages.of(request);
        Optional<SectionDraft> draft = find(authentication, iso3, year, section);
        if (draft.isEmpty()) {
            return pages.notFound(m);
        }
        Map<String, SectionForm.Fields> fields = new HashMap<>();
        draft.get().items().forEach(i -> fields.put(i.code(), SectionForm.of(i, draft.get().answers().get(i.code()))));
        return page(HttpStatus.OK, authentication, caller.get(), m, draft.get(), fields, Map.of(), draft.get().draftVersion());
    }

    @Post("/{iso3}/{year}/{section}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Pages.HTML)
    HttpResponse<String> save(@PathVariable String iso3, @PathVariable String year, @PathVariable String section,
                              @Nullable @Body Map<String, Object> body, @Nullable Authentication authentication, HttpRequest<?> request) {
        Map<String, Object> form = body == null ? Map.of() : body;
        Optional<Caller> caller = Caller.of(authentication);
        Messages m = Languages.of(request);
        if (caller.isEmpty()) {
            return Pages.signIn(request);
        }
        if (!Forms.tokenMatches(caller.get(), form)) {
            return Forms.refused(pages, m);
        }
        Optional<SectionDraft> draft = find(authentication, iso3, year, section);
        if (draft.isEmpty()) {
            return pages.notFound(m);
        }
        SectionDraft d = draft.get();
        Map<String, SectionForm.Fields> fields = SectionForm.read(d.items(), form);
        List<SectionErrors.Raw> own = new ArrayList<>();
        fields.forEach((code, f) -> {
            if (f.notKnown() && (f.never() || !f.value().isEmpty())) {
                own.add(new SectionErrors.Raw("/answers/" + code, "both_given", ""));
            }
        });
        Long base = parseBase(Forms.value(form, "base"));
        if (!own.isEmpty()) {
            return page(HttpStatus.OK, authentication, caller.get(), m, d, fields, SectionErrors.of(d.items(), own, m), base);
        }
        try {
            sections.save(authentication, d.country(), d.year(), SectionForm.patch(d.items(), fields), base);
            return Pages.seeOther("/app/" + d.country() + "/" + d.year() + "?saved=" + d.section().id());
        } catch (InvalidSubmissionException e) {
            List<SectionErrors.Raw> raw = e.errors().stream().map(x -> new SectionErrors.Raw(x.path(), x.code(), x.message())).toList();
            return page(HttpStatus.OK, authentication, caller.get(), m, d, fields, SectionErrors.of(d.items(), raw, m), base);
        } catch (Refusal refused) {
            if (refused.status() == 412) {
                List<SectionErrors.Raw> raw = refused.errors().stream().map(x -> new SectionErrors.Raw(x.path(), x.code(), x.message()))
                        .toList();
                // The page now stands on the draft as it is: saving again keeps what the person typed.
                long now = find(authentication, iso3, year, section).map(SectionDraft::draftVersion).orElse(d.draftVersion());
                return page(HttpStatus.OK, authentication, caller.get(), m, d, fields, SectionErrors.of(d.items(), raw, m), now);
            }
            return pages.message(HttpStatus.valueOf(refused.status()), m, m.get("forbidden_title"), refused.getMessage());
        }
    }

    private Optional<SectionDraft> find(@Nullable Authentication authentication, String iso3, String year, String section) {
        return Report.of(iso3, year).flatMap(r -> sections.section(authentication, r.country(), r.year(), section));
    }

    private static Long parseBase(String base) {
        return base.matches("\\d{1,18}") ? Long.valueOf(base) : null;
    }

    private HttpResponse<String> page(HttpStatus status, Authentication authentication, Caller caller, Messages m, SectionDraft d,
                                      Map<String, SectionForm.Fields> fields, Map<String, String> errors, @Nullable Long base) {
        Map<String, Object> view = Header.of(authentication, caller, m);
        view.put("title", d.section().title());
        view.put("caption", m.get("section_caption", "country", d.countryName(), "year", String.valueOf(d.year())));
        view.put("packText", !m.language().equals("en"));
        view.put("editable", d.editable());
        view.put("action", "/app/" + d.country() + "/" + d.year() + "/" + d.section().id());
        view.put("back", "/app/" + d.country() + "/" + d.year());
        view.put("base", base == null ? "" : String.valueOf(base));
        List<Map<String, Object>> items = new ArrayList<>();
        for (Item item : d.items()) {
            Map<String, String> mine = new HashMap<>();
            errors.forEach((field, message) -> {
                if (field.equals("a-" + item.code()) || field.startsWith("a-" + item.code() + "-")) {
                    mine.put(field, message);
                }
            });
            items.add(SectionView.item(item, fields.get(item.code()), mine, d.editable(), m));
        }
        view.put("items", items);
        view.put("errors", errors.entrySet().stream().map(e -> new Forms.Error(e.getKey(), e.getValue())).toList());
        view.put("hasErrors", !errors.isEmpty());
        view.put("count", m.get("section_count", "n", d.items().size()));
        return pages.render(status, "section", m, view);
    }
}
