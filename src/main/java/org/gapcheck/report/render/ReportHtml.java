package org.gapcheck.report.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gapcheck.report.Progress;
import org.gapcheck.report.Report;
import org.gapcheck.report.render.Views.ChapterFindings;
import org.gapcheck.report.render.Views.GroupRow;
import org.gapcheck.report.render.Views.MovementView;

/**
 * The report as one self-contained, printable HTML file, for a minister's five minutes and an
 * analyst's week: the summary, the priorities and the progress on the first pages, then every
 * finding in words. No external resource; charts are inline SVG; one small inline script adds the
 * findings' filters (without it everything shows). The template escapes every value ({{...}}), so
 * user-supplied text such as notes stays text; the markup is well-formed XHTML, since the PDF is
 * laid out from the same file.
 */
public final class ReportHtml {

    private static final Mustache TEMPLATE = new DefaultMustacheFactory() {
        @Override
        public void encode(String value, Writer writer) {
            escape(value, writer);
        }
    }.compile("templates/report.html.mustache");
    /** Where the service serves the filter script (application.yml, static resources under /assets/). */
    public static final String SCRIPT_PATH = "/assets/report-filter.js";
    private static final String SCRIPT = org.gapcheck.text.Classpath.text("/assets/report-filter.js");
    /** Movements shown before the rest is folded away. */
    static final int MOVEMENTS_SHOWN = 12;

    private ReportHtml() {
    }

    /** The report as one self-contained file: its filter script inline (for the CLI, the PDF). */
    public static String render(Report r, ReportTexts texts) {
        return render(r, texts, null);
    }

    /**
     * The report as the service answers it: its filter script by reference to {@link #SCRIPT_PATH}, since the
     * service's Content-Security-Policy runs no inline script; the page reads whole without it.
     */
    public static String served(Report r, ReportTexts texts) {
        return render(r, texts, SCRIPT_PATH);
    }

    private static String render(Report r, ReportTexts texts, String scriptSrc) {
        SummaryViews summary = new SummaryViews(texts);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", r.countryName() == null ? r.country() : r.countryName());
        view.put("code", r.countryName() == null ? null : r.country());
        view.put("year", r.reportingYear());
        view.put("region", r.regionName() == null ? "Region not named" : r.regionName());
        view.put("pack", r.pack());
        view.put("packVersion", r.packVersion());
        view.put("evaluatedAt", Words.when(r.evaluatedAt()));
        view.put("sha", r.submissionSha256());
        view.put("summary", r.summary());
        view.put("figures", SummaryViews.headline(r.headline()));
        view.put("total", r.findings().size());
        view.put("counts", SummaryViews.counts(r.counts()));
        List<GroupRow> chapters = summary.chapters(r.chapters());
        List<GroupRow> challenges = summary.challenges(r.challenges());
        view.put("chapters", chapters);
        view.put("ratingLegend", texts.ratingLegend());
        view.put("challenges", challenges);
        view.put("chapterChart", Charts.of("Score of each chapter, 0 to 100, with its rating; the table below gives the same figures",
                chapters, true));
        view.put("challengeChart", Charts.of("Score of each 2019 challenge, 0 to 100, with its rating; the table below gives the same figures",
                challenges, false));
        List<Views.PriorityView> priorities = summary.priorities(r.priorities());
        view.put("priorities", priorities);
        view.put("anyPriorities", !priorities.isEmpty());
        if (r.progress() != null) {
            view.put("progress", progress(r.progress(), new ProgressViews(texts)));
        }
        view.put("indicators", SummaryViews.indicators(r));
        if (r.reservations() != null) {
            view.put("reservations", Map.of("rows", r.reservations()));
        }
        List<ChapterFindings> findings = new FindingViews(texts).chapters(r.findings());
        view.put("findingChapters", findings.stream().map(c -> chapter(c, chapters)).toList());
        view.put("filterChallenges", challenges);
        view.put("actions", r.actions() == null || r.actions().isEmpty() ? null : r.actions().size());
        view.put("methodNote", Prose.of(r.methodNote()));
        view.put("scriptSrc", scriptSrc);
        view.put("script", scriptSrc == null ? SCRIPT : null);
        StringWriter out = new StringWriter();
        TEMPLATE.execute(out, view);
        return out.toString();
    }

    private static Map<String, Object> progress(Progress p, ProgressViews views) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<MovementView> all = views.movements(p);
        m.put("year", p.previousYear());
        m.put("count", all.size());
        m.put("backwards", all.stream().filter(v -> "g".equals(v.css())).count());
        m.put("forwards", all.stream().filter(v -> "m".equals(v.css())).count());
        m.put("first", all.subList(0, Math.min(MOVEMENTS_SHOWN, all.size())));
        if (all.size() > MOVEMENTS_SHOWN) {
            m.put("rest", Map.of("count", all.size() - MOVEMENTS_SHOWN, "rows", all.subList(MOVEMENTS_SHOWN, all.size())));
        }
        m.put("chapters", views.chapters(p));
        m.put("challenges", views.challenges(p));
        List<Views.StatusChange> changes = views.statusChanges(p);
        if (!changes.isEmpty()) {
            m.put("changes", Map.of("count", changes.size(), "rows", changes));
        }
        return m;
    }

    /** A chapter of findings with its counts in words, from the chapter's row of the summary. */
    private static Map<String, Object> chapter(ChapterFindings c, List<GroupRow> rows) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", c.number());
        m.put("title", c.title());
        m.put("open", c.open());
        m.put("closed", c.closed().isEmpty() ? null : Map.of("count", c.closed().size(), "rows", c.closed()));
        rows.stream().filter(r -> r.id().equals("ch" + c.number())).findFirst().ifPresent(r -> m.put("line",
                Words.plural(c.open().size() + c.closed().size(), "recommendation", "recommendations") + ": " + r.met() + " met, "
                        + r.partial() + " partly met, " + r.gap() + " with a gap, " + r.notReported() + " not reported, " + r.other()
                        + " not applicable or not assessed. Score " + r.score() + " (" + r.rating().toLowerCase(java.util.Locale.ROOT)
                        + "); reporting completeness " + r.completeness() + "."));
        return m;
    }

    /**
     * Escapes what markup needs (the template quotes every attribute with double quotes) and no more:
     * Mustache's default also writes "=", "'" and "`" as entities, which cost bytes in every apostrophe.
     */
    static void escape(String value, Writer writer) {
        try {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '&' -> writer.write("&amp;");
                    case '<' -> writer.write("&lt;");
                    case '>' -> writer.write("&gt;");
                    case '"' -> writer.write("&quot;");
                    default -> writer.write(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
