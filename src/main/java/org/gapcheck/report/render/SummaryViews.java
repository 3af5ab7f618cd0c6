package org.gapcheck.report.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gapcheck.engine.Status;
import org.gapcheck.priorities.Priority;
import org.gapcheck.report.GroupSummary;
import org.gapcheck.report.Headline;
import org.gapcheck.report.IndicatorTrend;
import org.gapcheck.report.Report;
import org.gapcheck.report.render.Views.GroupRow;
import org.gapcheck.report.render.Views.IndicatorRow;
import org.gapcheck.report.render.Views.Named;
import org.gapcheck.report.render.Views.PriorityView;

/** The report's first pages in words: the headline counts, the chapters and challenges, the priorities, the indicators. */
final class SummaryViews {

    /** One of the headline figures: a number, what it counts, and the status class it is coloured by. */
    record Figure(long n, String what, String css) {
    }

    /** The count of recommendations at one status. */
    record Count(long n, String status, String css) {
    }

    private final ReportTexts texts;

    SummaryViews(ReportTexts texts) {
        this.texts = texts;
    }

    /** The counts at two levels: criteria, and the recommendations they lie in. */
    static List<Figure> headline(Headline h) {
        return List.of(
                new Figure(h.gaps(), (h.gaps() == 1 ? "specific gap" : "specific gaps") + " across "
                        + Words.plural(h.gapRecommendations(), "recommendation", "recommendations"), "g"),
                new Figure(h.partial(), (h.partial() == 1 ? "criterion" : "criteria") + " partly met across "
                        + Words.plural(h.partialRecommendations(), "recommendation", "recommendations"), "p"),
                new Figure(h.met(), "of the " + h.judged() + " criteria judged are met", "m"),
                new Figure(h.notReported(), (h.notReported() == 1 ? "criterion" : "criteria") + " not reported (a reporting gap, not a policy gap)", "nr"));
    }

    static List<Count> counts(Map<Status, Long> counts) {
        List<Count> out = new ArrayList<>();
        counts.forEach((s, n) -> out.add(new Count(n, Words.status(s), Words.css(s))));
        return out;
    }

    List<GroupRow> chapters(List<GroupSummary> groups) {
        return groups.stream().map(g -> row(g, "ch" + g.chapter(), String.valueOf(g.chapter()), Words.shortTitle(texts.chapterTitle(g.chapter())))).toList();
    }

    List<GroupRow> challenges(List<GroupSummary> groups) {
        return groups.stream().map(g -> row(g, g.id(), g.id(), g.title())).toList();
    }

    private static GroupRow row(GroupSummary g, String id, String label, String title) {
        Map<Status, Long> c = g.counts();
        return new GroupRow(id, label, title, Words.score(g.score()), Words.score(g.policyScore()), Words.score(g.implementationScore()),
                g.completeness() == null ? Words.NONE : Words.score(g.completeness()) + "%", Words.rating(g.rating()),
                Words.ratingCss(g.rating()), c.get(Status.MET), c.get(Status.PARTIAL), c.get(Status.GAP), c.get(Status.NOT_REPORTED),
                c.get(Status.NOT_APPLICABLE) + c.get(Status.NOT_ASSESSED), Prose.of(g.note()));
    }

    List<PriorityView> priorities(List<Priority> priorities) {
        List<PriorityView> out = new ArrayList<>();
        for (Priority p : priorities == null ? List.<Priority>of() : priorities) {
            out.add(new PriorityView(p.rank(), p.title(), p.owner(), p.now(), p.asked(), p.source(), p.steps().stream().map(Words::plain).toList(), p.recommendations(),
                    p.challenges().stream().map(id -> new Named(id, texts.challengeTitle(id))).toList(), String.join(", ", p.criteria())));
        }
        return out;
    }

    /** Each situation indicator once, with the challenges it is reported under. */
    static List<IndicatorRow> indicators(Report r) {
        Map<String, IndicatorTrend> byCode = new LinkedHashMap<>();
        Map<String, List<String>> challenges = new LinkedHashMap<>();
        for (GroupSummary g : r.challenges()) {
            for (IndicatorTrend i : g.indicators() == null ? List.<IndicatorTrend>of() : g.indicators()) {
                byCode.putIfAbsent(i.code(), i);
                challenges.computeIfAbsent(i.code(), k -> new ArrayList<>()).add(g.id());
            }
        }
        List<IndicatorRow> out = new ArrayList<>();
        byCode.forEach((code, i) -> out.add(new IndicatorRow(String.join(" ", challenges.get(code)), i.name(),
                i.values().isEmpty() ? "not reported" : i.display().replace(" -> ", " \u2192 ") + " " + i.unit(),
                i.direction() == null ? "" : i.direction())));
        return out;
    }
}
