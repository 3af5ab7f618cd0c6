package org.gapcheck.validate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What validate found about a pack: its findings by check, the coverage figures with the ids
 * left uncovered, and the fixtures it evaluated. Sound means no error (warnings are allowed).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ValidationReport(String pack, String version, boolean sound, int errors, int warnings,
                               List<String> checks, Coverage coverage, CriterionCoverage criteria,
                               List<FixtureResult> fixtures, List<ValidationFinding> findings) {

    /** Criteria judged (MET, PARTIAL or GAP) in at least one case or fixture: the scesim idea of rule coverage. */
    public record CriterionCoverage(int total, int judged, List<String> neverJudged) {
    }

    /** One fixture: how many expectations it had and how many differ. */
    public record FixtureResult(String file, int expectations, int differences) {
    }
}
