package org.gapcheck.report.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.engine.CriterionResult;
import org.gapcheck.engine.Finding;
import org.gapcheck.engine.ItemRead;
import org.gapcheck.engine.Status;
import org.gapcheck.report.Action;
import org.gapcheck.report.GroupSummary;
import org.gapcheck.report.Report;

/**
 * The report as one self-contained, printable HTML file: no scripts, no external resources,
 * charts drawn as inline SVG. The template escapes every value ({{...}}), so user-supplied
 * text such as notes stays text.
 */
public final class ReportHtml {

    private static final Mustache TEMPLATE = new DefaultMustacheFactory().compile("templates/report.html.mustache");
    private static final int ACTIONS_SHOWN = 10;
    private static final int BAR_WIDTH = 320;

    private ReportHtml() {
    }

    public static String render(Report r, Catalogue catalogue) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("country", r.country());
        view.put("year", r.reportingYear());
        view.put("region", r.region());
        view.put("pack", r.pack());
        view.put("packVersion", r.packVersion());
        view.put("evaluatedAt", r.evaluatedAt());
        view.put("sha", r.submissionSha256());
        List<Map<String, Object>> counts = new ArrayList<>();
        r.counts().forEach((s, n) -> counts.add(Map.of("status", s.name(), "css", css(s), "n", n)));
        view.put("counts", counts);
        view.put("chapters", groups(r.chapters(), true));
        view.put("challenges", groups(r.challenges(), false));
        view.put("chapterChart", chart(r.chapters(), true));
        view.put("challengeChart", chart(r.challenges(), false));
        List<Map<String, Object>> actions = new ArrayList<>();
        for (Action a : r.actions().subList(0, Math.min(ACTIONS_SHOWN, r.actions().size()))) {
            actions.add(Map.of("rank", a.rank(), "closes", a.closes(), "criteria", String.join(", ", a.criteria()),
                    "moved", a.recommendationsMoved().isEmpty() ? "-" : String.join(", ", a.recommendationsMoved()),
                    "challenges", a.challengesMoved().isEmpty() ? "-" : String.join(", ", a.challengesMoved())));
        }
        view.put("actions", actions);
        view.put("moreActions", r.actions().size() > ACTIONS_SHOWN ? r.actions().size() - ACTIONS_SHOWN : null);
        if (r.progress() != null) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("year", r.progress().previousYear());
            p.put("closed", r.progress().closedGaps().isEmpty() ? "none" : String.join(", ", r.progress().closedGaps()));
            p.put("opened", r.progress().newGaps().isEmpty() ? "none" : String.join(", ", r.progress().newGaps()));
            p.put("changes", r.progress().recommendations());
            List<Map<String, Object>> scores = new ArrayList<>();
            r.progress().chapters().forEach(c -> scores.add(Map.of("label", "Chapter " + c.chapter(), "before", num(c.before()),
                    "after", num(c.after()), "change", c.change().replace('_', ' '))));
            r.progress().challenges().forEach(c -> scores.add(Map.of("label", c.id(), "before", num(c.before()),
                    "after", num(c.after()), "change", c.change().replace('_', ' '))));
            p.put("scores", scores);
            view.put("progress", p);
        }
        if (r.reservations() != null) {
            view.put("reservations", Map.of("rows", r.reservations().stream().map(v -> Map.of("criterion", v.criterion(),
                    "qualifier", v.qualifier(), "law", v.law(), "reason", v.reason())).toList()));
        }
        view.put("methodNote", r.methodNote());
        view.put("findingChapters", findings(r.findings(), catalogue));
        StringWriter out = new StringWriter();
        TEMPLATE.execute(out, view);
        return out.toString();
    }

    private static List<Map<String, Object>> groups(List<GroupSummary> groups, boolean chapters) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (GroupSummary g : groups) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", chapters ? "Chapter " + g.chapter() : g.id());
            m.put("title", g.title());
            m.put("score", g.score() == null ? "no score" : num(g.score()));
            m.put("completeness", g.completeness() == null ? "-" : num(g.completeness()) + "%");
            m.put("rating", g.rating() == null ? "-" : g.rating().wireName().replace('_', ' '));
            m.put("ratingCss", g.rating() == null ? "none" : g.rating().wireName());
            m.put("met", g.counts().get(Status.MET));
            m.put("partial", g.counts().get(Status.PARTIAL));
            m.put("gap", g.counts().get(Status.GAP));
            m.put("notReported", g.counts().get(Status.NOT_REPORTED));
            m.put("notApplicable", g.counts().get(Status.NOT_APPLICABLE) + g.counts().get(Status.NOT_ASSESSED));
            m.put("note", g.note());
            List<Map<String, Object>> indicators = new ArrayList<>();
            if (g.indicators() != null) {
                g.indicators().forEach(i -> indicators.add(Map.of("name", i.name(), "unit", i.unit(),
                        "values", i.display(), "direction", i.direction() == null ? "" : i.direction())));
            }
            m.put("indicators", indicators);
            out.add(m);
        }
        return out;
    }

    /** A horizontal bar per group, scaled 0-100; groups with no score get an empty, labelled row. */
    private static Map<String, Object> chart(List<GroupSummary> groups, boolean chapters) {
        List<Map<String, Object>> bars = new ArrayList<>();
        int row = 0;
        for (GroupSummary g : groups) {
            double score = g.score() == null ? 0 : g.score();
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("y", 10 + row * 22);
            bar.put("textY", 24 + row * 22);
            bar.put("label", chapters ? "Chapter " + g.chapter() : g.id());
            bar.put("width", Math.round(score / 100 * BAR_WIDTH));
            bar.put("value", g.score() == null ? "no score" : num(g.score()));
            bar.put("valueX", 130 + Math.round(score / 100 * BAR_WIDTH) + 6);
            bar.put("css", g.rating() == null ? "none" : g.rating().wireName());
            bars.add(bar);
            row++;
        }
        return Map.of("bars", bars, "height", 20 + row * 22, "title", chapters ? "Implementation score by chapter"
                : "Implementation score by 2019 challenge");
    }

    private static List<Map<String, Object>> findings(List<Finding> findings, Catalogue catalogue) {
        Map<Integer, List<Map<String, Object>>> byChapter = new LinkedHashMap<>();
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", f.recommendation());
            m.put("status", f.status().name());
            m.put("css", css(f.status()));
            m.put("score", f.score() == null ? null : num(f.score()));
            m.put("text", f.text());
            m.put("scope", catalogue.recommendation(f.recommendation()).map(x -> x.scopeNote()).orElse(null));
            m.put("reason", f.reason());
            m.put("challenges", f.challenges().isEmpty() ? null : String.join(", ", f.challenges()));
            List<Map<String, Object>> criteria = new ArrayList<>();
            for (CriterionResult c : f.criteria()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("id", c.id());
                cm.put("title", c.title());
                cm.put("status", c.status().name());
                cm.put("css", css(c.status()));
                cm.put("explanation", c.explanation());
                cm.put("cites", c.cites());
                cm.put("closes", c.closes());
                cm.put("basis", c.basis());
                cm.put("element", c.element());
                List<Map<String, Object>> notes = new ArrayList<>();
                for (ItemRead read : c.read()) {
                    if (read.note() != null || read.source() != null) {
                        Map<String, Object> n = new LinkedHashMap<>();
                        n.put("item", read.item());
                        n.put("note", read.note());
                        n.put("source", read.source() == null ? null : String.join("; ", java.util.stream.Stream.of(
                                read.source().document(), read.source().law(), read.source().url())
                                .filter(java.util.Objects::nonNull).toList()));
                        notes.add(n);
                    }
                }
                cm.put("notes", notes);
                criteria.add(cm);
            }
            m.put("criteria", criteria);
            byChapter.computeIfAbsent(f.chapter(), k -> new ArrayList<>()).add(m);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        byChapter.forEach((n, list) -> out.add(Map.of("number", n, "title",
                catalogue.chapter(n).map(c -> c.title()).orElse(""), "findings", list)));
        return out;
    }

    private static String css(Status s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String num(Double d) {
        return d == null ? "-" : String.valueOf(d);
    }
}
