package org.gapcheck.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gapcheck.core.RulePack;
import org.gapcheck.engine.CriterionDef;
import org.gapcheck.engine.Tri;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.questionnaire.ItemType;
import org.gapcheck.submission.Answer;

/**
 * Warnings in the manner of the Drools verifier: a criterion that no answer can meet, or that no
 * answer can fail, given its items' types and ranges; two criteria of one recommendation with the
 * same conditions; an item that no criterion reads.
 */
final class Verifier {

    /** Above this many answer combinations a criterion is not enumerated (none in the shipped pack comes close). */
    private static final int MAX_COMBINATIONS = 20_000;

    private Verifier() {
    }

    static List<ValidationFinding> warnings(RulePack pack, Map<String, Integer> itemLines, String itemsFile) {
        List<ValidationFinding> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Set<String> read = new LinkedHashSet<>();
        for (CriterionDef c : pack.ruleBase().criteria()) {
            List<String> items = new ArrayList<>(c.met().items());
            if (c.partial() != null) {
                c.partial().items().stream().filter(i -> !items.contains(i)).forEach(items::add);
            }
            read.addAll(c.items()); // an item read only to rule a criterion out is read too
            String conditions = c.recommendation() + " | " + c.met().text() + " | " + (c.partial() == null ? "" : c.partial().text());
            String twin = seen.putIfAbsent(conditions, c.id());
            if (twin != null) {
                out.add(warning(c, "identical-conditions", "has the same conditions as " + twin));
            }
            Outcomes o = enumerate(pack, c, items);
            if (o == null) {
                continue;
            }
            if (!o.canMeet) {
                out.add(warning(c, "never-met", "no answer within the items' types and ranges can meet it: " + c.met().text()));
            }
            if (!o.canFail) {
                out.add(warning(c, "never-fails", "every answer within the items' types and ranges meets it at least partly"));
            }
        }
        for (Item item : pack.questionnaire().items()) {
            if (!read.contains(item.code()) && item.aspect() != org.gapcheck.questionnaire.Aspect.CONTEXT) {
                out.add(new ValidationFinding(ValidationFinding.WARNING, "unread-item", itemsFile.replace("N", chapterOf(pack, item)),
                        itemLines.get(item.code()), null, item.code(), "no criterion reads this item (mark it aspect: context if it is there to read the others)"));
            }
        }
        return out;
    }

    static String chapterOf(RulePack pack, Item item) {
        return pack.catalogue().recommendation(item.recommendations().get(0)).map(r -> String.valueOf(r.chapter())).orElse("N");
    }

    private static ValidationFinding warning(CriterionDef c, String check, String message) {
        return new ValidationFinding(ValidationFinding.WARNING, check, c.file(), c.line(), null, c.id(), message);
    }

    private record Outcomes(boolean canMeet, boolean canFail) {
    }

    /** Tries every combination of the answers that matter; null when there are too many. */
    private static Outcomes enumerate(RulePack pack, CriterionDef c, List<String> items) {
        List<List<Answer>> domains = new ArrayList<>();
        long combinations = 1;
        for (String code : items) {
            Item item = pack.questionnaire().item(code).orElseThrow();
            List<Answer> domain = domain(item, c);
            domains.add(domain);
            combinations *= domain.size();
            if (combinations > MAX_COMBINATIONS) {
                return null;
            }
        }
        boolean canMeet = false;
        boolean canFail = false;
        int[] index = new int[items.size()];
        Map<String, Answer> answers = new HashMap<>();
        while (true) {
            for (int i = 0; i < index.length; i++) {
                answers.put(items.get(i), domains.get(i).get(index[i]));
            }
            Tri met = c.met().test(answers::get);
            Tri partial = c.partial() == null ? Tri.FALSE : c.partial().test(answers::get);
            canMeet |= met == Tri.TRUE;
            canFail |= met == Tri.FALSE && partial == Tri.FALSE;
            if (canMeet && canFail) {
                return new Outcomes(true, true);
            }
            int i = 0;
            while (i < index.length && ++index[i] == domains.get(i).size()) {
                index[i++] = 0;
            }
            if (i == index.length) {
                return new Outcomes(canMeet, canFail);
            }
        }
    }

    /** The answers worth trying: every token, or the range ends and each figure compared with, either side. */
    private static List<Answer> domain(Item item, CriterionDef c) {
        List<Answer> out = new ArrayList<>();
        if (item.type() == ItemType.TEXT) {
            out.add(new Answer(item.code(), null, null, "text", null, null));
            return out;
        }
        if (!item.type().numeric()) {
            for (String token : item.allowedTokens()) {
                out.add(new Answer(item.code(), token, null, null, null, null));
                out.add(new Answer(item.code(), token, null, null, new org.gapcheck.submission.Source("d", null, null), null));
            }
            return out;
        }
        double min = item.type() == ItemType.YEAR ? 1900 : item.min();
        double max = item.type() == ItemType.YEAR ? 2035 : item.max();
        Set<Double> values = new LinkedHashSet<>(List.of(min, max));
        List<Double> figures = new ArrayList<>(c.met().figures(item.code()));
        if (c.partial() != null) {
            figures.addAll(c.partial().figures(item.code()));
        }
        figures.forEach(d -> values.addAll(List.of(d - 0.5, d, d + 0.5)));
        values.stream().filter(v -> v >= min && v <= max).forEach(v -> out.add(new Answer(item.code(), null, v, null, null, null)));
        if (item.type() == ItemType.YEAR) {
            out.add(new Answer(item.code(), Answer.NEVER, null, null, null, null));
        }
        return out;
    }
}
