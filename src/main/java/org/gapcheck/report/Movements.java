package org.gapcheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gapcheck.engine.CriterionResult;
import org.gapcheck.engine.Finding;
import org.gapcheck.questionnaire.Indicator;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.questionnaire.Questionnaire;
import org.gapcheck.submission.Answer;
import org.gapcheck.submission.IndicatorSeries;
import org.gapcheck.text.Numbers;

/**
 * Progress at the level of answers and indicators: every item whose answer changed since the
 * previous submission, with the criteria reading it whose status moved, and every situation
 * indicator whose latest figure moved. A change is a regression when a criterion reading it fell,
 * an introduction when a measure went from absent or "no" to in place, otherwise an improvement
 * or a worsening by the item's direction; regressions first, then worsenings, introductions,
 * improvements and other changes, the weightiest criteria first within each.
 */
final class Movements {

    private static final Set<String> ABSENT = Set.of("no", Answer.NOT_KNOWN, Answer.NEVER, "none", "not_started");
    private static final List<String> ORDER = List.of(Progress.REGRESSED, Progress.WORSENED, Progress.INTRODUCED,
            Progress.IMPROVED, Progress.CHANGED);

    private final Questionnaire questionnaire;

    Movements(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    List<Progress.Movement> between(ReportBuilder.EvaluatedSubmission then, ReportBuilder.EvaluatedSubmission now) {
        Map<String, CriterionResult> before = criteria(then.findings());
        Map<String, CriterionResult> after = criteria(now.findings());
        List<Ranked> out = new ArrayList<>();
        for (Item item : questionnaire.items()) {
            Answer a = then.submission().answers().get(item.code());
            Answer b = now.submission().answers().get(item.code());
            String was = a == null ? null : a.display();
            String is = b == null ? null : b.display();
            if (Objects.equals(was, is)) {
                continue;
            }
            List<Progress.CriterionChange> moved = new ArrayList<>();
            int weight = 0;
            for (CriterionResult c : after.values()) {
                CriterionResult old = before.get(c.id());
                if (old == null || old.status() == c.status() || c.read().stream().noneMatch(r -> r.item().equals(item.code()))) {
                    continue;
                }
                moved.add(new Progress.CriterionChange(c.id(), old.status().name(), c.status().name()));
                weight = Math.max(weight, c.weight() * (1 + (c.challenges() == null ? 0 : c.challenges().size())));
            }
            String kind = kind(item, a, b, moved);
            out.add(new Ranked(new Progress.Movement(kind, item.code(), item.question(), was, is, item.unit(), moved), weight));
        }
        for (Indicator i : questionnaire.indicators()) {
            Double was = latest(then.submission().indicators().get(i.code()));
            Double is = latest(now.submission().indicators().get(i.code()));
            if (was == null || is == null || was.equals(is)) {
                continue;
            }
            String kind = direction(i.better(), was, is);
            out.add(new Ranked(new Progress.Movement(kind, i.code(), i.name(), Numbers.plain(was), Numbers.plain(is), i.unit(), List.of()), 0));
        }
        out.sort(Comparator.comparingInt((Ranked r) -> ORDER.indexOf(r.movement().kind())).thenComparing(Comparator.comparingInt(Ranked::weight).reversed()));
        return out.stream().map(Ranked::movement).toList();
    }

    private record Ranked(Progress.Movement movement, int weight) {
    }

    private static String kind(Item item, Answer was, Answer is, List<Progress.CriterionChange> moved) {
        boolean fell = moved.stream().anyMatch(m -> rank(m.after()) > 0 && rank(m.after()) < rank(m.before()));
        if (fell) {
            return Progress.REGRESSED;
        }
        boolean absentBefore = was == null || (was.token() != null && ABSENT.contains(was.token()));
        boolean presentNow = is != null && is.token() != null && !ABSENT.contains(is.token());
        if (absentBefore && presentNow) {
            return Progress.INTRODUCED;
        }
        if (moved.stream().anyMatch(m -> rank(m.before()) > 0 && rank(m.after()) > rank(m.before()))) {
            return Progress.IMPROVED;
        }
        if (was != null && is != null && was.number() != null && is.number() != null) {
            return direction(item.better(), was.number(), is.number());
        }
        return Progress.CHANGED;
    }

    private static String direction(String better, double was, double is) {
        if ("higher".equals(better)) {
            return is > was ? Progress.IMPROVED : Progress.WORSENED;
        }
        if ("lower".equals(better)) {
            return is < was ? Progress.IMPROVED : Progress.WORSENED;
        }
        return Progress.CHANGED;
    }

    /** A status's place for progress: judged statuses by credit; unjudged ones neither rise nor fall. */
    private static int rank(String status) {
        return switch (status) {
            case "MET" -> 3;
            case "PARTIAL" -> 2;
            case "GAP" -> 1;
            default -> 0;
        };
    }

    private static Double latest(IndicatorSeries series) {
        return series == null || series.values().isEmpty() ? null : series.values().get(series.values().lastKey());
    }

    private static Map<String, CriterionResult> criteria(List<Finding> findings) {
        Map<String, CriterionResult> out = new HashMap<>();
        findings.forEach(f -> f.criteria().forEach(c -> out.put(c.id(), c)));
        return out;
    }
}
