package org.gapcheck.report.render;

import java.util.List;
import java.util.Map;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.engine.CriterionResult;
import org.gapcheck.engine.Finding;
import org.gapcheck.engine.ItemRead;
import org.gapcheck.engine.Status;
import org.gapcheck.report.Action;
import org.gapcheck.report.GroupSummary;
import org.gapcheck.report.Progress;
import org.gapcheck.report.Report;

/** The report as Markdown: the same content as the HTML, for wikis, e-mail and version control. */
public final class ReportMarkdown {

    private static final int ACTIONS_SHOWN = 10;

    private ReportMarkdown() {
    }

    public static String render(Report r, Catalogue catalogue) {
        StringBuilder md = new StringBuilder();
        md.append("# Gap report: ").append(text(r.country())).append(", ").append(r.reportingYear()).append("\n\n");
        md.append("Rule pack ").append(r.pack()).append(' ').append(r.packVersion()).append("; evaluated ")
                .append(r.evaluatedAt()).append("; submission SHA-256 `").append(r.submissionSha256()).append("`.\n\n");
        md.append(counts(r.counts())).append("\n");
        md.append("\n## Chapters of the 2016 outcome document\n\n");
        table(md, r.chapters(), true);
        md.append("\n## Challenges of the 2019 Ministerial Declaration\n\n");
        table(md, r.challenges(), false);
        for (GroupSummary c : r.challenges()) {
            if (c.indicators() != null && !c.indicators().isEmpty()) {
                c.indicators().forEach(i -> md.append("- ").append(c.id()).append(", ").append(i.name()).append(": ")
                        .append(i.display()).append(" (").append(i.unit()).append(")")
                        .append(i.direction() == null ? "" : ", " + i.direction()).append('\n'));
            }
        }
        md.append("\n## Actions that would close the most gaps\n\n");
        List<Action> top = r.actions().subList(0, Math.min(ACTIONS_SHOWN, r.actions().size()));
        if (top.isEmpty()) {
            md.append("No unmet criterion.\n");
        }
        for (Action a : top) {
            md.append(a.rank()).append(". ").append(a.closes()).append(" Moves ")
                    .append(a.recommendationsMoved().isEmpty() ? "no recommendation's status by itself"
                            : String.join(", ", a.recommendationsMoved()))
                    .append(a.challengesMoved().isEmpty() ? "" : "; challenges " + String.join(", ", a.challengesMoved()))
                    .append(". (").append(String.join(", ", a.criteria())).append(")\n");
        }
        if (r.actions().size() > top.size()) {
            md.append("\n").append(r.actions().size() - top.size()).append(" more in the JSON report.\n");
        }
        if (r.progress() != null) {
            Progress p = r.progress();
            md.append("\n## Progress since ").append(p.previousYear()).append("\n\n");
            md.append("- Closed gaps: ").append(list(p.closedGaps())).append("\n- New gaps: ").append(list(p.newGaps())).append('\n');
            p.recommendations().forEach(c -> md.append("- ").append(c.recommendation()).append(": ").append(c.before())
                    .append(" -> ").append(c.after()).append(" (").append(c.change().replace('_', ' ')).append(")\n"));
            md.append("\n| chapter | then | now | change |\n| --- | --- | --- | --- |\n");
            p.chapters().forEach(c -> md.append("| ").append(c.chapter()).append(" | ").append(num(c.before())).append(" | ")
                    .append(num(c.after())).append(" | ").append(c.change().replace('_', ' ')).append(" |\n"));
        }
        if (r.reservations() != null) {
            md.append("\n## Reservations\n\nMeasures the text leaves to the State, reserved for this reporting cycle: not gaps.\n\n")
                    .append("| criterion | qualifier of the text | law | reason |\n| --- | --- | --- | --- |\n");
            r.reservations().forEach(v -> md.append("| `").append(v.criterion()).append("` | ").append(text(v.qualifier())).append(" | ")
                    .append(text(v.law())).append(" | ").append(text(v.reason())).append(" |\n"));
        }
        md.append("\n## Method\n\n").append(text(r.methodNote())).append("\n");
        md.append("\n## Findings\n");
        int chapter = 0;
        for (Finding f : r.findings()) {
            if (f.chapter() != chapter) {
                chapter = f.chapter();
                md.append("\n### Chapter ").append(chapter).append(". ")
                        .append(catalogue.chapter(chapter).map(c -> c.title()).orElse("")).append("\n");
            }
            md.append("\n#### ").append(f.recommendation()).append(": ").append(f.status())
                    .append(f.score() == null ? "" : " (score " + f.score() + ")").append("\n\n> ").append(f.text()).append("\n\n");
            if (f.reason() != null) {
                md.append(text(f.reason())).append("\n\n");
            }
            String scope = catalogue.recommendation(f.recommendation()).map(x -> x.scopeNote()).orElse(null);
            if (scope != null) {
                md.append("*Scope:* ").append(text(scope)).append("\n\n");
            }
            for (CriterionResult c : f.criteria()) {
                md.append("- **").append(c.status()).append("** `").append(c.id()).append("` ").append(c.title())
                        .append(c.element() ? " (an example the text names)" : "").append(": ").append(text(c.explanation()));
                if (c.basis() != null) {
                    md.append(" Basis: ").append(c.basis()).append('.');
                }
                if (c.closes() != null) {
                    md.append(" *To close:* ").append(c.closes());
                }
                for (ItemRead read : c.read()) {
                    if (read.note() != null) {
                        md.append(" Note on ").append(read.item()).append(": ").append(text(read.note())).append('.');
                    }
                }
                md.append('\n');
            }
        }
        return md.toString();
    }

    private static void table(StringBuilder md, List<GroupSummary> groups, boolean chapters) {
        md.append("| ").append(chapters ? "chapter" : "challenge").append(" | score | completeness | rating | MET | PARTIAL | GAP | not reported | n/a |\n");
        md.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (GroupSummary g : groups) {
            md.append("| ").append(chapters ? g.chapter() + ". " : g.id() + " ").append(text(g.title())).append(" | ")
                    .append(g.score() == null ? "no score" : num(g.score())).append(" | ")
                    .append(g.completeness() == null ? "-" : num(g.completeness()) + "%").append(" | ")
                    .append(g.rating() == null ? "-" : g.rating().wireName().replace('_', ' ')).append(" | ")
                    .append(g.counts().get(Status.MET)).append(" | ").append(g.counts().get(Status.PARTIAL)).append(" | ")
                    .append(g.counts().get(Status.GAP)).append(" | ").append(g.counts().get(Status.NOT_REPORTED)).append(" | ")
                    .append(g.counts().get(Status.NOT_APPLICABLE) + g.counts().get(Status.NOT_ASSESSED)).append(" |\n");
        }
    }

    private static String counts(Map<Status, Long> counts) {
        StringBuilder out = new StringBuilder();
        counts.forEach((s, n) -> out.append(out.length() == 0 ? "" : ", ").append(s).append(' ').append(n));
        return out.toString();
    }

    private static String list(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }

    private static String num(Double d) {
        return d == null ? "-" : String.valueOf(d);
    }

    /** User-supplied text in Markdown: no raw HTML, no table breaks. */
    static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|").replace("\n", " ");
    }
}
