package org.gapcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.gapcheck.core.RulePack;
import org.gapcheck.engine.CriterionDef;
import org.gapcheck.priorities.Theme;

/**
 * What a criterion says, the same for every submission: what a lean report's id-to-status map
 * points at ({@code GET /api/criteria}). The words it cites, what meets it and what closes it,
 * what it rests on, where its rule is written, and the theme its gaps are ranked under.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CriterionText(String id, String recommendation, String title, String cites, String closes, String source,
                            String rule, String basis, String role, String qualifier, int weight, List<String> challenges,
                            String theme, String requires, Map<String, Object> requirement, Map<String, Object> partialRequirement) {

    /** Every criterion of a pack, in rule order. */
    public static List<CriterionText> of(RulePack pack) {
        Map<String, Theme> themes = pack.themes().byCriterion();
        return pack.ruleBase().criteria().stream().map(c -> of(c, themes.get(c.id()))).toList();
    }

    private static CriterionText of(CriterionDef c, Theme theme) {
        return new CriterionText(c.id(), c.recommendation(), c.title(), c.cites(), c.closes(), c.source(), c.location(),
                c.basis() == null ? null : c.basis().toString(), c.role(), c.qualifier(), c.weight(), c.challenges(),
                theme == null ? null : theme.id(), c.needs(), c.metMachine(), c.partialMachine());
    }
}
