package org.gapcheck.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.Objects;
import org.gapcheck.basis.Basis;
import org.gapcheck.basis.References;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.Challenge;
import org.gapcheck.catalogue.Chapter;
import org.gapcheck.catalogue.Recommendation;
import org.gapcheck.pack.PackLoadException;
import org.gapcheck.pack.PackProblem;
import org.gapcheck.pack.PackSource;
import org.gapcheck.questionnaire.Questionnaire;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The pack's DRL read once and built into a shared, read-only KieBase (see {@link CriteriaModel}),
 * with every criterion's metadata parsed and checked against the catalogue, the questionnaire and
 * the thresholds. Evaluations each draw their own stateless session from it.
 */
public final class RuleBase {

    public static final String DRL_DIR = "drl/";
    public static final List<String> SHARED_FILES = List.of("applicability.drl");
    private static final String KIE_FOLDER = "src/main/resources/org/gapcheck/rules/";
    private static final Pattern CRITERION_ID = Pattern.compile("([1-9]\\([a-z]{1,2}\\))\\.[a-z0-9_]+");
    private static final Pattern SAYS = Pattern.compile("says\\(\\s*\"([^\"]*)\"\\s*,\\s*\"([^\"]*)\"\\s*\\)");
    private static final Set<String> CRITERION_META = Set.of("recommendation", "cites", "met", "partial", "closes", "weight", "challenges",
            "basis", "role", "qualifier", "not_applicable_if", "not_applicable_reason");

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
        this.answerApplicability = java.util.stream.IntStream.range(0, criteria.size())
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
            c.items().forEach(item -> byItem.computeIfAbsent(item, k -> new java.util.LinkedHashSet<>()).add(c.recommendation()));
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
        return DRL_DIR + "chapter-" + chapter + ".drl";
    }

    /** The DRL files of a pack: one per chapter, then the shared ones. */
    public static List<String> drlFiles(Catalogue catalogue) {
        List<String> files = new ArrayList<>();
        catalogue.chapters().stream().map(Chapter::number).forEach(n -> files.add(drlFile(n)));
        SHARED_FILES.forEach(f -> files.add(DRL_DIR + f));
        return files;
    }

    /** A DRL file of the source as its build-time snapshot holds it (see {@code core.PackSnapshot}); a file with syntax errors throws them. */
    public static String drlSnapshot(PackSource source, String file, String text) {
        return DrlReader.snapshot(DrlReader.read(source.display(file), text));
    }

    /** The rule base as Gapcheck runs it: the pack's rules built as an executable model (see {@link CriteriaModel}). */
    public static RuleBase build(PackSource source, Catalogue catalogue, Questionnaire questionnaire, Thresholds thresholds) {
        return build(source, catalogue, questionnaire, thresholds, null);
    }

    /**
     * @param kieMode null for Gapcheck's executable model (the default), or a KIE project type
     *                ({@code ExecutableModelProject}, {@code DrlProject}) to compile the DRL as written
     *                instead, each criterion rule then testing its requirements in its consequence; the
     *                benchmarks compare these
     */
    public static RuleBase build(PackSource source, Catalogue catalogue, Questionnaire questionnaire, Thresholds thresholds,
                                 Class<? extends KieBuilder.ProjectType> kieMode) {
        List<PackProblem> problems = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String file : drlFiles(catalogue)) {
            source.read(file).ifPresentOrElse(text -> texts.put(file, text),
                    () -> problems.add(new PackProblem(source.display(file), 0, 0, null, "file is missing")));
        }
        if (!problems.isEmpty()) {
            throw new PackLoadException(problems);
        }
        // The files are parsed side by side, then joined in file order; a snapshot written at build
        // time, when the source has one, stands for the parse.
        List<DrlReader.Parsed> parsed = texts.entrySet().parallelStream()
                .map(f -> source.snapshot(f.getKey()).map(DrlReader::fromSnapshot)
                        .orElseGet(() -> DrlReader.read(source.display(f.getKey()), f.getValue())))
                .toList();
        List<DrlRule> rules = new ArrayList<>();
        parsed.forEach(p -> {
            rules.addAll(p.rules());
            problems.addAll(p.problems());
        });
        if (!problems.isEmpty()) {
            throw new PackLoadException(problems);
        }
        RequirementParser parser = new RequirementParser(questionnaire, thresholds);
        References references = References.load(source);
        CatalogueIndex index = new CatalogueIndex(catalogue, references);
        List<DrlRule> criterionRules = new ArrayList<>();
        List<CriterionDef> criteria = new ArrayList<>();
        List<Applicability> applicability = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (DrlRule rule : rules) {
            if (!names.add(rule.name())) {
                problems.add(problem(rule, rule.name(), "duplicate rule name"));
            } else if (rule.meta().containsKey("recommendation")) {
                CriterionDef def = criterion(rule, index, parser, problems);
                if (def != null) {
                    criterionRules.add(rule);
                    criteria.add(def);
                }
            } else if (rule.meta().containsKey("excludes")) {
                Applicability a = applicability(rule, catalogue, problems);
                if (a != null) {
                    applicability.add(a);
                }
            } else {
                problems.add(problem(rule, rule.name(), "a rule is either a criterion (@recommendation) or an applicability rule (@excludes)"));
            }
        }
        // Exclusions may name criteria of files read later; check them once all are known.
        Set<String> ids = criteria.stream().map(CriterionDef::id).collect(Collectors.toSet());
        for (Applicability a : applicability) {
            a.targets().stream().filter(t -> t.contains(".") && !ids.contains(t))
                    .forEach(t -> problems.add(new PackProblem(a.file(), a.line(), 0, a.name(), "excludes unknown criterion '" + t + "'")));
        }
        if (!problems.isEmpty()) {
            throw new PackLoadException(problems);
        }
        KieBase kieBase = kieMode == null ? CriteriaModel.build(criteria, applicability) : compile(texts, source, kieMode);
        return new RuleBase(kieBase, criterionRules, criteria, applicability, catalogue, thresholds, references);
    }

    /** The DRL as written, compiled by KIE in the given mode. */
    private static KieBase compile(Map<String, String> texts, PackSource source, Class<? extends KieBuilder.ProjectType> mode) {
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        // A release id of its own per build, so that packs built side by side never replace each other.
        files.generateAndWritePomXML(services.newReleaseId("org.gapcheck.pack", "pack-" + UUID.randomUUID(), "1.0.0"));
        // Written where the DRL package (org.gapcheck.rules) expects them, which keeps KIE from warning.
        texts.forEach((file, text) -> files.write(KIE_FOLDER + file.substring(DRL_DIR.length()), text));
        KieBuilder builder = services.newKieBuilder(files).buildAll(mode);
        List<PackProblem> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String file = m.getPath() == null ? "" : DRL_DIR + m.getPath().replaceFirst("^.*/", "");
            problems.add(new PackProblem(source.display(file), Math.max(m.getLine(), 0), Math.max(m.getColumn(), 0), null,
                    "DRL: " + m.getText().strip().replaceAll("\\s+", " ")));
        }
        if (!problems.isEmpty()) {
            throw new PackLoadException(problems);
        }
        return services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
    }

    /** What checking each criterion against the catalogue needs, worked out once per pack rather than per criterion. */
    private static final class CatalogueIndex {
        final Catalogue catalogue;
        final Set<String> challenges;
        final Map<String, String> squashedTexts = new HashMap<>();
        final Set<String> criterionIds = new HashSet<>();
        final References references;

        CatalogueIndex(Catalogue catalogue, References references) {
            this.catalogue = catalogue;
            this.references = references;
            this.challenges = catalogue.challenges().stream().map(Challenge::id).collect(Collectors.toSet());
            catalogue.recommendations().forEach(r -> squashedTexts.put(r.id(), squash(r.text())));
        }
    }

    private static CriterionDef criterion(DrlRule rule, CatalogueIndex index, RequirementParser parser, List<PackProblem> problems) {
        Catalogue catalogue = index.catalogue;
        String name = rule.name();
        int colon = name.indexOf(": ");
        String id = colon < 0 ? name : name.substring(0, colon);
        String title = colon < 0 ? "" : name.substring(colon + 2).strip();
        int before = problems.size();
        Matcher idShape = CRITERION_ID.matcher(id);
        String recommendationId = rule.text("recommendation");
        if (!idShape.matches()) {
            problems.add(problem(rule, name, "a criterion rule is named \"<recommendation>.<name>: <what it checks>\", e.g. \"1(m).naloxone_take_home: ...\""));
        } else if (!idShape.group(1).equals(recommendationId)) {
            problems.add(problem(rule, id, "id starts with " + idShape.group(1) + " but @recommendation is " + recommendationId));
        }
        if (title.isEmpty()) {
            problems.add(problem(rule, id, "the rule name needs the criterion in plain words after ': '"));
        }
        if (!"Answers".equals(rule.pattern()) || !rule.constraints().isEmpty() || !rule.consequence().equals("outcomes.judge(kcontext);")) {
            problems.add(problem(rule, id, "a criterion's conditions are its @met and @partial requirements: write its body as"
                    + " 'when Answers() then outcomes.judge(kcontext); end'"));
        }
        Recommendation recommendation = catalogue.recommendation(recommendationId).filter(r -> r.id().equals(recommendationId)).orElse(null);
        if (recommendation == null) {
            problems.add(problem(rule, id, "@recommendation names unknown recommendation '" + recommendationId + "'"));
        } else if (!recommendation.forMemberStates()) {
            problems.add(problem(rule, id, recommendationId + " is addressed to international bodies; a State cannot be checked against it"));
        }
        String cites = rule.text("cites");
        if (cites.isEmpty()) {
            problems.add(problem(rule, id, "@cites must quote the words of the recommendation the criterion tests"));
        } else if (recommendation != null && !index.squashedTexts.get(recommendation.id()).contains(squash(cites))) {
            problems.add(problem(rule, id, "@cites is not a verbatim excerpt of " + recommendationId + ": \"" + cites + "\""));
        }
        String closes = rule.text("closes");
        if (closes.isEmpty()) {
            problems.add(problem(rule, id, "@closes must say what would close a gap"));
        }
        Requirement met = requirement(rule, "met", id, parser, problems);
        Requirement partial = requirement(rule, "partial", id, parser, problems);
        Requirement notApplicableIf = requirement(rule, "not_applicable_if", id, parser, problems);
        String notApplicableReason = rule.meta().containsKey("not_applicable_reason") ? rule.text("not_applicable_reason") : null;
        if ((notApplicableIf == null) != (notApplicableReason == null || notApplicableReason.isBlank())) {
            problems.add(problem(rule, id, "@not_applicable_if and @not_applicable_reason come together: the answer that makes the"
                    + " criterion impossible, and why"));
        }
        if (!rule.meta().containsKey("met")) {
            problems.add(problem(rule, id, "@met must state the requirement for MET"));
        }
        int weight = 1;
        if (rule.meta().containsKey("weight")) {
            try {
                weight = Integer.parseInt(rule.text("weight"));
            } catch (NumberFormatException e) {
                weight = 0;
            }
            if (weight < 1 || weight > 5) {
                problems.add(problem(rule, id, "@weight is a whole number from 1 to 5"));
            }
        }
        List<String> challenges = list(rule.text("challenges"));
        challenges.stream().filter(c -> !index.challenges.contains(c))
                .forEach(c -> problems.add(problem(rule, id, "@challenges names unknown challenge '" + c + "'")));
        rule.meta().keySet().stream().filter(k -> !CRITERION_META.contains(k)).sorted()
                .forEach(k -> problems.add(problem(rule, id, "unknown metadata @" + k + " (allowed: "
                        + String.join(", ", CRITERION_META.stream().sorted().toList()) + ")")));
        Basis basis = basis(rule, id, recommendationId, index.references, problems);
        String role = rule.meta().containsKey("role") ? rule.text("role") : null;
        if (role != null && !role.equals(CriterionDef.OPERATIVE) && !role.equals(CriterionDef.ELEMENT)) {
            problems.add(problem(rule, id, "@role is 'operative' (the obligation the text states) or 'element' (an example it names), not '" + role + "'"));
        }
        String qualifier = rule.meta().containsKey("qualifier") ? rule.text("qualifier") : null;
        if (qualifier != null && recommendation != null && !Objects.requireNonNullElse(recommendation.qualifiers(), List.<String>of()).contains(qualifier)) {
            problems.add(problem(rule, id, "@qualifier '" + qualifier + "' is not one of " + recommendationId + "'s qualifiers "
                    + Objects.requireNonNullElse(recommendation.qualifiers(), List.of()) + " (catalogue/recommendations)"));
        }
        if (!index.criterionIds.add(id)) {
            problems.add(problem(rule, id, "duplicate criterion id '" + id + "'"));
        }
        if (problems.size() != before || met == null) {
            return null;
        }
        return CriterionDef.of(id, recommendationId, title, cites, met, partial, closes, weight, challenges,
                recommendation.source(), rule.file(), rule.line(), basis, role, qualifier,
                notApplicableIf, notApplicableReason);
    }

    private static Basis basis(DrlRule rule, String id, String recommendation, References references, List<PackProblem> problems) {
        if (!rule.meta().containsKey("basis")) {
            return null;
        }
        try {
            Basis basis = Basis.parse(rule.text("basis"));
            references.refuse(basis, recommendation).ifPresent(reason -> problems.add(problem(rule, id, reason)));
            return basis;
        } catch (IllegalArgumentException e) {
            problems.add(problem(rule, id, e.getMessage()));
            return null;
        }
    }

    private static Applicability applicability(DrlRule rule, Catalogue catalogue, List<PackProblem> problems) {
        int before = problems.size();
        List<String> targets = list(rule.text("excludes"));
        if (targets.isEmpty()) {
            problems.add(problem(rule, rule.name(), "@excludes names no recommendation or criterion"));
        }
        targets.stream().filter(t -> !t.contains(".") && catalogue.recommendation(t).filter(r -> r.id().equals(t)).isEmpty())
                .forEach(t -> problems.add(problem(rule, rule.name(), "excludes unknown recommendation '" + t + "'")));
        String reason = rule.text("reason");
        if (reason.isEmpty()) {
            problems.add(problem(rule, rule.name(), "@reason must say why the profile rules these out"));
        }
        List<Applicability.Condition> conditions = new ArrayList<>();
        for (String constraint : rule.constraints()) {
            Matcher m = SAYS.matcher(constraint);
            if (m.matches()) {
                conditions.add(new Applicability.Condition(m.group(1), m.group(2)));
            }
        }
        if (!"Profile".equals(rule.pattern()) || conditions.isEmpty() || conditions.size() != rule.constraints().size()
                || !rule.consequence().equals("outcomes.exclude(kcontext);")) {
            problems.add(problem(rule, rule.name(), "an applicability rule tests the profile only: write its body as"
                    + " 'when Profile( says(\"field\", \"value\"), ... ) then outcomes.exclude(kcontext); end'"));
        }
        return problems.size() == before ? new Applicability(rule.name(), reason, targets, List.copyOf(conditions), rule.file(), rule.line()) : null;
    }

    private static Requirement requirement(DrlRule rule, String key, String id, RequirementParser parser, List<PackProblem> problems) {
        if (!rule.meta().containsKey(key)) {
            return null;
        }
        try {
            return parser.parse(rule.text(key));
        } catch (IllegalArgumentException e) {
            problems.add(problem(rule, id, "@" + key + ": " + e.getMessage()));
            return null;
        }
    }

    private static PackProblem problem(DrlRule at, String entry, String message) {
        return new PackProblem(at.file(), at.line(), 0, entry, message);
    }

    private static List<String> list(String value) {
        return value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", " ").strip();
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
