package org.gapcheck.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.gapcheck.submission.Answer;

/**
 * A condition over questionnaire answers, written in a criterion's metadata, e.g.
 * {@code DR.NSP_SYRINGES_PER_PWID >= threshold(nsp_syringes_per_pwid)} or
 * {@code DR.OAT_POLICY == yes and DR.OAT_IN_PRISONS in [yes, partly]}. It is evaluated in
 * three-valued logic, so an unanswered item makes it unknown, never false; and it reports
 * itself in the machine-readable form that explanations carry.
 */
public sealed interface Requirement {

    /** Evaluates against answers by item code; a missing or not-known answer is unknown. */
    Tri test(Function<String, Answer> answers);

    /** Every item the requirement reads. */
    Set<String> items();

    /** The expression as written, normalised. */
    String text();

    /** The machine-readable form: {item, operator, value} for one comparison, {all|any: [...]} for compounds. */
    Map<String, Object> machine();

    /**
     * The year a relative threshold counts back from when the answers carry none (validate's
     * enumerations): any year serves, as long as testing and {@link #figures} use the same one.
     */
    int YEAR_WHEN_NONE_REPORTED = 2026;

    /**
     * Every figure an item is compared with (thresholds included): where its answers change outcome.
     * A relative threshold's figure is counted from {@link #YEAR_WHEN_NONE_REPORTED}.
     */
    default java.util.List<Double> figures(String item) {
        java.util.List<Double> out = new java.util.ArrayList<>();
        if (this instanceof Comparison c && c.item().equals(item) && c.value() instanceof Double) {
            out.add(c.limit(YEAR_WHEN_NONE_REPORTED));
        } else if (this instanceof Group g) {
            g.parts().forEach(p -> out.addAll(p.figures(item)));
        }
        return out;
    }

    /** Every comparison in the requirement, in the order written. */
    default java.util.List<Comparison> comparisons() {
        if (this instanceof Comparison c) {
            return java.util.List.of(c);
        }
        java.util.List<Comparison> out = new java.util.ArrayList<>();
        ((Group) this).parts().forEach(p -> out.addAll(p.comparisons()));
        return out;
    }

    /**
     * One item compared with a value, a list of values, or a named threshold; {@code relative}: the
     * value counts years before the reporting year.
     */
    record Comparison(String item, String operator, Object value, String threshold, boolean relative) implements Requirement {

        /** The figure an answer is compared with, in a submission for this reporting year. */
        double limit(int reportingYear) {
            double v = (Double) value;
            return relative ? reportingYear - v : v;
        }

        @Override
        public Tri test(Function<String, Answer> answers) {
            Answer answer = answers.apply(item);
            if (answer == null || answer.notKnown()) {
                return Tri.UNKNOWN;
            }
            if ("documented".equals(operator)) {
                return Tri.of(answer.source() != null);
            }
            if (answer.number() != null && value instanceof Double) {
                double limit = limit(answers instanceof Answers a ? a.reportingYear() : YEAR_WHEN_NONE_REPORTED);
                double v = answer.number();
                return Tri.of(switch (operator) {
                    case ">=" -> v >= limit;
                    case ">" -> v > limit;
                    case "<=" -> v <= limit;
                    case "<" -> v < limit;
                    default -> v == limit;
                });
            }
            if (answer.token() != null) {
                return Tri.of(value instanceof List<?> list ? list.contains(answer.token()) : answer.token().equals(value));
            }
            if (answer.text() != null && "present".equals(operator)) {
                return Tri.TRUE;
            }
            return Tri.FALSE;
        }

        @Override
        public Set<String> items() {
            return Set.of(item);
        }

        @Override
        public String text() {
            if (operator.equals("present") || operator.equals("documented")) {
                return item + " " + operator;
            }
            String shown = relative ? "reporting year - " + RequirementParser.plain(value) + " [threshold " + threshold + "]"
                    : threshold != null ? RequirementParser.plain(value) + " [threshold " + threshold + "]"
                    : value instanceof List<?> list ? list.toString() : RequirementParser.plain(value);
            return item + " " + operator + " " + shown;
        }

        @Override
        public Map<String, Object> machine() {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            out.put("item", item);
            out.put("operator", operator);
            if (value != null) {
                out.put("value", value instanceof Double d && d == Math.rint(d) ? (Object) d.longValue() : value);
            }
            if (threshold != null) {
                out.put("threshold", threshold);
            }
            if (relative) {
                out.put("relative_to", Threshold.REPORTING_YEAR);
            }
            return out;
        }
    }

    /** Parts joined by "and" (all must hold) or "or" (one must hold). */
    record Group(boolean all, List<Requirement> parts) implements Requirement {
        @Override
        public Tri test(Function<String, Answer> answers) {
            Tri result = all ? Tri.TRUE : Tri.FALSE;
            for (Requirement part : parts) {
                Tri t = part.test(answers);
                result = all ? result.and(t) : result.or(t);
            }
            return result;
        }

        @Override
        public Set<String> items() {
            return RequirementParser.union(parts);
        }

        @Override
        public String text() {
            return RequirementParser.join(parts, all ? " and " : " or ");
        }

        @Override
        public Map<String, Object> machine() {
            // Ordered, so that a report is the same bytes in every run (Map.of iterates in a per-JVM order).
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            out.put("expression", text());
            out.put(all ? "all" : "any", parts.stream().map(Requirement::machine).toList());
            return out;
        }
    }
}
