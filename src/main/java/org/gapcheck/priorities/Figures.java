package org.gapcheck.priorities;

import org.gapcheck.text.Numbers;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gapcheck.basis.Standard;
import org.gapcheck.engine.RuleBase;
import org.gapcheck.engine.Status;
import org.gapcheck.engine.Threshold;

/**
 * Where a State stands on a theme, in words a report prints: the figure now, the figure asked, and
 * its source. A threshold theme shows the reported figure against the published one; any other
 * theme counts its measures met against all of them, citing its standard or the recommendations.
 */
public final class Figures {

    /** The three lines a priority shows. */
    public record Stand(String now, String asked, String source) {
    }

    private final RuleBase ruleBase;

    public Figures(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    Stand stand(Theme theme, Measure measure, List<PriorityRanker.Share> shares) {
        String counted = counted(shares);
        return switch (measure.kind()) {
            case THRESHOLD -> {
                Threshold t = ruleBase.thresholds().threshold(measure.ref()).orElseThrow();
                Optional<PriorityRanker.Figure> figure = shares.stream().map(PriorityRanker.Share::figure).flatMap(Optional::stream).findFirst();
                String operator = figure.map(PriorityRanker.Figure::operator).orElse(">=");
                String now = figure.map(f -> Numbers.plain(f.value()) + " " + t.unit()).orElse("no figure given, " + counted);
                yield new Stand(now, (operator.startsWith("<") ? "at most " : "at least ") + Numbers.plain(t.value()) + " " + t.unit(), t.standard());
            }
            case STANDARD -> {
                Standard s = ruleBase.references().standard(measure.ref()).orElseThrow();
                yield new Stand(counted, all(shares), s.title() + " (" + s.issuingBody() + ", " + s.year()
                        + (s.citation() == null ? "" : "; " + s.citation()) + ")");
            }
            case TEXT -> {
                Set<String> sources = new LinkedHashSet<>();
                shares.forEach(s -> sources.add(s.result().source()));
                yield new Stand(counted, all(shares), String.join("; ", sources));
            }
        };
    }

    private static String all(List<PriorityRanker.Share> shares) {
        return shares.size() == 1 ? "the measure met" : "all " + shares.size() + " measures met";
    }

    /** "3 of 8 measures met, 2 partly". */
    private static String counted(List<PriorityRanker.Share> shares) {
        long met = shares.stream().filter(s -> s.result().status() == Status.MET).count();
        long partly = shares.stream().filter(s -> s.result().status() == Status.PARTIAL).count();
        return met + " of " + shares.size() + (shares.size() == 1 ? " measure" : " measures") + " met" + (partly > 0 ? ", " + partly + " partly" : "");
    }
}
