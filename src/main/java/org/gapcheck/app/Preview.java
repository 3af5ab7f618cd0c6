package org.gapcheck.app;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gapcheck.engine.Finding;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.report.GroupSummary;
import org.gapcheck.report.Rating;
import org.gapcheck.report.Report;

/**
 * What a section's answers move, beside its form: the scores of the chapters and 2019 challenges
 * its questions inform and the status of each recommendation they inform, from the gap report of
 * the draft as it stands. Every score and status is a word as well as a colour.
 */
final class Preview {

    private Preview() {
    }

    static Map<String, Object> of(Optional<Report> report, List<Item> items, Messages m) {
        Map<String, Object> view = new HashMap<>();
        if (report.isEmpty()) {
            view.put("previewMissing", m.get("preview_missing"));
            return view;
        }
        Set<String> informed = new LinkedHashSet<>();
        items.forEach(i -> informed.addAll(i.recommendations()));
        List<Finding> findings = report.get().findings().stream().filter(f -> informed.contains(f.recommendation())).toList();
        Set<Integer> chapters = new LinkedHashSet<>();
        Set<String> challenges = new LinkedHashSet<>();
        findings.forEach(f -> {
            chapters.add(f.chapter());
            challenges.addAll(f.challenges());
        });
        view.put("previewChapters", report.get().chapters().stream().filter(g -> chapters.contains(g.chapter()))
                .map(g -> group(m.get("preview_chapter", "n", g.chapter()), g, m)).toList());
        view.put("previewChallenges", report.get().challenges().stream().filter(g -> challenges.contains(g.id()))
                .map(g -> group(g.id() + " " + g.title(), g, m)).toList());
        view.put("previewRecommendations", findings.stream().map(f -> Map.of("id", f.recommendation(),
                "status", m.get("status_" + f.status().name().toLowerCase(Locale.ROOT)),
                "css", f.status().name().toLowerCase(Locale.ROOT).replace('_', '-'))).toList());
        view.put("hasPreview", true);
        return view;
    }

    private static Map<String, Object> group(String name, GroupSummary g, Messages m) {
        Rating rating = g.rating() == null ? Rating.INSUFFICIENT_DATA : g.rating();
        String word = m.get("rating_" + rating.wireName());
        return Map.of("name", name, "value", g.score() == null ? word : m.get("preview_score", "score", Math.round(g.score()), "rating", word),
                "css", rating.wireName().replace('_', '-'));
    }
}
