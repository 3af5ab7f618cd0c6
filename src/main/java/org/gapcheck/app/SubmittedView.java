package org.gapcheck.app;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gapcheck.report.GroupSummary;
import org.gapcheck.report.Progress;
import org.gapcheck.report.Rating;
import org.gapcheck.workflow.Submitting;

/**
 * The values of the submitted-report page: the confirmation of a submit just made, the versions
 * with their links, and the latest version's chapter and challenge scores beside the previous
 * cycle's (the report's progress), each change as a word.
 */
final class SubmittedView {

    private SubmittedView() {
    }

    static Map<String, Object> of(Submitting.Submitted s, Optional<Submitting.VersionReport> latest, String justSubmitted, Messages m) {
        String base = Report.path(s.country(), s.year());
        Map<String, Object> view = new HashMap<>();
        view.put("title", m.get("submitted_title"));
        view.put("caption", m.get("section_caption", "country", s.countryName(), "year", String.valueOf(s.year())));
        view.put("state", m.get("state_" + s.state()));
        view.put("returnComments", s.returnComments());
        view.put("back", base);
        view.put("checkHref", base + "/check");
        s.versions().stream().filter(v -> String.valueOf(v.number()).equals(justSubmitted)).findFirst().ifPresent(v -> {
            view.put("confirmation", m.get("submitted_confirmation", "n", v.number()));
            view.put("confirmationSha", v.sha256());
        });
        view.put("hasVersions", !s.versions().isEmpty());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Submitting.Version v : s.versions()) {
            String at = base + "/versions/" + v.number();
            Map<String, Object> row = new HashMap<>();
            row.put("name", m.get("version_name", "n", v.number()));
            row.put("submitted", m.get("version_submitted", "at", Date.from(v.submittedAt()), "login", v.submittedBy()));
            row.put("sha", v.sha256());
            row.put("status", v.acknowledgedAt() == null ? m.get("version_awaiting")
                    : m.get("version_acknowledged", "at", Date.from(v.acknowledgedAt())));
            row.put("published", v.publishedAt() == null ? m.get("version_private") : m.get("version_published"));
            row.put("reportHref", at + "/report");
            row.put("pdfHref", at + "/report.pdf");
            row.put("receiptHref", v.acknowledgedAt() == null ? null : at + "/receipt.pdf");
            row.put("jsonHref", "/api/countries/" + s.country() + "/submissions/" + s.year() + "/versions/" + v.number() + "/submission");
            row.put("linkSuffix", m.get("version_name", "n", v.number()));
            rows.add(row);
        }
        view.put("versions", rows);
        latest.ifPresent(r -> compare(view, r, m));
        return view;
    }

    private static void compare(Map<String, Object> view, Submitting.VersionReport r, Messages m) {
        Progress progress = r.report().progress();
        view.put("hasCompare", true);
        view.put("compareTitle", progress == null ? m.get("compare_title_alone") : m.get("compare_title", "year",
                String.valueOf(progress.previousYear())));
        view.put("compareIntro", progress == null ? m.get("compare_none") : m.get("compare_gaps", "closed", progress.closedGaps().size(),
                "opened", progress.newGaps().size()));
        view.put("hasPrevious", progress != null);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (GroupSummary g : r.report().chapters()) {
            rows.add(row(m.get("chapter_named", "n", g.chapter(), "title", g.title()), g, progress == null ? null : progress.chapters(), g.chapter(), null, m));
        }
        for (GroupSummary g : r.report().challenges()) {
            Map<String, Object> challenge = row(g.id() + " " + g.title(), g, progress == null ? null : progress.challenges(), null, g.id(), m);
            challenge.put("nameLang", true); // a challenge's title is the rule pack's English
            rows.add(challenge);
        }
        view.put("compareRows", rows);
        if (!r.storedPackVersion().equals(r.report().packVersion())) {
            view.put("packNote", m.get("submitted_pack_note", "stored", r.storedPackVersion(), "active", r.report().packVersion()));
        }
    }

    private static Map<String, Object> row(String name, GroupSummary g, List<Progress.ScoreChange> changes, Integer chapter, String id,
                                           Messages m) {
        Map<String, Object> row = new HashMap<>();
        row.put("name", name);
        Rating rating = g.rating() == null ? Rating.INSUFFICIENT_DATA : g.rating();
        row.put("now", g.score() == null ? m.get("rating_" + rating.wireName())
                : m.get("score_rating", "score", Math.round(g.score()), "rating", m.get("rating_" + rating.wireName())));
        if (changes != null) {
            Progress.ScoreChange change = changes.stream().filter(c -> chapter != null ? chapter.equals(c.chapter()) : id.equals(c.id()))
                    .findFirst().orElse(null);
            row.put("before", change == null ? score(null, m) : score(change.before(), m));
            row.put("change", m.get("change_" + (change == null ? "not_comparable" : change.change())));
        }
        return row;
    }

    private static String score(Double score, Messages m) {
        return score == null ? m.get("score_none") : String.valueOf(Math.round(score));
    }
}
