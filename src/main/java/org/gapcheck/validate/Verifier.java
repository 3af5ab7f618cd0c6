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
import org.gapcheck.questionnaire.Item;

/**
 * Warnings in the manner of the Drools verifier: a criterion that no answer can meet, or that no
 * answer can fail, given its items' types and ranges (their {@link AnswerSpace}, skipped where it is too large); two criteria of one recommendation with the
 * same conditions; an item that no criterion reads.
 */
final class Verifier {

    private Verifier() {
    }

    static List<ValidationFinding> warnings(RulePack pack, Map<String, Integer> itemLines, String itemsFile,
                                            Function<CriterionDef, AnswerSpace> spaces) {
        List<ValidationFinding> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Set<String> read = new LinkedHashSet<>();
        for (CriterionDef c : pack.ruleBase().criteria()) {
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
}
