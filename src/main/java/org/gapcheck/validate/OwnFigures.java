package org.gapcheck.validate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.gapcheck.core.RulePack;
import org.gapcheck.engine.CriterionDef;
import org.gapcheck.engine.Requirement;
import org.gapcheck.engine.Status;
import org.gapcheck.engine.Threshold;
import org.gapcheck.engine.Tri;
import org.gapcheck.questionnaire.ItemType;
import org.gapcheck.submission.Answer;

/**
 * Reading rule 6 of {@code rules/REVIEW.md}, for {@link ReadingRules}: a figure the pack chose
 * itself (a threshold marked {@code own_choice}) never makes a criterion GAP [own-figure], and never
 * stands in an operative criterion's {@code @met} [operative-figure], where it would hold a State
 * whose answer meets the text below MET. Each check answers the defect's message, or null.
 */
final class OwnFigures {

    private OwnFigures() {
    }

    // ---- own-figure: a figure no standard names never makes a gap

    /** Where some answers make the criterion GAP only because of an own figure, what is wrong; else null. */
    static String gap(CriterionDef c, AnswerSpace e, RulePack pack) {
        Set<String> own = new LinkedHashSet<>();
        for (Threshold t : pack.ruleBase().thresholds().thresholds()) {
            // "At least one" (0 or 1) asks whether a thing happens at all, which is no chosen figure.
            if (t.ownChoice() != null && t.value() != 0 && t.value() != 1) {
                own.add(t.id());
            }
        }
        Status[] statuses = e.statuses();
        String found = null;
        for (int index = 0; index < statuses.length && found == null; index++) {
            if (statuses[index] != Status.GAP) {
                continue;
            }
            Function<String, Answer> answers = e.answers(index);
            Status relaxed = Status.of(relaxed(c.met(), answers, own), c.partial() == null ? Tri.FALSE : relaxed(c.partial(), answers, own));
            found = relaxed == Status.MET || relaxed == Status.PARTIAL ? e.describe(index) : null;
        }
        if (found == null) {
            return null;
        }
        List<String> figures = new ArrayList<>();
        collectOwn(c.met(), own, figures);
        if (c.partial() != null) {
            collectOwn(c.partial(), own, figures);
        }
        return "is GAP only because of a figure of the pack's own choosing " + figures + " when " + found
                + ": such a figure may separate PARTIAL from MET, never make a gap";
    }

    /** The requirement's value with every comparison to an own figure taken as met. */
    private static Tri relaxed(Requirement r, Function<String, Answer> answers, Set<String> own) {
        if (r instanceof Requirement.Comparison k) {
            return ownFigure(k, own) ? Tri.TRUE : k.test(answers);
        }
        Requirement.Group g = (Requirement.Group) r;
        Tri result = g.all() ? Tri.TRUE : Tri.FALSE;
        for (Requirement part : g.parts()) {
            Tri t = relaxed(part, answers, own);
            result = g.all() ? result.and(t) : result.or(t);
        }
        return result;
    }

    /** A comparison with an own-choice threshold, or with a literal figure other than 0 or 1 (which no standard names either). */
    private static boolean ownFigure(Requirement.Comparison k, Set<String> own) {
        if (k.threshold() != null) {
            return own.contains(k.threshold());
        }
        return k.value() instanceof Double d && d != 0 && d != 1;
    }

    private static void collectOwn(Requirement r, Set<String> own, List<String> figures) {
        List<Requirement.Comparison> all = new ArrayList<>();
        ReadingRules.collect(r, all);
        all.stream().filter(k -> ownFigure(k, own)).map(Requirement.Comparison::text).filter(t -> !figures.contains(t)).forEach(figures::add);
    }

    // ---- operative-figure: an operative criterion's MET bar is the text's, never a figure of the pack's own

    /**
     * An operative criterion tests the obligation the text states, so its {@code @met} compares with no
     * threshold marked {@code own_choice}: a State whose answer meets the words would be held at PARTIAL
     * by a figure no standard names. The one exception is "at least one" of a count ({@code >= 1} on a
     * number item), which asks whether the thing happens at all. The own figure belongs in an element
     * criterion beside it. Answers what is wrong, or null.
     */
    static String operative(CriterionDef c, RulePack pack) {
        if (!CriterionDef.OPERATIVE.equals(c.role())) {
            return null;
        }
        List<Requirement.Comparison> comparisons = new ArrayList<>();
        ReadingRules.collect(c.met(), comparisons);
        List<String> figures = new ArrayList<>();
        for (Requirement.Comparison k : comparisons) {
            Threshold t = k.threshold() == null ? null : pack.ruleBase().thresholds().threshold(k.threshold()).orElse(null);
            if (t != null && t.ownChoice() != null && !anyOfACount(k, t, pack) && !figures.contains(k.text())) {
                figures.add(k.text());
            }
        }
        return figures.isEmpty() ? null : "is operative but its @met compares with a figure of the pack's own choosing " + figures
                + ", so an answer that meets the text is held below MET: test the text's own bar here (any, > 0, at least once)"
                + " and carry the figure in an element criterion beside it";
    }

    /** "At least one" of a count: the least positive figure, which asks whether the thing happens at all. */
    private static boolean anyOfACount(Requirement.Comparison k, Threshold t, RulePack pack) {
        return t.value() != null && t.value() == 1 && ">=".equals(k.operator()) && !t.relative()
                && pack.questionnaire().item(k.item()).map(i -> i.type() == ItemType.NUMBER).orElse(false);
    }
}
