package org.gapcheck.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.gapcheck.basis.References;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.Recommendation;
import org.gapcheck.pack.Budget;
import org.gapcheck.pack.PackSource;
import org.gapcheck.questionnaire.Questionnaire;
import org.kie.api.KieBase;
import org.kie.api.builder.KieBuilder;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The pack's DRL read once and built into a shared, read-only KieBase (see {@link CriteriaModel}),
 * with every criterion's metadata parsed and checked against the catalogue, the questionnaire and
 * the thresholds, and the indexes evaluations look criteria up by. Evaluations each draw their own
 * stateless session from it. The steps are apart: {@link DrlFiles} (which files, reading them),
 * {@link DrlReader} (parsing), {@link CriterionChecks} (metadata), {@link CriteriaModel} or
 * {@link KieCompile} (the KieBase).
 */
public final class RuleBase {

    public static final String DRL_DIR = DrlFiles.DRL_DIR;

    /** Evaluations draw reset sessions from a pool rather than building one each (BENCHMARKS.md: no measured difference either way). */
    private final KieSessionsPool sessions;
    /** Criteria in file order; a criterion's index here is how rules and verdicts refer to it. */
    private final List<CriterionDef> criteria;
    private final Map<String, Integer> indexByRuleName;
    private final Map<String, CriterionDef> byId;
    private final Map<String, Integer> order;
    private final List<Applicability> applicability;
    private final Map<String, Integer> applicabilityIndex;
    private final Thresholds thresholds;
    private final Map<String, List<String>> challengesByRecommendation;
    private final Map<String, int[]> criteriaByRecommendation;
    private final Map<String, Set<String>> recommendationsByItem;
    private final References references;
    private final int[] answerApplicability;

    private RuleBase(KieBase kieBase, List<DrlRule> criterionRules, List<CriterionDef> criteria, List<Applicability> applicability,
                     Catalogue catalogue, Thresholds thresholds, References references) {
        this.references = references;
        this.answerApplicability = IntStream.range(0, criteria.size())
                .filter(i -> criteria.get(i).notApplicableIf() != null).toArray();
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors() * 2);
        this.criteria = List.copyOf(criteria);
        Map<String, Integer> byName = new HashMap<>();
        Map<String, Integer> positions = new HashMap<>();
        Map<String, List<Integer>> byRecommendation = new LinkedHashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            byName.put(criterionRules.get(i).name(), i);
            positions.put(criteria.get(i).id(), i);
            byRecommendation.computeIfAbsent(criteria.get(i).recommendation(), k -> new ArrayList<>()).add(i);
        }
        this.indexByRuleName = Map.copyOf(byName);
        this.order = Map.copyOf(positions);
        this.byId = criteria.stream().collect(Collectors.toUnmodifiableMap(CriterionDef::id, c -> c));
        this.criteriaByRecommendation = byRecommendation.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> e.getValue().stream().mapToInt(Integer::intValue).toArray()));
        Map<String, Set<String>> byItem = new HashMap<>();
        for (CriterionDef c : criteria) {
            c.items().forEach(item -> byItem.computeIfAbsent(item, k -> new LinkedHashSet<>()).add(c.recommendation()));
        }
        this.recommendationsByItem = Map.copyOf(byItem);
        this.applicability = List.copyOf(applicability);
        Map<String, Integer> ruleIndex = new HashMap<>();
        applicability.forEach(a -> ruleIndex.put(a.name(), ruleIndex.size()));
        this.applicabilityIndex = Map.copyOf(ruleIndex);
        this.thresholds = thresholds;
        this.challengesByRecommendation = catalogue.recommendations().stream().collect(Collectors.toUnmodifiableMap(
                Recommendation::id, r -> catalogue.challengesOf(r.id()).stream().map(Catalogue.ChallengeRef::id).toList()));
    }

    public static String drlFile(int chapter) {
        return DrlFiles.file(chapter);
    }

    /** The DRL files of a pack: one per chapter, then the shared ones. */
    public static List<String> drlFiles(Catalogue catalogue) {
        return DrlFiles.of(catalogue);
    }

    /** A DRL file of the source as its build-time snapshot holds it (see {@code core.PackSnapshot}); a file with syntax errors throws them. */
    public static String drlSnapshot(PackSource source, String file, String text) {
        return DrlReader.snapshot(DrlReader.read(source.display(file), text));
    }

    /** The rule base as Gapcheck runs it: the pack's rules built as an executable model (see {@link CriteriaModel}). */
    public static RuleBase build(PackSource source, Catalogue catalogue, Questionnaire questionnaire, Thresholds thresholds) {
        return build(source, catalogue, questionnaire, thresholds, null, Budget.unlimited());
    }

    /** As {@link #build(PackSource, Catalogue, Questionnaire, Thresholds)}, stopping with {@link Budget.Exceeded} past the budget. */
    public static RuleBase build(PackSource source, Catalogue catalogue, Questionnaire questionnaire, Thresholds thresholds,
                                 Budget budget) {
        return build(source, catalogue, questionnaire, thresholds, null, budget);
    }

    /**
     * @param kieMode null for Gapcheck's executable model (the default), or a KIE project type
     *                ({@code ExecutableModelProject}, {@code DrlProject}) to compile the DRL as written
     *                instead, each criterion rule then testing its requirements in its consequence; the
     *                benchmarks compare these
     */
    public static RuleBase build(PackSource source, Catalogue catalogue, Questionnaire questionnaire, Thresholds thresholds,
                                 Class<? extends KieBuilder.ProjectType> kieMode) {
        return build(source, catalogue, questionnaire, thresholds, kieMode, Budget.unlimited());
    }

    private static RuleBase build(PackSource source, Catalogue catalogue, Questionnaire questionnaire, Thresholds thresholds,
                                  Class<? extends KieBuilder.ProjectType> kieMode, Budget budget) {
        DrlFiles.Read drl = DrlFiles.read(source, catalogue, budget);
        References references = References.load(source);
        CriterionChecks.Checked checked = CriterionChecks.check(drl.rules(), catalogue, questionnaire, thresholds, references, budget);
        budget.check();
        KieBase kieBase = kieMode == null ? CriteriaModel.build(checked.criteria(), checked.applicability(), budget)
                : KieCompile.compile(drl.texts(), source, kieMode);
        return new RuleBase(kieBase, checked.criterionRules(), checked.criteria(), checked.applicability(), catalogue, thresholds,
                references);
    }

    /** A stateless session drawn from the pool: what every evaluation runs in. */
    StatelessKieSession session() {
        return sessions.newStatelessKieSession();
    }

    /** Every criterion, in file order. */
    public List<CriterionDef> criteria() {
        return criteria;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    /** The standards and good practices criteria rest on. */
    public References references() {
        return references;
    }

    public CriterionDef criterionById(String id) {
        return byId.get(id);
    }

    int criterionIndex(String ruleName) {
        return indexByRuleName.get(ruleName);
    }

    Map<String, Integer> criterionOrder() {
        return order;
    }

    List<Applicability> applicability() {
        return applicability;
    }

    int applicabilityIndex(String ruleName) {
        return applicabilityIndex.get(ruleName);
    }

    /** The criteria that an answer can rule out ({@code @not_applicable_if}), by index. */
    int[] criteriaWithAnswerApplicability() {
        return answerApplicability;
    }

    int[] criteriaOf(String recommendationId) {
        return criteriaByRecommendation.getOrDefault(recommendationId, new int[0]);
    }

    /** The recommendations with a criterion that reads this item. */
    Set<String> recommendationsReading(String item) {
        return recommendationsByItem.getOrDefault(item, Set.of());
    }

    List<String> challengesOf(String recommendationId) {
        return challengesByRecommendation.getOrDefault(recommendationId, List.of());
    }
}
