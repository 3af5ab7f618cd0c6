package org.gapcheck.app;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.engine.Status;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.report.Rating;
import org.gapcheck.report.SummaryView;

/**
 * What a section's answers move, beside its form: the scores of the chapters and 2019 challenges
 * its questions inform and the status of each recommendation they inform, from the summary view
 * of the draft's gap report as it stands. Every score and status is a word as well as a colour.
 */
final class Preview {

    private Preview() {
    }

    static Map<String, Object> of(Optional<SummaryView> summary, List<Item> items, Catalogue catalogue, Messages m) {
        Map<String, Object> view = new HashMap<>();
        if (summary.isEmpty()) {
            view.put("previewMissing", m.get("preview_missing"));
            return view;
        }
        Set<String> informed = new LinkedHashSet<>();
        items.forEach(i -> informed.addAll(i.recommendations()));
        Map<String, Status> statuses = summary.get().recommendations();
        List<String> shown = statuses.keySet().stream().filter(informed::contains).toList();
        Set<Integer> chapters = new LinkedHashSet<>();
        Set<String> challenges = new LinkedHashSet<>();
        shown.forEach(id -> {
            catalogue.recommendation(id).map(r -> r.chapter()).ifPresent(chapters::add);
            catalogue.challengesOf(id).forEach(c -> challenges.add(c.id()));
        });
        view.put("previewChapters", summary.get().chapters().stream().filter(g -> chapters.contains(g.chapter()))
                .map(g -> group(m.get("preview_chapter", "n", g.chapter()), g, m)).toList());
        view.put("previewChallenges", summary.get().challenges().stream().filter(g -> challenges.contains(g.id()))
                .map(g -> group(g.id() + " " + catalogue.challenge(g.id()).map(c -> c.title()).orElse(""), g, m)).toList());
        view.put("previewRecommendations", shown.stream().map(id -> {
            String status = statuses.get(id).name().toLowerCase(Locale.ROOT);
            return Map.of("id", id, "status", m.get("status_" + status), "css", status.replace('_', '-'));
        }).toList());
        view.put("hasPreview", true);
        return view;
    }

    private static Map<String, Object> group(String name, SummaryView.Figures g, Messages m) {
        Rating rating = g.rating() == null ? Rating.INSUFFICIENT_DATA : g.rating();
        String word = m.get("rating_" + rating.wireName());
        return Map.of("name", name, "value", g.score() == null ? word : m.get("preview_score", "score", Math.round(g.score()), "rating", word),
                "css", rating.wireName().replace('_', '-'));
    }
}
