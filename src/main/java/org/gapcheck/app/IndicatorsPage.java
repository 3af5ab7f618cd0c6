package org.gapcheck.app;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.gapcheck.questionnaire.Indicator;
import org.gapcheck.submission.InvalidSubmissionException;
import org.gapcheck.submission.Pointer;
import org.gapcheck.workflow.SectionDrafts;
import org.gapcheck.workflow.SectionDrafts.IndicatorsDraft;

/**
 * {@code /app/{iso3}/{year}/indicators}: the optional situation indicators, a figure for the
 * reporting year and one for 2019, the Ministerial Declaration's year, which the report shows beside
 * each challenge with its direction (context, never scored). Figures of other years and the source
 * stored with a series are kept as they are. The coordinator gives them.
 */
@Controller("/app")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
@Requires(beans = DataSource.class)
@ExecuteOn(DatabaseExecutor.NAME)
class IndicatorsPage {

    /** The baseline the 2019 Ministerial Declaration sets for the 2024 and 2029 reviews. */
    static final int BASELINE = 2019;

    private final SectionDrafts sections;
    private final Pages pages;

    IndicatorsPage(SectionDrafts sections, Pages pages) {
        this.sections = sections;
        this.pages = pages;
    }

    @Get("/{iso3}/{year}/indicators")
    @Produces(Pages.HTML)
    HttpResponse<String> form(@PathVariable String iso3, @PathVariable String year, @Nullable Authentication authentication,
                              HttpRequest<?> request) {
        Optional<Caller> caller = Caller.of(authentication);
        if (caller.isEmpty()) {
            return Pages.signIn(request);
        }
        Messages m = Languages.of(request);
        Optional<IndicatorsDraft> draft = find(authentication, iso3, year);
        if (draft.isEmpty()) {
            return pages.notFound(m);
        }
        IndicatorsDraft d = draft.get();
        Map<String, String> typed = new HashMap<>();
        d.series().forEach((code, series) -> years(d).forEach(y -> {
            JsonNode value = series.path("values").path(String.valueOf(y));
            if (value.isNumber()) {
                typed.put(field(code, y), value.decimalValue().stripTrailingZeros().toPlainString());
            }
        }));
        return page(authentication, caller.get(), m, d, typed, Map.of(), d.draftVersion());
    }

    @Post("/{iso3}/{year}/indicators")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(Pages.HTML)
    HttpResponse<String> save(@PathVariable String iso3, @PathVariable String year, @Nullable @Body Map<String, Object> body,
                              @Nullable Authentication authentication, HttpRequest<?> request) {
        Forms.Post post = Forms.Post.of(authentication, body, request, pages);
        if (post.refusal() != null) {
            return post.refusal();
        }
        Messages m = post.m();
        Optional<IndicatorsDraft> draft = find(authentication, iso3, year);
        if (draft.isEmpty()) {
            return pages.notFound(m);
        }
        IndicatorsDraft d = draft.get();
        Map<String, String> typed = new HashMap<>();
        ObjectNode indicators = JsonNodeFactory.instance.objectNode();
        for (Indicator indicator : d.indicators()) {
            JsonNode stored = d.series().get(indicator.code());
            ObjectNode series = stored != null && stored.isObject() ? ((ObjectNode) stored).deepCopy() : JsonNodeFactory.instance.objectNode();
            ObjectNode values = series.has("values") && series.get("values").isObject() ? (ObjectNode) series.get("values")
                    : series.putObject("values");
            for (int y : years(d)) {
                String value = Forms.value(post.form(), field(indicator.code(), y)).trim();
                typed.put(field(indicator.code(), y), value);
                if (value.isEmpty()) {
                    values.remove(String.valueOf(y));
                } else {
                    values.set(String.valueOf(y), SectionForm.figure(value));
                }
            }
            // The years in order, as a person would write them.
            java.util.TreeMap<String, JsonNode> sorted = new java.util.TreeMap<>();
            values.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
            values.removeAll();
            sorted.forEach(values::set);
            if (values.isEmpty() && !series.has("source")) {
                indicators.putNull(indicator.code());
            } else if (!series.equals(stored)) {
                indicators.set(indicator.code(), series);
            }
        }
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        patch.set("indicators", indicators);
        Long base = Forms.base(post.form());
        try {
            sections.save(authentication, d.country(), d.year(), patch, base, true);
            return Pages.seeOther(Report.path(d.country(), d.year()) + "?saved=indicators");
        } catch (InvalidSubmissionException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach(x -> errors.putIfAbsent(errorField(x.path()), message(d, x.path(), x.code(), x.message(), m)));
            return page(authentication, post.caller(), m, d, typed, errors, base);
        } catch (Refusal refused) {
            if (refused.status() == 412) {
                Map<String, String> errors = new LinkedHashMap<>();
                refused.errors().forEach(x -> errors.putIfAbsent(errorField(x.path()), m.get("error_changed")));
                long now = find(authentication, iso3, year).map(IndicatorsDraft::draftVersion).orElse(d.draftVersion());
                return page(authentication, post.caller(), m, d, typed, errors, now);
            }
            return pages.refused(refused, m);
        }
    }

    private Optional<IndicatorsDraft> find(@Nullable Authentication authentication, String iso3, String year) {
        return Report.of(iso3, year).flatMap(r -> sections.indicators(authentication, r.country(), r.year()));
    }

    /** The years the page asks for, in order: 2019, then the reporting year. */
    private static List<Integer> years(IndicatorsDraft d) {
        return d.year() > BASELINE ? List.of(BASELINE, d.year()) : List.of(d.year());
    }

    private static String field(String code, int year) {
        return "i-" + code + "-" + year;
    }

    /** The field an error at {@code /indicators/CODE/values/YEAR} (or above it) is about. */
    private static String errorField(String pointer) {
        String[] parts = pointer.split("/");
        String code = parts.length > 2 ? Pointer.unescape(parts[2]) : "";
        return parts.length > 4 ? field(code, Integer.parseInt(parts[4].matches("\\d{4}") ? parts[4] : "0")) : "i-" + code;
    }

    private static String message(IndicatorsDraft d, String pointer, String code, String fallback, Messages m) {
        if (code.equals("wrong_type")) {
            return m.get("error_number");
        }
        String[] parts = pointer.split("/");
        Optional<Indicator> indicator = parts.length > 2 ? d.indicators().stream().filter(i -> i.code().equals(Pointer.unescape(parts[2])))
                .findFirst() : Optional.empty();
        if (code.equals("out_of_range") && indicator.isPresent()) {
            return m.get("error_range", "min", indicator.get().min(), "max", indicator.get().max());
        }
        return fallback;
    }

    private HttpResponse<String> page(Authentication authentication, Caller caller, Messages m, IndicatorsDraft d,
                                      Map<String, String> typed, Map<String, String> errors, @Nullable Long base) {
        Map<String, Object> view = Header.of(authentication, caller, m);
        view.put("title", m.get("task_indicators"));
        view.put("caption", m.get("section_caption", "country", d.countryName(), "year", String.valueOf(d.year())));
        view.put("editable", d.editable());
        view.put("action", Report.path(d.country(), d.year()) + "/indicators");
        view.put("back", Report.path(d.country(), d.year()));
        view.put("base", base == null ? "" : String.valueOf(base));
        String carriedTag = CarriedMarks.mark(view, d.carried(), m);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Indicator indicator : d.indicators()) {
            Map<String, Object> row = new HashMap<>();
            row.put("code", indicator.code());
            row.put("name", indicator.name());
            row.put("carried", d.carried().has("/indicators/" + indicator.code()) ? carriedTag : null);
            row.put("hint", m.get("indicator_hint", "unit", indicator.unit(), "min", indicator.min(), "max", indicator.max(),
                    "source", indicator.source()));
            row.put("fields", years(d).stream().map(y -> {
                Map<String, Object> f = new HashMap<>();
                f.put("id", field(indicator.code(), y));
                f.put("label", m.get(y == d.year() ? "indicator_this_year" : "indicator_baseline", "year", String.valueOf(y)));
                f.put("value", typed.getOrDefault(field(indicator.code(), y), ""));
                f.put("error", errors.get(field(indicator.code(), y)));
                f.put("disabled", !d.editable());
                return f;
            }).toList());
            row.put("error", errors.keySet().stream().anyMatch(k -> k.startsWith("i-" + indicator.code())));
            rows.add(row);
        }
        view.put("indicators", rows);
        view.put("errors", errors.entrySet().stream().map(e -> new Forms.Error(e.getKey(), e.getValue())).toList());
        view.put("hasErrors", !errors.isEmpty());
        return pages.render(HttpStatus.OK, "indicators", m, view);
    }
}
