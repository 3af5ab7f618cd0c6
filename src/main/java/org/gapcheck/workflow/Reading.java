package org.gapcheck.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.gapcheck.core.RulePack;
import org.gapcheck.http.Refusal;
import org.gapcheck.storage.StoredSubmission;
import org.gapcheck.storage.SubmissionRepository;
import org.gapcheck.storage.SubmissionVersion;
import org.gapcheck.storage.VersionRepository;

/**
 * Reads submissions for a caller, each query filtered by what the caller may see
 * ({@link Audience}): the delegation its drafts and versions, the secretariat submitted versions,
 * the public published ones. A submission with nothing the caller may see is not found.
 */
@Singleton
@Requires(beans = DataSource.class)
public class Reading {

    private final SubmissionRepository submissions;
    private final VersionRepository versions;
    private final Drafts drafts;
    private final RulePack pack;

    Reading(SubmissionRepository submissions, VersionRepository versions, Drafts drafts, RulePack pack) {
        this.submissions = submissions;
        this.versions = versions;
        this.drafts = drafts;
        this.pack = pack;
    }

    /** A submission and the versions of it the caller may see. */
    record Visible(StoredSubmission submission, List<SubmissionVersion> versions) {
    }

    List<Views.SubmissionView> list(Audience who, String country) {
        List<Views.SubmissionView> out = new ArrayList<>();
        for (StoredSubmission submission : submissions.findByCountryOrderByReportingYear(country)) {
            Visible visible = visible(who, submission);
            if (visible != null) {
                out.add(view(who, visible, false));
            }
        }
        return out;
    }

    Views.SubmissionView one(Audience who, String country, int year) {
        return view(who, find(who, country, year), true);
    }

    /** The submission, or 404 where the caller may see nothing of it. */
    Visible find(Audience who, String country, int year) {
        Visible visible = submissions.findByCountryAndReportingYear(country, year).map(s -> visible(who, s)).orElse(null);
        if (visible == null) {
            throw Audience.notFound(country, year);
        }
        Upgrades.readable(visible.submission().formatVersion(), "The submission of " + country + " for " + year);
        return visible;
    }

    Views.VersionView version(Audience who, String country, int year, int number) {
        SubmissionVersion v = stored(who, country, year, number);
        return new Views.VersionView(country, year, Views.VersionSummary.of(v), v.certification(), Drafts.parse(v.submissionJson()),
                Drafts.parse(v.reportJson()));
    }

    /** Version {@code number} as stored, or 404 where the caller may not see it. */
    SubmissionVersion stored(Audience who, String country, int year, int number) {
        return numbered(find(who, country, year), country, year, number);
    }

    /**
     * The items that differ between two versions, or a version and the draft ({@code "draft"}, for the
     * delegation), each read under the active questionnaire, so an item renamed between them is no change.
     */
    Views.DiffView diff(Audience who, String country, int year, String from, String to) {
        Visible visible = find(who, country, year);
        Map<String, JsonNode> before = items(who, visible, country, year, from, "from");
        Map<String, JsonNode> after = items(who, visible, country, year, to, "to");
        List<Views.Change> changes = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String item : keys) {
            if (!Objects.equals(before.get(item), after.get(item))) {
                changes.add(new Views.Change(item, before.get(item), after.get(item)));
            }
        }
        return new Views.DiffView(from, to, changes);
    }

    private Map<String, JsonNode> items(Audience who, Visible visible, String country, int year, String which, String parameter) {
        if ("draft".equals(which) && who.delegationOf(country)) {
            return drafts.draft(visible.submission()).items();
        }
        try {
            SubmissionVersion v = numbered(visible, country, year, Integer.parseInt(which));
            return Upgrades.stored(v.submissionJson(), v.packVersion(), pack).items();
        } catch (NumberFormatException e) {
            throw Refusal.invalid("http/invalid-parameter", "Invalid query parameter", parameter, "unknown_value", "'" + parameter
                    + "' is a version number" + (who.delegationOf(country) ? " or draft" : "") + ", not '"
                    + org.gapcheck.text.Printable.of(String.valueOf(which)) + "'");
        }
    }

    /** A submitted version of an earlier year: the year, and the version. */
    record Earlier(int year, SubmissionVersion version) {
    }

    /** The latest version of the country's latest year before {@code year} that has one, as the caller may see it. */
    java.util.Optional<Earlier> earlier(Audience who, String country, int year) {
        return submissions.findByCountryOrderByReportingYear(country).stream().filter(s -> s.reportingYear() < year)
                .sorted(java.util.Comparator.comparingInt(StoredSubmission::reportingYear).reversed())
                .map(s -> {
                    Visible visible = visible(who, s);
                    return visible == null ? null : visible.versions().stream()
                            .max(java.util.Comparator.comparingInt(SubmissionVersion::versionNumber))
                            .map(v -> new Earlier(s.reportingYear(), v)).orElse(null);
                })
                .filter(Objects::nonNull).findFirst();
    }

    private static SubmissionVersion numbered(Visible visible, String country, int year, int number) {
        return visible.versions().stream().filter(v -> v.versionNumber() == number).findFirst()
                .orElseThrow(() -> Refusal.of(404, "not-found/version", "Not found", "no version " + number + " of " + country + " "
                        + year + " that you may see"));
    }

    private Visible visible(Audience who, StoredSubmission submission) {
        List<SubmissionVersion> seen = versions.findBySubmissionIdOrderByVersionNumber(submission.id()).stream()
                .filter(v -> who.sees(v, submission.country())).toList();
        return who.delegationOf(submission.country()) || !seen.isEmpty() ? new Visible(submission, seen) : null;
    }

    private Views.SubmissionView view(Audience who, Visible visible, boolean withDraft) {
        StoredSubmission s = visible.submission();
        boolean delegation = who.delegationOf(s.country());
        String state = delegation || who.secretariat() ? s.state().name().toLowerCase() : null;
        Drafts.Draft draft = delegation && withDraft ? drafts.draft(s) : null;
        return new Views.SubmissionView(s.country(), s.reportingYear(), state, delegation || who.secretariat() ? s.returnComments() : null,
                draft == null ? null : draft.version(),
                draft == null ? null : DraftItems.document(s.country(), s.reportingYear(), draft.items()),
                draft == null ? null : s.questionnaireVersion(), draft == null ? null : Views.UpgradeView.of(draft.upgrade()),
                draft == null ? null : Views.CarryOverView.of(draft),
                visible.versions().stream().map(Views.VersionSummary::of).toList());
    }
}
