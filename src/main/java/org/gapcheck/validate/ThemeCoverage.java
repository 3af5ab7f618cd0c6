package org.gapcheck.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gapcheck.core.RulePack;
import org.gapcheck.engine.CriterionDef;
import org.gapcheck.engine.Status;
import org.gapcheck.pack.Budget;
import org.gapcheck.priorities.Theme;
import org.gapcheck.priorities.Themes;

/**
 * Every criterion that can be GAP belongs to a theme of {@code themes.yaml}, so that a gap can
 * always become a priority. A criterion whose answer space shows no GAP outcome may stay out; one
 * whose space is too large to enumerate is held to the rule.
 */
final class ThemeCoverage {

    static final String CHECK = "themes";

    private ThemeCoverage() {
    }

    static List<ValidationFinding> check(RulePack pack, Function<CriterionDef, AnswerSpace> spaces, Budget budget) {
        Map<String, Theme> themed = pack.themes().byCriterion();
        List<ValidationFinding> out = new ArrayList<>();
        for (CriterionDef c : pack.ruleBase().criteria()) {
            budget.check();
            if (themed.containsKey(c.id())) {
                continue;
            }
            AnswerSpace space = spaces.apply(c);
            if (space == null || Arrays.asList(space.statuses()).contains(Status.GAP)) {
                out.add(new ValidationFinding(ValidationFinding.ERROR, CHECK, "themes/unassigned", c.file(), c.line(), null, c.id(),
                        "can be GAP but belongs to no theme of " + Themes.FILE + ": add it to the theme whose ministry would act on it"));
            }
        }
        return out;
    }
}
