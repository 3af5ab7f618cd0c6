package org.gapcheck.validate;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gapcheck.catalogue.Chapter;
import org.gapcheck.catalogue.Regions;
import org.gapcheck.core.RulePack;
import org.gapcheck.engine.Finding;
import org.gapcheck.engine.Status;
import org.gapcheck.json.Json;
import org.gapcheck.pack.Budget;
import org.gapcheck.pack.PackProblem;
import org.gapcheck.pack.PackSource;
import org.gapcheck.pack.PackYaml;
import org.gapcheck.pack.PackYaml.Parsed;
import org.gapcheck.submission.InvalidSubmissionException;
import org.gapcheck.submission.Submission;
import org.gapcheck.submission.SubmissionReader;

/**
 * Runs the rule cases of a pack ({@code tests/chapter-N.yaml}): each case becomes a submission
 * (validated like any other), is evaluated, and every expected status is compared.
 */
public final class CaseRunner {

    /** Every case of every chapter file, with its outcome; invalid files or cases become problems. */
    public record Run(List<CaseResult> results, List<PackProblem> problems, java.util.Set<String> judged) {
    }

    private CaseRunner() {
    }

    public static String casesFile(int chapter) {
        return "tests/chapter-" + chapter + ".yaml";
    }

    /** @param budget checked before each case */
    public static Run run(PackSource source, RulePack pack, Budget budget) {
        List<CaseResult> results = new ArrayList<>();
        List<PackProblem> problems = new ArrayList<>();
        java.util.Set<String> judged = new java.util.HashSet<>();
        SubmissionReader reader = pack.reader();
        for (Chapter chapter : pack.catalogue().chapters()) {
            String path = casesFile(chapter.number());
            Optional<Parsed<CaseFile>> parsed = PackYaml.read(source, path, CaseFile.class, problems);
            if (parsed.isEmpty()) {
                continue;
            }
            Parsed<CaseFile> file = parsed.get();
            for (RuleCase c : file.value().cases() == null ? List.<RuleCase>of() : file.value().cases()) {
                budget.check();
                int line = file.locations().line(c);
                if (c.name() == null || (c.expect() == null || c.expect().isEmpty()) && (c.expectCriteria() == null || c.expectCriteria().isEmpty())) {
                    problems.add(file.problem(c, c.name(), "case/incomplete", "a case needs a 'name' and what it 'expect's"));
                    continue;
                }
                Submission submission;
                try {
                    submission = reader.read(Json.write(asSubmission(c, pack)).getBytes(StandardCharsets.UTF_8));
                } catch (InvalidSubmissionException e) {
                    e.errors().forEach(err -> problems.add(file.problem(c, c.name(), "case/invalid-answers", "invalid answers: " + err)));
                    continue;
                }
                List<Finding> findings = pack.evaluator().evaluate(submission);
                findings.forEach(f -> f.criteria().stream().filter(x -> x.status().judged()).forEach(x -> judged.add(x.id())));
                for (Map.Entry<String, Status> expected : c.expectCriteria() == null ? List.<Map.Entry<String, Status>>of() : c.expectCriteria().entrySet()) {
                    var result = findings.stream().flatMap(f -> f.criteria().stream()).filter(x -> x.id().equals(expected.getKey())).findFirst();
                    if (result.isEmpty()) {
                        problems.add(file.problem(c, c.name(), "case/unknown-criterion", "expects a status for unknown criterion '" + expected.getKey() + "'"));
                        continue;
                    }
                    results.add(new CaseResult(file.file(), line, c.name(), expected.getKey(), expected.getValue().name(),
                            result.get().status().name(), List.of(result.get().explanation() == null ? "" : result.get().explanation())));
                }
                for (Map.Entry<String, ?> expected : c.expect() == null ? Map.<String, Status>of().entrySet() : c.expect().entrySet()) {
                    Finding f = findings.stream().filter(x -> x.recommendation().equals(expected.getKey())).findFirst().orElse(null);
                    if (f == null) {
                        problems.add(file.problem(c, c.name(), "case/unknown-recommendation", "expects a status for unknown recommendation '" + expected.getKey() + "'"));
                        continue;
                    }
                    results.add(new CaseResult(file.file(), line, c.name(), f.recommendation(), String.valueOf(expected.getValue()),
                            f.status().name(), f.criteria().stream().map(x -> x.id() + "=" + x.status()).toList()));
                }
            }
        }
        return new Run(results, problems, judged);
    }

    /** A case as a submission: its country (XAA unless it names one) in the region the pack places it, or the first. */
    private static ObjectNode asSubmission(RuleCase c, RulePack pack) {
        String country = c.country() == null ? "XAA" : c.country();
        String region = pack.regions().country(country).map(Regions.Country::unGroup).filter(pack.questionnaire()::hasRegion)
                .orElse(pack.questionnaire().regions().get(0).id());
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("country", country)
                .put("reporting_year", c.reportingYear() == null ? 2024 : c.reportingYear()).put("region", region);
        root.set("profile", Json.mapper().valueToTree(c.profile() == null ? Map.of() : c.profile()));
        root.set("answers", Json.mapper().valueToTree(c.answers() == null ? Map.of() : c.answers()));
        if (c.reservations() != null) {
            root.set("reservations", Json.mapper().valueToTree(c.reservations()));
        }
        return root;
    }
}
