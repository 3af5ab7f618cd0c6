package org.gapcheck.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gapcheck.catalogue.Recommendation;
import org.gapcheck.core.RulePack;
import org.gapcheck.engine.CriterionDef;
import org.gapcheck.pack.Budget;
import org.gapcheck.engine.Requirement;
import org.gapcheck.engine.Status;
import org.gapcheck.engine.Tri;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.questionnaire.ItemType;
import org.gapcheck.submission.Answer;
import org.gapcheck.submission.Source;

/**
 * The reading rules of {@code rules/REVIEW.md}, checked on every criterion: it says what it rests
 * on and whether it is operative or an element; under "consider" a documented consideration meets
 * it; no figure of the pack's own choosing makes it GAP, nor holds an operative criterion below MET
 * ({@link OwnFigures}); a better answer never scores worse; figures are compared in the direction
 * their item declares; and items and criteria agree on what informs what. A defect is an error, or
 * a warning while the criterion is listed in {@code review-pending.yaml}.
 */
final class ReadingRules {

    static final List<String> CHECKS = List.of("basis", "role", "consider", "own-figure", "operative-figure", "monotonic",
            "better-direction", "item-links", "review-pending");

    private static final Pattern CONSIDER = Pattern.compile("\\bconsider(ing)?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(\\s|$)");
    /** A call on other actors that opens a clause of its own ("..., and call upon States parties to ..."): "consider" does not reach past it. */
    private static final Pattern NEW_CALL = Pattern.compile("\\band (call upon|calls upon|encourage|urge|invite|request)\\b",
            Pattern.CASE_INSENSITIVE);

    private final RulePack pack;
    private final ReviewPending pending;
    private final Map<String, Integer> itemLines;
    private final Function<Item, String> itemsFile;
    private final Function<CriterionDef, AnswerSpace> spaces;
    private final List<ValidationFinding> out = new ArrayList<>();

    private ReadingRules(RulePack pack, ReviewPending pending, Map<String, Integer> itemLines, Function<Item, String> itemsFile,
                         Function<CriterionDef, AnswerSpace> spaces) {
        this.pack = pack;
        this.pending = pending;
        this.itemLines = itemLines;
        this.itemsFile = itemsFile;
        this.spaces = spaces;
    }

    /** @param spaces each criterion's answer space (null where it has too many combinations), shared with the verifier */
    static List<ValidationFinding> check(RulePack pack, ReviewPending pending, Map<String, Integer> itemLines,
                                         Function<Item, String> itemsFile, Function<CriterionDef, AnswerSpace> spaces, Budget budget) {
        ReadingRules rules = new ReadingRules(pack, pending, itemLines, itemsFile, spaces);
        for (CriterionDef c : pack.ruleBase().criteria()) {
            budget.check();
            rules.criterion(c);
        }
        rules.itemLinks();
        rules.out.addAll(pending.problems(pack));
        return rules.out;
    }

    private void criterion(CriterionDef c) {
        if (c.basis() == null) {
            defect(c, "basis", "has no @basis: 'text' when the cited words demand it, or the 'standard: ID' or 'good_practice: ID' it rests on");
        }
        if (c.role() == null) {
            defect(c, "role", "has no @role: 'operative' when it tests the obligation the text states, 'element' when it tests an example"
                    + " the text introduces with such as, including or as appropriate");
        }
        consider(c);
        report(c, "operative-figure", OwnFigures.operative(c, pack));
        betterDirection(c);
        AnswerSpace e = spaces.apply(c);
        if (e == null) {
            defect(c, "monotonic", "reads too many answer combinations to be checked (over " + AnswerSpace.MAX_COMBINATIONS + "): split it");
            return;
        }
        report(c, "own-figure", OwnFigures.gap(c, e, pack));
        monotonic(c, e);
    }

    // ---- consider: a documented consideration satisfies the clause

    private void consider(CriterionDef c) {
        Recommendation r = pack.catalogue().recommendation(c.recommendation()).orElseThrow();
        String text = squash(r.text());
        int at = text.indexOf(squash(c.cites()));
        if (at < 0) {
            return;
        }
        int sentenceStart = 0;
        Matcher end = SENTENCE_END.matcher(text);
        while (end.find() && end.end() <= at) {
            sentenceStart = end.end();
        }
        String before = text.substring(sentenceStart, at);
        Matcher consider = CONSIDER.matcher(before);
        int lastConsider = -1;
        while (consider.find()) {
            lastConsider = consider.end();
        }
        if (lastConsider < 0) {
            return;
        }
        // The new call may open the cited words themselves ("encourage the exchange ...").
        String between = before.substring(lastConsider) + text.substring(at, Math.min(text.length(), at + 40));
        if (lastConsider < 0 || NEW_CALL.matcher(between).find()) {
            return;
        }
        List<String> considerItems = c.items().stream()
                .filter(code -> item(code).type() == ItemType.YES_CONSIDERED_NO).toList();
        if (considerItems.isEmpty()) {
            defect(c, "consider", "cites words under \"consider\" but reads no yes/considered/no item, so a documented consideration cannot meet it");
            return;
        }
        Map<String, Answer> answers = new HashMap<>();
        considerItems.forEach(code -> answers.put(code, new Answer(code, "considered", null, null, new Source("documented", null, null), null)));
        if (c.met().test(answers::get) != Tri.TRUE) {
            defect(c, "consider", "cites words under \"consider\", but a documented 'considered' answer to " + considerItems
                    + " does not meet it: " + c.met().text());
        }
    }

    // ---- better: figures compared in the direction their item declares

    private void betterDirection(CriterionDef c) {
        List<Requirement.Comparison> comparisons = new ArrayList<>();
        collect(c.met(), comparisons);
        if (c.partial() != null) {
            collect(c.partial(), comparisons);
        }
        for (Requirement.Comparison k : comparisons) {
            Item item = item(k.item());
            if (!item.type().numeric()) {
                continue;
            }
            String better = item.better();
            boolean fits = switch (k.operator()) {
                case ">=", ">" -> "higher".equals(better);
                case "<=", "<" -> "lower".equals(better);
                default -> false;
            };
            if (!fits) {
                defect(c, "better-direction", "compares " + k.item() + " " + k.operator() + " although the item declares better: " + better
                        + " (use " + ("lower".equals(better) ? "<= or <" : ">= or >") + ", or declare the direction the figure improves in)");
            }
        }
    }

    // ---- monotonic: a better answer never scores worse

    private void monotonic(CriterionDef c, AnswerSpace e) {
        Status[] statuses = e.statuses();
        for (int index = 0; index < statuses.length; index++) {
            Status before = statuses[index];
            if (!before.judged()) {
                continue;
            }
            for (int i = 0; i < e.items.size(); i++) {
                for (int next : e.successors(index, i)) {
                    Status after = statuses[next];
                    // Ruled out by the better answer is no worse; every combination answers every item, so none is unreported.
                    if (after.judged() && after.credit() < before.credit()) {
                        defect(c, "monotonic", "a better answer scores worse: " + e.items.get(i) + " " + AnswerSpace.display(e.answer(index, i))
                                + " scores " + before + " but " + AnswerSpace.display(e.answer(next, i)) + " scores " + after
                                + " (other answers: " + e.describe(index) + ")");
                        return;
                    }
                }
            }
        }
    }

    // ---- item links: one source of truth for what informs what

    private void itemLinks() {
        Map<String, Set<String>> readBy = new LinkedHashMap<>();
        for (CriterionDef c : pack.ruleBase().criteria()) {
            for (String code : c.items()) {
                readBy.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(c.recommendation());
                if (!item(code).recommendations().contains(c.recommendation())) {
                    defect(c, "item-links", "reads " + code + ", which the questionnaire does not list as informing " + c.recommendation()
                            + ": add " + c.recommendation() + " to the item's recommendations");
                }
            }
        }
        for (Item item : pack.questionnaire().items()) {
            Set<String> reading = readBy.getOrDefault(item.code(), Set.of());
            for (String r : item.recommendations()) {
                if (reading.contains(r) || item.aspect() == org.gapcheck.questionnaire.Aspect.CONTEXT) {
                    continue;
                }
                boolean settled = pack.ruleBase().criteria().stream().filter(c -> c.recommendation().equals(r)).noneMatch(c -> pending.contains(c.id()));
                out.add(new ValidationFinding(settled ? ValidationFinding.ERROR : ValidationFinding.WARNING, "item-links", "reading/item-links",
                        itemsFile.apply(item),
                        itemLines.get(item.code()), null, item.code(), "lists " + r + ", but no criterion of " + r
                        + " reads it: read it there, or drop the link"));
            }
        }
    }

    // ---- shared

    private void report(CriterionDef c, String check, String messageOrNull) {
        if (messageOrNull != null) {
            defect(c, check, messageOrNull);
        }
    }

    private void defect(CriterionDef c, String check, String message) {
        out.add(new ValidationFinding(pending.contains(c.id()) ? ValidationFinding.WARNING : ValidationFinding.ERROR, check, "reading/" + check,
                c.file(), c.line(), null, c.id(), message));
    }

    private Item item(String code) {
        return pack.questionnaire().item(code).orElseThrow();
    }

    static void collect(Requirement r, List<Requirement.Comparison> into) {
        if (r instanceof Requirement.Comparison k) {
            into.add(k);
        } else {
            ((Requirement.Group) r).parts().forEach(p -> collect(p, into));
        }
    }

    static String squash(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
