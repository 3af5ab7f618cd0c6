package org.gapcheck.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.gapcheck.core.RulePack;
import org.gapcheck.evaluation.EvaluationService;
import org.gapcheck.json.Json;
import org.gapcheck.report.SummaryView;
import org.gapcheck.submission.InvalidSubmissionException;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.questionnaire.ProfileField;
import org.gapcheck.questionnaire.Region;
import org.gapcheck.questionnaire.Section;
import org.gapcheck.storage.StoredSubmission;
import org.gapcheck.storage.SubmissionRepository;
import org.gapcheck.submission.Pointer;

/**
 * One section of a country's draft for its delegation's pages: the section's items with their
 * answers as the active questionnaire reads them, and saving a section's answers through the same
 * save as the API ({@link Drafts#save}: validation, conflicts, a contributor's sections).
 */
@Singleton
@Requires(beans = DataSource.class)
public class SectionDrafts {

    private final SubmissionRepository submissions;
    private final Drafts drafts;
    private final Assignments assignments;
    private final RulePack pack;
    private final EvaluationService evaluations;
    /** Previews by submission, draft version and pack version; the least recently used go first. */
    private final Map<String, Optional<SummaryView>> previews = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Optional<SummaryView>> eldest) {
                    return size() > 256;
                }
            });

    SectionDrafts(SubmissionRepository submissions, Drafts drafts, Assignments assignments, RulePack pack) {
        this.submissions = submissions;
        this.drafts = drafts;
        this.assignments = assignments;
        this.pack = pack;
        this.evaluations = new EvaluationService(pack, Clock.systemUTC());
    }

    /**
     * The summary view of the draft's gap report as it stands, for the pages' preview: unanswered
     * items are not reported, as in any report; a draft without its regional group yet is read in the
     * group the regions table gives the country; empty where the draft does not read (stored under a
     * questionnaire the active one lacks items of).
     * A draft's items decide its preview, and its version (the id of its last change, never reused)
     * with the pack's version names them: the preview of a version is computed once, whether the
     * page, its fragment after a save, or another member of the delegation asks first.
     */
    private Optional<SummaryView> summary(String country, int year, @Nullable Drafts.Draft draft) {
        String key = (draft == null ? "none/" + country + "/" + year : draft.submission().id() + "/" + draft.version()) + "/"
                + pack.manifest().version();
        Optional<SummaryView> known = previews.get(key);
        if (known != null) {
            return known;
        }
        Map<String, JsonNode> items = new LinkedHashMap<>(draft == null ? Map.of() : draft.items());
        pack.regions().country(country).map(c -> c.unGroup()).filter(g -> !"none".equals(g))
                .ifPresent(g -> items.putIfAbsent("/region", com.fasterxml.jackson.databind.node.TextNode.valueOf(g)));
        Optional<SummaryView> computed;
        try {
            computed = Optional.of(evaluations.summary(Json.compact(DraftItems.document(country, year, items))));
        } catch (InvalidSubmissionException e) {
            computed = Optional.empty();
        }
        previews.put(key, computed);
        return computed;
    }

    /**
     * A section of the draft.
     *
     * @param answers      item code to its answer (a value, or an object with value, source and note); unanswered items absent
     * @param draftVersion the version the page was read at: a save names it, so a change by someone else in between is caught
     * @param editable     whether the submission takes changes (a draft, or returned)
     * @param preview      the summary view of the same draft's gap report (see {@link #summary})
     * @param carried      the section's items still as carried over from the last cycle ({@link Carried})
     */
    public record SectionDraft(String country, String countryName, int year, Section section, List<Item> items,
                               Map<String, JsonNode> answers, List<Reservable> reservable, Map<String, JsonNode> reservations,
                               long draftVersion, boolean editable, java.util.function.Supplier<Optional<SummaryView>> preview,
                               Carried carried) {
    }

    /**
     * The items of a page still as carried over from the last cycle, at their JSON Pointers, and the
     * year they were carried from (null where the draft did not start from one).
     */
    public record Carried(@Nullable Integer from, java.util.Set<String> items) {

        static final Carried NONE = new Carried(null, java.util.Set.of());

        static Carried of(@Nullable Drafts.Draft draft, java.util.function.Predicate<String> onPage) {
            if (draft == null || draft.carryOver() == null) {
                return NONE;
            }
            return new Carried(draft.carryOver().fromYear(), draft.carried().stream().filter(onPage)
                    .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
        }

        public boolean has(String pointer) {
            return items.contains(pointer);
        }
    }

    /**
     * A criterion reading this section's items that stands under a qualifier of its recommendation
     * ("in accordance with national legislation", "as appropriate"), on which the State may record a
     * reservation: the law that governs the measure and why it is not taken.
     */
    public record Reservable(String criterion, String title, String qualifier) {
    }

    /**
     * Section {@code sectionId} of {@code country}'s report for {@code year}; empty for anyone not of its
     * delegation, a contributor not assigned the section, or no such section.
     */
    public Optional<SectionDraft> section(@Nullable Authentication authentication, String country, int year, String sectionId) {
        Optional<Section> section = pack.questionnaire().sections().stream().filter(s -> s.id().equals(sectionId)).findFirst();
        if (section.isEmpty() || !assignments.answeredBy(Audience.of(authentication), country).contains(sectionId)) {
            return Optional.empty();
        }
        Optional<StoredSubmission> stored = submissions.findByCountryAndReportingYear(country, year);
        Drafts.Draft draft = stored.map(drafts::draft).orElse(null);
        List<Item> items = pack.questionnaire().items().stream().filter(i -> i.section().equals(sectionId)).toList();
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        if (draft != null) {
            items.forEach(i -> {
                JsonNode answer = draft.items().get(Pointer.of("answers", i.code()));
                if (answer != null) {
                    answers.put(i.code(), answer);
                }
            });
        }
        java.util.Set<String> codes = items.stream().map(Item::code).collect(java.util.stream.Collectors.toSet());
        List<Reservable> reservable = pack.ruleBase().criteria().stream()
                .filter(c -> c.qualifier() != null && c.items() != null && c.items().stream().anyMatch(codes::contains))
                .map(c -> new Reservable(c.id(), c.title(), c.qualifier())).toList();
        Map<String, JsonNode> reservations = new LinkedHashMap<>();
        if (draft != null) {
            reservable.forEach(r -> {
                JsonNode stated = draft.items().get(Pointer.of("reservations", r.criterion()));
                if (stated != null) {
                    reservations.put(r.criterion(), stated);
                }
            });
        }
        String name = pack.regions().nameOf(country);
        java.util.function.Supplier<Optional<SummaryView>> preview = () -> summary(country, year, draft);
        java.util.Set<String> onPage = new java.util.HashSet<>();
        codes.forEach(c -> onPage.add(Pointer.of("answers", c)));
        reservable.forEach(r -> onPage.add(Pointer.of("reservations", r.criterion())));
        return Optional.of(new SectionDraft(country, name, year, section.get(), items, answers, reservable, reservations,
                draft == null ? 0 : draft.version(), stored.map(StoredSubmission::editable).orElse(true), preview,
                Carried.of(draft, onPage::contains)));
    }

    /**
     * The country profile of the draft: its UN regional group (as stored, and the one the pack's
     * regions table places the country in, where it does) and the profile fields that decide
     * which recommendations apply.
     *
     * @param values profile field code to its answer; unanswered fields absent
     */
    public record ProfileDraft(String country, String countryName, int year, List<Region> regions, @Nullable String region,
                               @Nullable String tableRegion, List<ProfileField> fields, Map<String, String> values, long draftVersion,
                               boolean editable, Carried carried) {
    }

    /** The profile of {@code country}'s report for {@code year}; empty for anyone but its coordinator, who answers it. */
    public Optional<ProfileDraft> profile(@Nullable Authentication authentication, String country, int year) {
        if (!Audience.of(authentication).coordinatorOf(country)) {
            return Optional.empty();
        }
        Optional<StoredSubmission> stored = submissions.findByCountryAndReportingYear(country, year);
        Drafts.Draft draft = stored.map(drafts::draft).orElse(null);
        Map<String, JsonNode> items = draft == null ? Map.of() : draft.items();
        Map<String, String> values = new LinkedHashMap<>();
        pack.questionnaire().profile().forEach(f -> {
            JsonNode value = items.get(Pointer.of("profile", f.code()));
            if (value != null) {
                values.put(f.code(), value.asText());
            }
        });
        Optional<org.gapcheck.catalogue.Regions.Country> inTable = pack.regions().country(country);
        return Optional.of(new ProfileDraft(country, pack.regions().nameOf(country), year, pack.questionnaire().regions(),
                items.containsKey("/region") ? items.get("/region").asText() : null,
                inTable.map(c -> c.unGroup()).filter(g -> !"none".equals(g)).orElse(null), pack.questionnaire().profile(), values,
                draft == null ? 0 : draft.version(), stored.map(StoredSubmission::editable).orElse(true),
                Carried.of(draft, p -> p.equals("/region") || p.startsWith("/profile/"))));
    }

    /**
     * The optional situation indicators of the draft: each with its stored series ({@code values}
     * by year, and a source where given), or absent.
     */
    public record IndicatorsDraft(String country, String countryName, int year, List<org.gapcheck.questionnaire.Indicator> indicators,
                                  Map<String, JsonNode> series, long draftVersion, boolean editable, Carried carried) {
    }

    /** The indicators of {@code country}'s report for {@code year}; empty for anyone but its coordinator, who gives them. */
    public Optional<IndicatorsDraft> indicators(@Nullable Authentication authentication, String country, int year) {
        if (!Audience.of(authentication).coordinatorOf(country)) {
            return Optional.empty();
        }
        Optional<StoredSubmission> stored = submissions.findByCountryAndReportingYear(country, year);
        Drafts.Draft draft = stored.map(drafts::draft).orElse(null);
        Map<String, JsonNode> series = new LinkedHashMap<>();
        pack.questionnaire().indicators().forEach(i -> {
            JsonNode given = draft == null ? null : draft.items().get(Pointer.of("indicators", i.code()));
            if (given != null) {
                series.put(i.code(), given);
            }
        });
        return Optional.of(new IndicatorsDraft(country, pack.regions().nameOf(country), year, pack.questionnaire().indicators(), series,
                draft == null ? 0 : draft.version(), stored.map(StoredSubmission::editable).orElse(true),
                Carried.of(draft, p -> p.startsWith("/indicators/"))));
    }

    /**
     * Saves a merge patch of the submission (as {@code PATCH .../submissions/{year}}) for the caller;
     * with {@code confirm}, a deliberate save of the page, which confirms the carried-over answers it leaves as they are.
     *
     * @return the draft's version after it
     * @throws org.gapcheck.submission.InvalidSubmissionException with the errors at the items it sets
     * @throws org.gapcheck.http.Refusal 412 {@code submission/conflict}, 403 for a contributor's unassigned section, 409 not editable
     */
    public long save(Authentication authentication, String country, int year, JsonNode patch, @Nullable Long base, boolean confirm) {
        Audience who = Audience.of(authentication);
        if (!who.delegationOf(country)) {
            throw Audience.notFound(country, year);
        }
        return drafts.save(who, country, year, patch, base, confirm).version();
    }
}
