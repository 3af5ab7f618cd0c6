package org.gapcheck.report.render;

import java.util.List;
import org.gapcheck.report.Progress;
import org.gapcheck.report.Report;
import org.gapcheck.report.render.Views.AnswerView;
import org.gapcheck.report.render.Views.ChapterFindings;
import org.gapcheck.report.render.Views.CriterionView;
import org.gapcheck.report.render.Views.FindingView;
import org.gapcheck.report.render.Views.GroupRow;
import org.gapcheck.report.render.Views.PriorityView;
import org.gapcheck.report.render.Views.ScoreRow;

/**
 * The report as Markdown: the same content as the HTML in the same order (summary, what to do
 * first, progress, indicators, reservations, findings in words, method), for wikis,
 * e-mail and version control. Codes only in backticks, beside the words.
 */
public final class ReportMarkdown {

    private ReportMarkdown() {
    }

    public static String render(Report r, ReportTexts texts) {
        SummaryViews summary = new SummaryViews(texts);
        StringBuilder md = new StringBuilder();
        md.append("# Gap report: ").append(text(r.countryName() == null ? r.country() : r.countryName()))
                .append(r.countryName() == null ? "" : " `" + r.country() + "`").append(", ").append(r.reportingYear()).append("\n\n");
        md.append(text(r.regionName() == null ? "Region not named" : r.regionName()))
                .append(r.progress() == null ? "" : " · compared with the " + r.progress().previousYear() + " submission")
                .append(" · rule pack ").append(r.pack()).append(' ').append(r.packVersion()).append(" · evaluated ").append(Words.when(r.evaluatedAt())).append("\n\n");
        md.append("## Summary\n\n").append(text(r.summary())).append("\n\n");
        SummaryViews.headline(r.headline()).forEach(f -> md.append("- **").append(f.n()).append("** ").append(f.what()).append('\n'));
        md.append("\nBy recommendation, of ").append(r.findings().size()).append(": ").append(String.join(", ",
                SummaryViews.counts(r.counts()).stream().map(c -> c.n() + " " + c.status().toLowerCase(java.util.Locale.ROOT)).toList())).append(".\n");
        md.append("\n### Chapters of the 2016 outcome document\n\n");
        groups(md, summary.chapters(r.chapters()), "Chapter", true);
        md.append("\n### Challenges of the 2019 Ministerial Declaration\n\n");
        groups(md, summary.challenges(r.challenges()), "Challenge", false);
        md.append("\nScores on a scale of 0 to 100. Policy: criteria that read only laws and policies; implementation: criteria that read what is done. An en dash: none judged. ")
                .append(texts.ratingLegend()).append('\n');
        md.append("\n## What to do first\n");
        List<PriorityView> priorities = summary.priorities(r.priorities());
        if (priorities.isEmpty()) {
            md.append("\nNo theme has an unmet criterion.\n");
        }
        for (PriorityView p : priorities) {
            md.append("\n### ").append(p.rank()).append(". ").append(text(p.title())).append("\n\nLead: ").append(text(p.owner())).append("\n\n")
                    .append("- **Now:** ").append(text(p.now())).append("\n- **Asked:** ").append(text(p.asked()))
                    .append("\n- **Source:** ").append(text(p.source())).append("\n\nSteps:\n\n");
            p.steps().forEach(s -> md.append("1. ").append(text(s)).append('\n'));
            md.append("\nRecommendations ").append(String.join(", ", p.recommendations())).append("; 2019 challenges: ")
                    .append(String.join("; ", p.challenges().stream().map(c -> text(c.title()) + " `" + c.id() + "`").toList()))
                    .append(". Criteria `").append(p.criteria()).append("`.\n");
        }
        if (r.progress() != null) {
            progress(md, r.progress(), new ProgressViews(texts));
        }
        md.append("\n## Situation indicators\n\n| indicator | reported | trend |\n| --- | --- | --- |\n");
        SummaryViews.indicators(r).forEach(i -> md.append("| ").append(text(i.name())).append(" `").append(i.challenge()).append("` | ")
                .append(text(i.values())).append(" | ").append(i.trend()).append(" |\n"));
        if (r.reservations() != null) {
            md.append("\n## Reservations\n\nMeasures the text leaves to the State, reserved for this reporting cycle: not gaps.\n\n")
                    .append("| criterion | qualifier of the text | law | reason |\n| --- | --- | --- | --- |\n");
            r.reservations().forEach(v -> md.append("| `").append(v.criterion()).append("` | ").append(text(v.qualifier())).append(" | ")
                    .append(text(v.law())).append(" | ").append(text(v.reason())).append(" |\n"));
        }
        md.append("\n## Findings by recommendation\n");
        for (ChapterFindings c : new FindingViews(texts).chapters(r.findings())) {
            md.append("\n### Chapter ").append(c.number()).append(". ").append(text(c.title())).append('\n');
            c.open().forEach(f -> finding(md, f));
            if (!c.closed().isEmpty()) {
                md.append("\n**Met, not applicable or not assessed in chapter ").append(c.number()).append(":**\n");
                c.closed().forEach(f -> finding(md, f));
            }
        }
        md.append("\n## Method\n\n").append(r.methodNote() == null ? "" : Prose.of(r.methodNote()).markdown()).append("\n\n");
        if (r.actions() != null && !r.actions().isEmpty()) {
            md.append("The JSON report lists all ").append(r.actions().size())
                    .append(" actions that would close unmet criteria, with the answers each would change.\n\n");
        }
        md.append("Made by Gapcheck with rule pack ").append(r.pack()).append(' ').append(r.packVersion()).append(" on ")
                .append(Words.when(r.evaluatedAt())).append(". Submission SHA-256 `").append(r.submissionSha256())
                .append("`. Not reported is a gap in reporting, never a gap in policy.\n");
        return md.toString();
    }

    private static void groups(StringBuilder md, List<GroupRow> rows, String what, boolean chapters) {
        md.append("| ").append(what).append(" | score | policy | implementation | rating | reported |\n| --- | --- | --- | --- | --- | --- |\n");
        for (GroupRow g : rows) {
            md.append("| ").append(chapters ? g.label() + ". " + text(g.title()) : text(g.title()) + " `" + g.id() + "`")
                    .append(g.note() == null ? "" : " (" + g.note().markdown() + ")").append(" | ").append(g.score()).append(" | ")
                    .append(g.policy()).append(" | ").append(g.implementation()).append(" | ").append(g.rating()).append(" | ")
                    .append(g.completeness()).append(" |\n");
        }
    }

    private static void progress(StringBuilder md, Progress p, ProgressViews views) {
        md.append("\n## Progress since ").append(p.previousYear()).append("\n\n");
        views.movements(p).forEach(m -> md.append("- **").append(m.kind()).append(":** ").append(text(m.question())).append(" `")
                .append(m.item()).append("`: ").append(text(m.before())).append(" → ").append(text(m.after()))
                .append(m.criteria() == null ? "" : " (" + m.criteria() + ")").append('\n'));
        md.append("\n| chapter or challenge | ").append(p.previousYear()).append(" | now | change |\n| --- | --- | --- | --- |\n");
        for (List<ScoreRow> rows : List.of(views.chapters(p), views.challenges(p))) {
            rows.forEach(s -> md.append("| ").append(s.label()).append(' ').append(text(s.title())).append(" | ").append(s.before())
                    .append(" | ").append(s.after()).append(" | ").append(s.change()).append(" |\n"));
        }
        List<Views.StatusChange> changes = views.statusChanges(p);
        if (!changes.isEmpty()) {
            md.append("\nRecommendations that changed status: ").append(String.join("; ", changes.stream()
                    .map(c -> c.recommendation() + " " + c.before().toLowerCase(java.util.Locale.ROOT) + " → "
                            + c.after().toLowerCase(java.util.Locale.ROOT)).toList())).append(".\n");
        }
    }

    private static void finding(StringBuilder md, FindingView f) {
        md.append("\n#### ").append(f.id()).append(": ").append(f.status()).append(f.score() == null ? "" : " (score " + f.score() + " of 100)")
                .append(f.challenges().isEmpty() ? "" : " `" + f.challengeList() + "`").append("\n\n> ").append(text(f.text())).append("\n\n");
        if (f.scope() != null) {
            md.append("*Scope:* ").append(f.scope().markdown()).append("\n\n");
        }
        if (f.reason() != null) {
            md.append(f.reason().markdown()).append("\n\n");
        }
        for (CriterionView c : f.open()) {
            md.append("- **").append(c.status()).append(":** ").append(text(c.title())).append(c.element() ? " (an example the text names)" : "");
            if (c.cites() != null) {
                md.append(" The text: “").append(text(c.cites())).append("”.");
            }
            for (AnswerView a : c.answers()) {
                md.append(" Asked: ").append(text(a.question())).append(" **Answer: ").append(text(a.answer())).append("**");
                md.append(a.note() == null ? "" : " Note: " + text(a.note()) + ".").append(a.source() == null ? "" : " Source: " + text(a.source()) + ".");
            }
            md.append(c.reason() == null ? "" : " " + c.reason().markdown()).append(c.closes() == null ? "" : " *To close:* " + text(c.closes()))
                    .append(c.basis() == null ? "" : " Basis: " + text(c.basis()) + ".").append(" `").append(c.codes()).append("`\n");
        }
        if (!f.met().isEmpty()) {
            md.append(f.open().isEmpty() ? "" : "- " + f.metLabel() + ":\n");
            String indent = f.open().isEmpty() ? "- " : "  - ";
            f.met().forEach(c -> {
                md.append(indent).append(text(c.title())).append(c.element() ? " (an example the text names)" : "")
                        .append(c.answerLine() == null ? "" : " Answer: " + text(c.answerLine()) + ".");
                c.answers().forEach(a -> md.append(a.note() == null ? "" : " Note: " + text(a.note()) + ".")
                        .append(a.source() == null ? "" : " Source: " + text(a.source()) + "."));
                md.append(" `").append(c.id()).append("`\n");
            });
        }
    }

    /** User-supplied text in Markdown: no raw HTML, no table breaks. */
    static String text(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|").replace("\n", " ");
    }
}
