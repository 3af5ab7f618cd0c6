package org.gapcheck.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.model.codegen.ExecutableModelProject;
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
import org.kie.api.definition.rule.Rule;

/**
 * The pack's DRL compiled once into a shared, read-only KieBase, with every criterion's metadata
 * parsed and checked against the catalogue, the questionnaire and the thresholds. Evaluations
 * each open their own stateless session on it.
 */
public final class RuleBase {

    public static final String DRL_DIR = "drl/";
    public static final List<String> SHARED_FILES = List.of("applicability.drl", "rollup.drl");
    private static final String KIE_FOLDER = "src/main/resources/org/gapcheck/rules/";
    private static final Pattern CRITERION_ID = Pattern.compile("([1-9]\\([a-z]{1,2}\\))\\.[a-z0-9_]+");
    private static final Pattern RULE_LINE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

    private final KieBase kieBase;
    private final Map<String, CriterionDef> byRuleName;
    private final Map<String, CriterionDef> byId;
    private final Map<String, Integer> order;
    private final Map<String, List<String>> exclusionsByRule;
    private final Thresholds thresholds;
    private final List<RecommendationFact> recommendationFacts;
    /** Looked up once per recommendation in every evaluation: indexed here, not searched. */
    private final Map<String, Recommendation> recommendationsById;
    private final Map<String, List<String>> challengesByRecommendation;

    private RuleBase(KieBase kieBase, Map<String, CriterionDef> byRuleName, Map<String, List<String>> exclusionsByRule,
                     Catalogue catalogue, Thresholds thresholds) {
        this.kieBase = kieBase;
        this.byRuleName = Map.copyOf(byRuleName);
        this.byId = byRuleName.values().stream().collect(Collectors.toUnmodifiableMap(CriterionDef::id, c -> c));
        Map<String, Integer> positions = new HashMap<>();
        byRuleName.values().forEach(c -> positions.put(c.id(), positions.size()));
        this.order = Map.copyOf(positions);
        this.exclusionsByRule = Map.copyOf(exclusionsByRule);
        this.thresholds = thresholds;
        this.recommendationFacts = catalogue.recommendations().stream()
                .map(r -> new RecommendationFact(r.id(), r.chapter(), r.forMemberStates())).toList();
        this.recommendationsById = catalogue.recommendations().stream()
                .collect(Collectors.toUnmodifiableMap(Recommendation::id, r -> r));
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

    public static RuleBase build(PackSource source, Catalogue catalogue, Questionnaire questionnaire, Thresholds thresholds) {
        // The executable model: same findings as the classic mode, and faster evaluations (BENCHMARKS.md, benchmark 2).
        return build(source, catalogue, questionnaire, thresholds, ExecutableModelProject.class);
    }

    /**
     * @param mode how KIE compiles the DRL: {@code ExecutableModelProject} (the executable model, the default)
     *             or {@code DrlProject} (classic, MVEL), for the benchmarks that compare them
     */
    public static RuleBase build(PackSource source, Catalogue catalogue, Questionnaire questionnaire, Thresholds thresholds,
                                 Class<? extends KieBuilder.ProjectType> mode) {
        List<PackProblem> problems = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String file : drlFiles(catalogue)) {
            source.read(file).ifPresentOrElse(text -> texts.put(file, text),
                    () -> problems.add(new PackProblem(source.display(file), 0, 0, null, "file is missing")));
        }
        if (!problems.isEmpty()) {
            throw new PackLoadException(problems);
        }
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        // A release id of its own per build, so that packs built side by side never replace each other.
        files.generateAndWritePomXML(services.newReleaseId("org.gapcheck.pack", "pack-" + UUID.randomUUID(), "1.0.0"));
        // Written where the DRL package (org.gapcheck.rules) expects them, which keeps KIE from warning.
        texts.forEach((file, text) -> files.write(KIE_FOLDER + file.substring(DRL_DIR.length()), text));
        KieBuilder builder = services.newKieBuilder(files).buildAll(mode);
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            if (m.getText().contains("Parser returned a null Package")) {
                continue; // follows every syntax error, which is reported with its line already
            }
            String file = m.getPath() == null ? "" : DRL_DIR + m.getPath().replaceFirst("^.*/", "");
            problems.add(new PackProblem(source.display(file), Math.max(m.getLine(), 0), Math.max(m.getColumn(), 0), null,
                    "DRL: " + m.getText().strip().replaceAll("\\s+", " ")));
        }
        if (!problems.isEmpty()) {
            throw new PackLoadException(problems);
        }
        KieBase kieBase = services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();

        RequirementParser parser = new RequirementParser(questionnaire, thresholds);
        Map<String, CriterionDef> criteria = new LinkedHashMap<>();
        Map<String, List<String>> exclusions = new HashMap<>();
        Map<String, Location> locations = locate(texts, source);
        for (Rule rule : rulesInFileOrder(kieBase, locations)) {
            Location at = locations.getOrDefault(rule.getName(), new Location(source.display(""), 0));
            Map<String, Object> meta = rule.getMetaData();
            if (meta.containsKey("recommendation")) {
                criterion(rule, meta, at, catalogue, parser, criteria, problems);
            } else if (meta.containsKey("excludes")) {
                exclusions.put(rule.getName(), exclusion(rule, meta, at, catalogue, criteria, problems));
            }
        }
        // Exclusions may name criteria of files read later; check them once all are known.
        exclusions.forEach((rule, targets) -> targets.stream()
                .filter(t -> t.contains(".") && criteria.values().stream().noneMatch(c -> c.id().equals(t)))
                .forEach(t -> problems.add(problem(locations.get(rule), rule, "excludes unknown criterion '" + t + "'"))));
        if (!problems.isEmpty()) {
            throw new PackLoadException(problems);
        }
        return new RuleBase(kieBase, criteria, exclusions, catalogue, thresholds);
    }

    private static void criterion(Rule rule, Map<String, Object> meta, Location at, Catalogue catalogue,
                                  RequirementParser parser, Map<String, CriterionDef> criteria, List<PackProblem> problems) {
        String name = rule.getName();
        int colon = name.indexOf(": ");
        String id = colon < 0 ? name : name.substring(0, colon);
        String title = colon < 0 ? "" : name.substring(colon + 2).strip();
        int before = problems.size();
        Matcher idShape = CRITERION_ID.matcher(id);
        String recommendationId = text(meta, "recommendation");
        if (!idShape.matches()) {
            problems.add(problem(at, name, "a criterion rule is named \"<recommendation>.<name>: <what it checks>\", e.g. \"1(m).naloxone_take_home: ...\""));
        } else if (!idShape.group(1).equals(recommendationId)) {
            problems.add(problem(at, id, "id starts with " + idShape.group(1) + " but @recommendation is " + recommendationId));
        }
        if (title.isEmpty()) {
            problems.add(problem(at, id, "the rule name needs the criterion in plain words after ': '"));
        }
        Recommendation recommendation = catalogue.recommendation(recommendationId).filter(r -> r.id().equals(recommendationId)).orElse(null);
        if (recommendation == null) {
            problems.add(problem(at, id, "@recommendation names unknown recommendation '" + recommendationId + "'"));
        } else if (!recommendation.forMemberStates()) {
            problems.add(problem(at, id, recommendationId + " is addressed to international bodies; a State cannot be checked against it"));
        }
        String cites = text(meta, "cites");
        if (cites.isEmpty()) {
            problems.add(problem(at, id, "@cites must quote the words of the recommendation the criterion tests"));
        } else if (recommendation != null && !squash(recommendation.text()).contains(squash(cites))) {
            problems.add(problem(at, id, "@cites is not a verbatim excerpt of " + recommendationId + ": \"" + cites + "\""));
        }
        String closes = text(meta, "closes");
        if (closes.isEmpty()) {
            problems.add(problem(at, id, "@closes must say what would close a gap"));
        }
        Requirement met = requirement(meta, "met", at, id, parser, problems);
        Requirement partial = meta.containsKey("partial") ? requirement(meta, "partial", at, id, parser, problems) : null;
        if (!meta.containsKey("met")) {
            problems.add(problem(at, id, "@met must state the requirement for MET"));
        }
        int weight = 1;
        if (meta.containsKey("weight")) {
            try {
                weight = Integer.parseInt(text(meta, "weight"));
            } catch (NumberFormatException e) {
                weight = 0;
            }
            if (weight < 1 || weight > 5) {
                problems.add(problem(at, id, "@weight is a whole number from 1 to 5"));
            }
        }
        Set<String> known = catalogue.challenges().stream().map(Challenge::id).collect(Collectors.toSet());
        List<String> challenges = list(text(meta, "challenges"));
        challenges.stream().filter(c -> !known.contains(c))
                .forEach(c -> problems.add(problem(at, id, "@challenges names unknown challenge '" + c + "'")));
        Set<String> allowed = Set.of("recommendation", "cites", "met", "partial", "closes", "weight", "challenges");
        meta.keySet().stream().filter(k -> !allowed.contains(k)).sorted()
                .forEach(k -> problems.add(problem(at, id, "unknown metadata @" + k + " (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")")));
        if (criteria.values().stream().anyMatch(c -> c.id().equals(id))) {
            problems.add(problem(at, id, "duplicate criterion id '" + id + "'"));
        }
        if (problems.size() == before && met != null) {
            criteria.put(name, new CriterionDef(id, recommendationId, title, cites, met, partial, closes, weight,
                    challenges, recommendation.source(), at.file(), at.line()));
        }
    }

    private static List<String> exclusion(Rule rule, Map<String, Object> meta, Location at, Catalogue catalogue,
                                          Map<String, CriterionDef> criteria, List<PackProblem> problems) {
        List<String> targets = list(text(meta, "excludes"));
        if (targets.isEmpty()) {
            problems.add(problem(at, rule.getName(), "@excludes names no recommendation or criterion"));
        }
        targets.stream().filter(t -> !t.contains(".") && catalogue.recommendation(t).filter(r -> r.id().equals(t)).isEmpty())
                .forEach(t -> problems.add(problem(at, rule.getName(), "excludes unknown recommendation '" + t + "'")));
        if (text(meta, "reason").isEmpty()) {
            problems.add(problem(at, rule.getName(), "@reason must say why the profile rules these out"));
        }
        return targets;
    }

    private static Requirement requirement(Map<String, Object> meta, String key, Location at, String id,
                                           RequirementParser parser, List<PackProblem> problems) {
        if (!meta.containsKey(key)) {
            return null;
        }
        try {
            return parser.parse(text(meta, key));
        } catch (IllegalArgumentException e) {
            problems.add(problem(at, id, "@" + key + ": " + e.getMessage()));
            return null;
        }
    }

    /** Where each rule is declared: file and line, found in the DRL text. */
    private static Map<String, Location> locate(Map<String, String> texts, PackSource source) {
        Map<String, Location> out = new HashMap<>();
        texts.forEach((file, text) -> {
            Matcher m = RULE_LINE.matcher(text);
            while (m.find()) {
                int line = (int) text.substring(0, m.start(1)).chars().filter(c -> c == '\n').count() + 1;
                out.putIfAbsent(m.group(1), new Location(source.display(file), line));
            }
        });
        return out;
    }

    private static List<Rule> rulesInFileOrder(KieBase kieBase, Map<String, Location> locations) {
        List<Rule> rules = new ArrayList<>();
        kieBase.getKiePackages().forEach(p -> rules.addAll(p.getRules()));
        rules.sort((a, b) -> {
            Location x = locations.get(a.getName());
            Location y = locations.get(b.getName());
            if (x == null || y == null) {
                return a.getName().compareTo(b.getName());
            }
            int byFile = x.file().compareTo(y.file());
            return byFile != 0 ? byFile : Integer.compare(x.line(), y.line());
        });
        return rules;
    }

    private static PackProblem problem(Location at, String entry, String message) {
        return new PackProblem(at == null ? "" : at.file(), at == null ? 0 : at.line(), 0, entry, message);
    }

    private static String text(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        return value == null ? "" : value.toString().strip();
    }

    private static List<String> list(String value) {
        return value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    record Location(String file, int line) {
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public Collection<CriterionDef> criteria() {
        return byRuleName.values().stream().sorted((a, b) -> Integer.compare(order.get(a.id()), order.get(b.id()))).toList();
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    CriterionDef criterion(String ruleName) {
        return byRuleName.get(ruleName);
    }

    public CriterionDef criterionById(String id) {
        return byId.get(id);
    }

    Map<String, Integer> criterionOrder() {
        return order;
    }

    List<String> exclusions(String ruleName) {
        return exclusionsByRule.getOrDefault(ruleName, List.of());
    }

    Recommendation recommendation(String id) {
        return recommendationsById.get(id);
    }

    List<String> challengesOf(String recommendationId) {
        return challengesByRecommendation.getOrDefault(recommendationId, List.of());
    }

    List<RecommendationFact> recommendationFacts() {
        return recommendationFacts;
    }
}
