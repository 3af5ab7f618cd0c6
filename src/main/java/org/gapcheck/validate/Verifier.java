package org.gapcheck.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.gapcheck.core.RulePack;
import org.gapcheck.engine.CriterionDef;
import org.gapcheck.engine.Status;
import org.gapcheck.pack.Budget;
import org.gapcheck.questionnaire.Item;

/**
 * Warnings in the manner of the Drools verifier: a criterion that no answer can meet, or that no
 * answer can fail, given its items' types and ranges (their {@link AnswerSpace}, skipped where it is too large); two criteria of one recommendation with the
 * same conditions; an item that no criterion reads.
 */
final class Verifier {

    private Verifier() {
    }

    /**
     * @param itemsFile the file an item is defined in, as findings name it
     * @param spaces    each criterion's answer space (null where it has too many combinations)
     */
    static List<ValidationFinding> warnings(RulePack pack, Map<String, Integer> itemLines, Function<Item, String> itemsFile,
                                            Function<CriterionDef, AnswerSpace> spaces, Budget budget) {
        List<ValidationFinding> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Set<String> read = new LinkedHashSet<>();
        for (CriterionDef c : pack.ruleBase().criteria()) {
            budget.check();
            read.addAll(c.items()); // an item read only to rule a criterion out is read too
            String conditions = c.recommendation() + " | " + c.met().text() + " | " + (c.partial() == null ? "" : c.partial().text());
            String twin = seen.putIfAbsent(conditions, c.id());
            if (twin != null) {
                out.add(warning(c, "identical-conditions", "has the same conditions as " + twin));
            }
            AnswerSpace space = spaces.apply(c);
            if (space == null) {
                continue;
            }
            List<Status> outcomes = Arrays.asList(space.statuses());
            if (!outcomes.contains(Status.MET)) {
                out.add(warning(c, "never-met", "no answer within the items' types and ranges can meet it: " + c.met().text()));
            }
            if (!outcomes.contains(Status.GAP)) {
                out.add(warning(c, "never-fails", "every answer within the items' types and ranges meets it at least partly"));
            }
        }
        for (Item item : pack.questionnaire().items()) {
            if (!read.contains(item.code()) && item.aspect() != org.gapcheck.questionnaire.Aspect.CONTEXT) {
                out.add(new ValidationFinding(ValidationFinding.WARNING, "unread-item", "verifier/unread-item", itemsFile.apply(item),
                        itemLines.get(item.code()), null, item.code(), "no criterion reads this item (mark it aspect: context if it is there to read the others)"));
            }
        }
        return out;
    }

    private static ValidationFinding warning(CriterionDef c, String check, String message) {
        return new ValidationFinding(ValidationFinding.WARNING, check, "verifier/" + check, c.file(), c.line(), null, c.id(), message);
    }
}
