package org.gapcheck.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.gapcheck.core.RulePack;
import org.gapcheck.questionnaire.Item;
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
    private final RulePack pack;

    SectionDrafts(SubmissionRepository submissions, Drafts drafts, RulePack pack) {
        this.submissions = submissions;
        this.drafts = drafts;
        this.pack = pack;
    }

    /**
     * A section of the draft.
     *
     * @param answers      item code to its answer (a value, or an object with value, source and note); unanswered items absent
     * @param draftVersion the version the page was read at: a save names it, so a change by someone else in between is caught
     * @param editable     whether the submission takes changes (a draft, or returned)
     */
    public record SectionDraft(String country, String countryName, int year, Section section, List<Item> items,
                               Map<String, JsonNode> answers, long draftVersion, boolean editable) {
    }

    /** Section {@code sectionId} of {@code country}'s report for {@code year}; empty for anyone not of its delegation, or no such section. */
    public Optional<SectionDraft> section(@Nullable Authentication authentication, String country, int year, String sectionId) {
        Optional<Section> section = pack.questionnaire().sections().stream().filter(s -> s.id().equals(sectionId)).findFirst();
        if (section.isEmpty() || !Audience.of(authentication).delegationOf(country)) {
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
        String name = pack.regions().country(country).map(c -> c.name()).orElse(country);
        return Optional.of(new SectionDraft(country, name, year, section.get(), items, answers, draft == null ? 0 : draft.version(),
                stored.map(StoredSubmission::editable).orElse(true)));
    }

    /**
     * Saves a merge patch of the submission (as {@code PATCH .../submissions/{year}}) for the caller.
     *
     * @return the draft's version after it
     * @throws org.gapcheck.submission.InvalidSubmissionException with the errors at the items it sets
     * @throws org.gapcheck.http.Refusal 412 {@code submission/conflict}, 403 for a contributor's unassigned section, 409 not editable
     */
    public long save(Authentication authentication, String country, int year, JsonNode patch, @Nullable Long base) {
        Audience who = Audience.of(authentication);
        if (!who.delegationOf(country)) {
            throw Audience.notFound(country, year);
        }
        return drafts.save(who, country, year, patch, base).version();
    }
}
