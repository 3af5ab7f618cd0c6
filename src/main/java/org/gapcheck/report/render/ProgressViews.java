package org.gapcheck.report.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gapcheck.engine.Status;
import org.gapcheck.report.Progress;
import org.gapcheck.report.render.Views.MovementView;
import org.gapcheck.report.render.Views.ScoreRow;
import org.gapcheck.report.render.Views.StatusChange;

/** Progress since the previous submission in words: each answer that moved, the scores then and now, the statuses that changed. */
final class ProgressViews {

    private final ReportTexts texts;

    ProgressViews(ReportTexts texts) {
        this.texts = texts;
    }

    /** Every movement in the report's order (regressions first): "Went backwards: question, all prisons to some prisons". */
    List<MovementView> movements(Progress p) {
        List<MovementView> out = new ArrayList<>();
        for (Progress.Movement m : p.movements()) {
            out.add(new MovementView(Words.movement(m.kind()), Words.movementCss(m.kind()), texts.question(m.item()), m.item(),
                    texts.answer(m.item(), m.before()), texts.answer(m.item(), m.after()), criteria(m.criteria())));
        }
        return out;
    }

    /** "3 criteria fell from met to partly met; 1 rose from gap to met", or null when no criterion moved. */
    static String criteria(List<Progress.CriterionChange> changes) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        Map<String, Integer> counted = new LinkedHashMap<>();
        for (Progress.CriterionChange c : changes) {
            Status before = Status.valueOf(c.before());
            Status after = Status.valueOf(c.after());
            String verb = before.judged() && after.judged() ? (after.rank() > before.rank() ? "rose" : "fell") : "went";
            counted.merge(verb + " from " + Words.statusInText(c.before()) + " to " + Words.statusInText(c.after()), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counted.forEach((what, n) -> parts.add((parts.isEmpty() ? Words.plural(n, "criterion", "criteria") : String.valueOf(n)) + " " + what));
        return String.join("; ", parts);
    }

    List<ScoreRow> chapters(Progress p) {
        return p.chapters().stream().map(c -> row("Chapter " + c.chapter(), Words.shortTitle(texts.chapterTitle(c.chapter())), c)).toList();
    }

    List<ScoreRow> challenges(Progress p) {
        return p.challenges().stream().map(c -> row(c.id(), texts.challengeTitle(c.id()), c)).toList();
    }

    private static ScoreRow row(String label, String title, Progress.ScoreChange c) {
        return new ScoreRow(label, title, Words.score(c.before()), Words.score(c.after()), Words.delta(c.delta()));
    }

    List<StatusChange> statusChanges(Progress p) {
        return p.recommendations().stream().map(c -> new StatusChange(c.recommendation(), Words.status(Status.valueOf(c.before())),
                Words.status(Status.valueOf(c.after())))).toList();
    }
}
