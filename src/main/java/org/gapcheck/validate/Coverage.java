package org.gapcheck.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gapcheck.catalogue.Recommendation;
import org.gapcheck.core.RulePack;
import org.gapcheck.engine.CriterionDef;

/**
 * How much of the catalogue the pack checks and tests: member-state recommendations with a
 * criterion, with a case showing MET, and with a case showing GAP or PARTIAL.
 */
public record Coverage(int recommendations, List<String> withoutCriterion, List<String> withoutMetCase,
                       List<String> withoutGapCase) {

    public static Coverage of(RulePack pack, List<CaseResult> results) {
        List<String> ids = pack.catalogue().recommendations().stream().filter(Recommendation::forMemberStates)
                .map(Recommendation::id).toList();
        Set<String> encoded = pack.ruleBase().criteria().stream().map(CriterionDef::recommendation).collect(Collectors.toSet());
        Set<String> met = results.stream().filter(r -> r.passed() && r.actual().equals("MET"))
                .map(CaseResult::recommendation).collect(Collectors.toSet());
        Set<String> gap = results.stream().filter(r -> r.passed() && (r.actual().equals("GAP") || r.actual().equals("PARTIAL")))
                .map(CaseResult::recommendation).collect(Collectors.toSet());
        return new Coverage(ids.size(), missing(ids, encoded), missing(ids, met), missing(ids, gap));
    }

    private static List<String> missing(List<String> ids, Set<String> present) {
        return new ArrayList<>(ids.stream().filter(id -> !present.contains(id)).toList());
    }

    public boolean complete() {
        return withoutCriterion.isEmpty() && withoutMetCase.isEmpty() && withoutGapCase.isEmpty();
    }

    public static String percent(int covered, int total) {
        return total == 0 ? "100%" : String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * covered / total);
    }
}
