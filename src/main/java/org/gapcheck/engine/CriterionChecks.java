package org.gapcheck.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gapcheck.basis.Basis;
import org.gapcheck.basis.References;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.Challenge;
import org.gapcheck.catalogue.Recommendation;
import org.gapcheck.pack.Budget;
import org.gapcheck.pack.PackLoadException;
import org.gapcheck.pack.PackProblem;
import org.gapcheck.questionnaire.Questionnaire;

/**
 * The metadata checks of a pack's DRL rules: each rule is a criterion ({@code @recommendation})
 * whose metadata are checked against the catalogue, the questionnaire, the thresholds and the
 * references and become a {@link CriterionDef}, or an applicability rule ({@code @excludes}); every
 * problem is located at its rule and coded ({@code criterion/...}, {@code applicability/...},
 * {@code requirement/...}).
 */
final class CriterionChecks {

    private static final Pattern CRITERION_ID = Pattern.compile("([1-9]\\([a-z]{1,2}\\))\\.[a-z0-9_]+");
    private static final Pattern SAYS = Pattern.compile("says\\(\\s*\"([^\"]*)\"\\s*,\\s*\"([^\"]*)\"\\s*\\)");
    private static final Set<String> CRITERION_META = Set.of("recommendation", "cites", "met", "partial", "closes", "weight", "challenges",
            "basis", "role", "qualifier", "not_applicable_if", "not_applicable_reason");
    private static final String BAD_BASIS = "criterion/bad-basis";

    /** The rules that are criteria (in file order, beside their definitions), and the applicability rules. */
    record Checked(List<DrlRule> criterionRules, List<CriterionDef> criteria, List<Applicability> applicability) {
    }

    private CriterionChecks() {
    }

    /** Checks every rule; throws {@link PackLoadException} with every problem found. */
    static Checked check(List<DrlRule> rules, Catalogue catalogue, Questionnaire questionnaire, Thresholds thresholds,
                         References references, Budget budget) {
        List<PackProblem> problems = new ArrayList<>();
        RequirementParser parser = new RequirementParser(questionnaire, thresholds);
        CatalogueIndex index = new CatalogueIndex(catalogue, references);
        List<DrlRule> criterionRules = new ArrayList<>();
        List<CriterionDef> criteria = new ArrayList<>();
        List<Applicability> applicability = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (DrlRule rule : rules) {
            budget.check();
            if (!names.add(rule.name())) {
                problems.add(problem(rule, rule.name(), "drl/duplicate-rule", "duplicate rule name"));
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
                problems.add(problem(rule, rule.name(), "drl/unknown-rule-kind", "a rule is either a criterion (@recommendation) or an applicability rule (@excludes)"));
            }
        }
        // Exclusions may name criteria of files read later; check them once all are known. A criterion
        // refused for problems of its own is still known: excluding it is not another problem.
        Set<String> ids = index.criterionIds;
        for (Applicability a : applicability) {
            a.targets().stream().filter(t -> t.contains(".") && !ids.contains(t))
                    .forEach(t -> problems.add(new PackProblem(a.file(), a.line(), 0, a.name(), "applicability/unknown-criterion", "excludes unknown criterion '" + t + "'")));
        }
        if (!problems.isEmpty()) {
            throw new PackLoadException(problems);
        }
        return new Checked(criterionRules, criteria, applicability);
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
            problems.add(problem(rule, name, "criterion/bad-name", "a criterion rule is named \"<recommendation>.<name>: <what it checks>\", e.g. \"1(m).naloxone_take_home: ...\""));
        } else if (!idShape.group(1).equals(recommendationId)) {
            problems.add(problem(rule, id, "criterion/wrong-recommendation", "id starts with " + idShape.group(1) + " but @recommendation is " + recommendationId));
        }
        if (title.isEmpty()) {
            problems.add(problem(rule, id, "criterion/no-title", "the rule name needs the criterion in plain words after ': '"));
        }
        if (!"Answers".equals(rule.pattern()) || !rule.constraints().isEmpty() || !rule.consequence().equals("outcomes.judge(kcontext);")) {
            problems.add(problem(rule, id, "criterion/own-conditions", "a criterion's conditions are its @met and @partial requirements: write its body as"
                    + " 'when Answers() then outcomes.judge(kcontext); end'"));
        }
        Recommendation recommendation = catalogue.recommendation(recommendationId).filter(r -> r.id().equals(recommendationId)).orElse(null);
        if (recommendation == null) {
            problems.add(problem(rule, id, "criterion/unknown-recommendation", "@recommendation names unknown recommendation '" + recommendationId + "'"));
        } else if (!recommendation.forMemberStates()) {
            problems.add(problem(rule, id, "criterion/international-recommendation", recommendationId + " is addressed to international bodies; a State cannot be checked against it"));
        }
        String cites = rule.text("cites");
        if (cites.isEmpty()) {
            problems.add(problem(rule, id, "criterion/missing-cites", "@cites must quote the words of the recommendation the criterion tests"));
        } else if (recommendation != null && !index.squashedTexts.get(recommendation.id()).contains(squash(cites))) {
            problems.add(problem(rule, id, "criterion/cites-not-verbatim", "@cites is not a verbatim excerpt of " + recommendationId + ": \"" + cites + "\""));
        }
        String closes = rule.text("closes");
        if (closes.isEmpty()) {
            problems.add(problem(rule, id, "criterion/missing-closes", "@closes must say what would close a gap"));
        }
        Requirement met = requirement(rule, "met", id, parser, problems);
        Requirement partial = requirement(rule, "partial", id, parser, problems);
        Requirement notApplicableIf = requirement(rule, "not_applicable_if", id, parser, problems);
        String notApplicableReason = rule.meta().containsKey("not_applicable_reason") ? rule.text("not_applicable_reason") : null;
        if ((notApplicableIf == null) != (notApplicableReason == null || notApplicableReason.isBlank())) {
            problems.add(problem(rule, id, "criterion/not-applicable-pair", "@not_applicable_if and @not_applicable_reason come together: the answer that makes the"
                    + " criterion impossible, and why"));
        }
        if (!rule.meta().containsKey("met")) {
            problems.add(problem(rule, id, "criterion/missing-met", "@met must state the requirement for MET"));
        }
        int weight = 1;
        if (rule.meta().containsKey("weight")) {
            try {
                weight = Integer.parseInt(rule.text("weight"));
            } catch (NumberFormatException e) {
                weight = 0;
            }
            if (weight < 1 || weight > 5) {
                problems.add(problem(rule, id, "criterion/bad-weight", "@weight is a whole number from 1 to 5"));
            }
        }
        List<String> challenges = list(rule.text("challenges"));
        challenges.stream().filter(c -> !index.challenges.contains(c))
                .forEach(c -> problems.add(problem(rule, id, "criterion/unknown-challenge", "@challenges names unknown challenge '" + c + "'")));
        rule.meta().keySet().stream().filter(k -> !CRITERION_META.contains(k)).sorted()
                .forEach(k -> problems.add(problem(rule, id, "criterion/unknown-metadata", "unknown metadata @" + k + " (allowed: "
                        + String.join(", ", CRITERION_META.stream().sorted().toList()) + ")")));
        Basis basis = basis(rule, id, recommendationId, index.references, problems);
        String role = rule.meta().containsKey("role") ? rule.text("role") : null;
        if (role != null && !role.equals(CriterionDef.OPERATIVE) && !role.equals(CriterionDef.ELEMENT)) {
            problems.add(problem(rule, id, "criterion/bad-role", "@role is 'operative' (the obligation the text states) or 'element' (an example it names), not '" + role + "'"));
        }
        String qualifier = rule.meta().containsKey("qualifier") ? rule.text("qualifier") : null;
        if (qualifier != null && recommendation != null && !Objects.requireNonNullElse(recommendation.qualifiers(), List.<String>of()).contains(qualifier)) {
            problems.add(problem(rule, id, "criterion/unknown-qualifier", "@qualifier '" + qualifier + "' is not one of " + recommendationId + "'s qualifiers "
                    + Objects.requireNonNullElse(recommendation.qualifiers(), List.of()) + " (catalogue/recommendations)"));
        }
        if (!index.criterionIds.add(id)) {
            problems.add(problem(rule, id, "criterion/duplicate-id", "duplicate criterion id '" + id + "'"));
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
            references.refuse(basis, recommendation).ifPresent(reason -> problems.add(problem(rule, id, BAD_BASIS, reason)));
            return basis;
        } catch (IllegalArgumentException e) {
            problems.add(problem(rule, id, BAD_BASIS, e.getMessage()));
            return null;
        }
    }

    private static Applicability applicability(DrlRule rule, Catalogue catalogue, List<PackProblem> problems) {
        int before = problems.size();
        List<String> targets = list(rule.text("excludes"));
        if (targets.isEmpty()) {
            problems.add(problem(rule, rule.name(), "applicability/no-targets", "@excludes names no recommendation or criterion"));
        }
        targets.stream().filter(t -> !t.contains(".") && catalogue.recommendation(t).filter(r -> r.id().equals(t)).isEmpty())
                .forEach(t -> problems.add(problem(rule, rule.name(), "applicability/unknown-recommendation", "excludes unknown recommendation '" + t + "'")));
        String reason = rule.text("reason");
        if (reason.isEmpty()) {
            problems.add(problem(rule, rule.name(), "applicability/missing-reason", "@reason must say why the profile rules these out"));
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
            problems.add(problem(rule, rule.name(), "applicability/bad-body", "an applicability rule tests the profile only: write its body as"
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
        } catch (RequirementParser.Invalid e) {
            problems.add(problem(rule, id, e.code(), "@" + key + ": " + e.getMessage()));
            return null;
        }
    }

    private static PackProblem problem(DrlRule at, String entry, String code, String message) {
        return new PackProblem(at.file(), at.line(), 0, entry, code, message);
    }

    private static List<String> list(String value) {
        return value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
