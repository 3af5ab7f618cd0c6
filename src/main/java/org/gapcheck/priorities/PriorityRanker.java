package org.gapcheck.priorities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gapcheck.engine.CriterionDef;
import org.gapcheck.engine.CriterionResult;
import org.gapcheck.engine.Finding;
import org.gapcheck.engine.ItemRead;
import org.gapcheck.engine.Requirement;
import org.gapcheck.engine.RuleBase;
import org.gapcheck.engine.Status;

/**
 * Ranks the themes of a submission's findings into at most {@link #MAX} priorities. Each judged
 * criterion of a theme scores
 * <pre>  gap x weight x (1 + the number of 2019 challenges the criterion serves)</pre>
 * where {@code gap} (0-1) is the shortfall of the reported figure against the theme's threshold,
 * relative to the threshold ({@code (40 - 19) / 40} for coverage of 19 against 40; for a ceiling,
 * the excess relative to the figure), for a criterion that compares an item with that threshold
 * and whose figure was reported; otherwise one minus the criterion's credit (GAP 1, PARTIAL 0.5,
 * MET 0). A criterion that is met by its text can so still leave a theme short of its standard;
 * criteria not reported, not applicable or not assessed count for nothing. A theme's score is its
 * largest criterion score (its most serious shortfall, so that a wide theme of small gaps does not
 * outrank a deep one); ties go to the larger sum over the theme, then to the order of themes.yaml.
 */
public final class PriorityRanker {

    public static final int MAX = 5;
    private static final int STEPS = 3;

    private final Themes themes;
    private final RuleBase ruleBase;
    private final Figures figures;

    public PriorityRanker(Themes themes, RuleBase ruleBase, Figures figures) {
        this.themes = themes;
        this.ruleBase = ruleBase;
        this.figures = figures;
    }

    /** One criterion's share of its theme's score. */
    record Share(CriterionResult result, double gap, double points, Optional<Figure> figure) {
    }

    private record Ranked(Priority priority, double total) {
    }

    /** A reported figure set against the theme's threshold. */
    record Figure(double value, String operator, double asked, String item) {
    }

    public List<Priority> rank(List<Finding> findings) {
        Map<String, CriterionResult> results = new LinkedHashMap<>();
        findings.forEach(f -> f.criteria().forEach(c -> results.put(c.id(), c)));
        List<Ranked> ranked = new ArrayList<>();
        for (Theme theme : themes.themes()) {
            Measure measure = Measure.parse(theme.standard()).orElseThrow();
            List<Share> shares = new ArrayList<>();
            for (String id : theme.criteria()) {
                CriterionResult r = results.get(id);
                if (r != null && r.status().judged()) {
                    shares.add(share(r, measure));
                }
            }
            double score = shares.stream().mapToDouble(Share::points).max().orElse(0);
            if (score > 0) {
                ranked.add(new Ranked(priority(theme, measure, shares, score), shares.stream().mapToDouble(Share::points).sum()));
            }
        }
        // Stable sort: equal scores and sums keep the order of themes.yaml.
        ranked.sort(Comparator.comparingDouble((Ranked r) -> r.priority().score()).thenComparingDouble(Ranked::total).reversed());
        List<Priority> out = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX, ranked.size()); i++) {
            Priority p = ranked.get(i).priority();
            out.add(new Priority(i + 1, p.theme(), p.title(), p.owner(), p.score(), p.now(), p.asked(), p.source(), p.criteria(),
                    p.steps(), p.recommendations(), p.challenges()));
        }
        return out;
    }

    private Share share(CriterionResult r, Measure measure) {
        Optional<Figure> figure = measure.kind() == Measure.Kind.THRESHOLD ? figure(r, measure.ref()) : Optional.empty();
        double gap = figure.map(PriorityRanker::shortfall).orElse(1 - r.status().credit());
        int challenges = r.challenges() == null ? 0 : r.challenges().size();
        return new Share(r, gap, gap * r.weight() * (1 + challenges), figure);
    }

    /** The reported figure a criterion compares with the threshold, when it was reported as a number. */
    private Optional<Figure> figure(CriterionResult r, String threshold) {
        CriterionDef def = ruleBase.criterionById(r.id());
        List<Requirement.Comparison> comparisons = new ArrayList<>(def.met().comparisons());
        if (def.partial() != null) {
            comparisons.addAll(def.partial().comparisons());
        }
        for (Requirement.Comparison c : comparisons) {
            if (!threshold.equals(c.threshold())) {
                continue;
            }
            for (ItemRead read : r.read()) {
                if (read.item().equals(c.item()) && ItemRead.ANSWERED.equals(read.state())) {
                    try {
                        double asked = ruleBase.thresholds().value(threshold).orElseThrow();
                        return Optional.of(new Figure(Double.parseDouble(read.value()), c.operator(), asked, c.item()));
                    } catch (NumberFormatException notANumber) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** How far a figure falls short of what is asked, from 0 (there) to 1 (nothing). */
    static double shortfall(Figure f) {
        boolean ceiling = f.operator().startsWith("<");
        double gap = ceiling ? (f.value() <= f.asked() || f.value() == 0 ? 0 : (f.value() - f.asked()) / f.value())
                : (f.value() >= f.asked() || f.asked() == 0 ? 0 : (f.asked() - f.value()) / f.asked());
        return Math.max(0, Math.min(1, gap));
    }

    private Priority priority(Theme theme, Measure measure, List<Share> shares, double score) {
        List<Share> ordered = shares.stream().filter(s -> s.points() > 0)
                .sorted(Comparator.comparingDouble(Share::points).reversed()).toList();
        Set<String> recommendations = new LinkedHashSet<>();
        Set<String> challenges = new LinkedHashSet<>();
        List<String> steps = new ArrayList<>();
        for (Share s : ordered) {
            recommendations.add(s.result().recommendation());
            if (s.result().challenges() != null) {
                challenges.addAll(s.result().challenges());
            }
            String closes = ruleBase.criterionById(s.result().id()).closes();
            if (steps.size() < STEPS && closes != null && !steps.contains(closes)) {
                steps.add(closes);
            }
        }
        Figures.Stand stand = figures.stand(theme, measure, shares);
        return new Priority(0, theme.id(), theme.title(), themes.ownerName(theme.owner()), Math.round(score * 100) / 100.0,
                stand.now(), stand.asked(), stand.source(), ordered.stream().map(s -> s.result().id()).toList(), steps,
                List.copyOf(recommendations), challenges.stream().sorted().toList());
    }
}
