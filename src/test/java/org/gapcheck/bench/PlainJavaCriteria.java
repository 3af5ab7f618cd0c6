package org.gapcheck.bench;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gapcheck.engine.CriterionDef;
import org.gapcheck.engine.Status;
import org.gapcheck.engine.Tri;
import org.gapcheck.submission.Answer;

/**
 * The practical lower bound of benchmark 2: the same criteria held as data, judged by a plain
 * loop into an array of statuses, with no rule engine, no explanations and no roll-up.
 */
final class PlainJavaCriteria {

    private final CriterionDef[] criteria;

    PlainJavaCriteria(List<CriterionDef> criteria) {
        this.criteria = criteria.toArray(CriterionDef[]::new);
    }

    /** Statuses in the order of the criteria given to the constructor. */
    Status[] evaluate(Map<String, Answer> answers) {
        Function<String, Answer> lookup = answers::get;
        Status[] out = new Status[criteria.length];
        for (int i = 0; i < criteria.length; i++) {
            CriterionDef def = criteria[i];
            Tri met = def.met().test(lookup);
            Tri partial = def.partial() == null ? null : def.partial().test(lookup);
            out[i] = status(met, partial);
        }
        return out;
    }

    /** The status exactly as CriterionDef.status decides it; a null partial is a criterion without one. */
    static Status status(Tri met, Tri partial) {
        if (met == Tri.TRUE) {
            return Status.MET;
        }
        if (partial == Tri.TRUE) {
            return Status.PARTIAL;
        }
        if (met == Tri.FALSE && (partial == null || partial == Tri.FALSE)) {
            return Status.GAP;
        }
        return Status.NOT_REPORTED;
    }
}
