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
import java.util.LinkedHashMap;
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
    private final org.gapcheck.catalogue.Catalogue catalogue;

    SectionPage(SectionDrafts sections, Pages pages, org.gapcheck.core.RulePack pack) {
        this.sections = sections;
        this.pages = pages;
        this.catalogue = pack.catalogue();
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
        SectionDraft d = draft.get();
        Map<String, SectionForm.Fields> fields = new HashMap<>();
        d.items().forEach(i -> fields.put(i.code(), SectionForm.of(i, d.answers().get(i.code()))));
        Map<String, SectionForm.Reservation> reservations = new LinkedHashMap<>();
        d.reservable().forEach(r -> reservations.put(r.criterion(), SectionForm.Reservation.of(d.reservations().get(r.criterion()))));
        return page(authentication, caller.get(), m, d, new Filled(fields, reservations), Map.of(), d.draftVersion());
    }

    @Post("/{iso3}/{year}/{section}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({Pages.HTML, MediaType.APPLICATION_JSON})
    HttpResponse<String> save(@PathVariable String iso3, @PathVariable String year, @PathVariable String section,
                              @Nullable @Body Map<String, Object> body, @Nullable Authentication authentication, HttpRequest<?> request) {
        Forms.Post post = Forms.Post.of(authentication, body, request, pages);
        if (post.refusal() != null) {
            return post.refusal();
        }
        Map<String, Object> form = post.form();
        Caller caller = post.caller();
        Messages m = post.m();
        Optional<SectionDraft> draft = find(authentication, iso3, year, section);
        if (draft.isEmpty()) {
            return pages.notFound(m);
        }
        SectionDraft d = draft.get();
        Filled filled = new Filled(SectionForm.read(d.items(), form), SectionForm.reservations(criteria(d), form));
        Map<String, SectionForm.Fields> fields = filled.fields();
        List<SectionErrors.Raw> own = new ArrayList<>();
        fields.forEach((code, f) -> {
            if (f.notKnown() && (f.never() || !f.value().isEmpty())) {
                own.add(new SectionErrors.Raw("/answers/" + code, "both_given", ""));
            }
        });
        Long base = Forms.base(form);
        if (!own.isEmpty()) {
            return answer(request, authentication, caller, m, d, filled, SectionErrors.of(d.items(), criteria(d), own, m), base);
        }
        try {
            com.fasterxml.jackson.databind.node.ObjectNode patch = SectionForm.patch(d.items(), fields);
            SectionForm.addReservations(patch, filled.reservations());
            // A deliberate save ("Save and continue") confirms the carried-over answers it leaves as they are; a background one never.
            long version = sections.save(authentication, d.country(), d.year(), patch, base, !Autosave.asked(request));
            if (Autosave.asked(request)) {
                return Autosave.saved(version);
            }
            return Pages.seeOther(Report.path(d.country(), d.year()) + "?saved=" + d.section().id());
        } catch (InvalidSubmissionException e) {
            List<SectionErrors.Raw> raw = e.errors().stream().map(x -> new SectionErrors.Raw(x.path(), x.code(), x.message())).toList();
            return answer(request, authentication, caller, m, d, filled, SectionErrors.of(d.items(), criteria(d), raw, m), base);
        } catch (Refusal refused) {
            if (refused.status() == 412) {
                List<SectionErrors.Raw> raw = refused.errors().stream().map(x -> new SectionErrors.Raw(x.path(), x.code(), x.message()))
                        .toList();
                // The page now stands on the draft as it is: saving again keeps what the person typed.
                long now = find(authentication, iso3, year, section).map(SectionDraft::draftVersion).orElse(d.draftVersion());
                return answer(request, authentication, caller, m, d, filled, SectionErrors.of(d.items(), criteria(d), raw, m), now);
            }
            return pages.refused(refused, m);
        }
    }

    private Optional<SectionDraft> find(@Nullable Authentication authentication, String iso3, String year, String section) {
        return Report.of(iso3, year).flatMap(r -> sections.section(authentication, r.country(), r.year(), section));
    }

    /** The page again with its errors, or for a background save (autosave.js) the errors alone, as JSON. */
    private HttpResponse<String> answer(HttpRequest<?> request, Authentication authentication, Caller caller, Messages m, SectionDraft d,
                                        Filled filled, Map<String, String> errors, @Nullable Long base) {
        return Autosave.asked(request) ? Autosave.refused(errors, base) : page(authentication, caller, m, d, filled, errors, base);
    }

    /** What the form holds: each item's fields and each reservation's. */
    private record Filled(Map<String, SectionForm.Fields> fields, Map<String, SectionForm.Reservation> reservations) {
    }

    private static List<String> criteria(SectionDraft d) {
        return d.reservable().stream().map(SectionDrafts.Reservable::criterion).toList();
    }

    @Get("/{iso3}/{year}/{section}/preview")
    @Produces(Pages.HTML)
    HttpResponse<String> preview(@PathVariable String iso3, @PathVariable String year, @PathVariable String section,
                                 @Nullable Authentication authentication, HttpRequest<?> request) {
        Messages m = Languages.of(request);
        Optional<SectionDraft> draft = find(authentication, iso3, year, section);
        if (draft.isEmpty()) {
            return pages.notFound(m);
        }
        return pages.render(HttpStatus.OK, "preview", m, Preview.of(draft.get().preview().get(), draft.get().items(), catalogue, m));
    }

    private HttpResponse<String> page(Authentication authentication, Caller caller, Messages m, SectionDraft d, Filled filled,
                                      Map<String, String> errors, @Nullable Long base) {
        Map<String, SectionForm.Fields> fields = filled.fields();
        Map<String, Object> view = Header.of(authentication, caller, m);
        view.putAll(Preview.of(d.preview().get(), d.items(), catalogue, m));
        view.put("previewSrc", Report.path(d.country(), d.year()) + "/" + d.section().id() + "/preview");
        view.put("title", d.section().title());
        view.put("caption", m.get("section_caption", "country", d.countryName(), "year", String.valueOf(d.year())));
        view.put("packText", !m.language().equals("en"));
        view.put("editable", d.editable());
        view.put("action", Report.path(d.country(), d.year()) + "/" + d.section().id());
        view.put("back", Report.path(d.country(), d.year()));
        view.put("base", base == null ? "" : String.valueOf(base));
        StringBuilder items = new StringBuilder(d.items().size() * 3072);
        String carriedTag = CarriedMarks.mark(view, d.carried(), m);
        for (Item item : d.items()) {
            Map<String, String> mine = new HashMap<>();
            errors.forEach((field, message) -> {
                if (field.equals("a-" + item.code()) || field.startsWith("a-" + item.code() + "-")) {
                    mine.put(field, message);
                }
            });
            items.append(SectionView.html(item, fields.get(item.code()), mine, d.editable(), m,
                    d.carried().has("/answers/" + item.code()) ? carriedTag : null));
        }
        view.put("itemsHtml", items.toString());
        view.put("errors", errors.entrySet().stream().map(e -> new Forms.Error(e.getKey(), e.getValue())).toList());
        view.put("hasErrors", !errors.isEmpty());
        view.put("count", m.get("section_count", "n", d.items().size()));
        view.put("autosaveSaved", m.get("autosave_saved", "time", "{time}"));
        view.put("hasReservable", !d.reservable().isEmpty());
        view.put("reservable", d.reservable().stream().map(r -> {
            Map<String, Object> one = new HashMap<>();
            SectionForm.Reservation held = filled.reservations().get(r.criterion());
            one.put("id", r.criterion());
            one.put("title", r.title());
            one.put("qualifier", m.get("reservation_qualifier", "words", r.qualifier()));
            one.put("carried", d.carried().has("/reservations/" + r.criterion()) ? carriedTag : null);
            one.put("law", held.law());
            one.put("reason", held.reason());
            one.put("lawError", errors.get("r-" + r.criterion() + "-law"));
            one.put("reasonError", errors.get("r-" + r.criterion() + "-reason"));
            one.put("disabled", !d.editable());
            return one;
        }).toList());
        return pages.render(HttpStatus.OK, "section", m, view);
    }
}
