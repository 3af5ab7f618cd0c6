package org.gapcheck.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gapcheck.catalogue.Chapter;
import org.gapcheck.core.RulePack;
import org.gapcheck.core.RulePackLoader;
import org.gapcheck.engine.CriterionDef;
import org.gapcheck.engine.Finding;
import org.gapcheck.pack.PackLoadException;
import org.gapcheck.pack.Budget;
import org.gapcheck.pack.Limits;
import org.gapcheck.pack.PackSource;
import org.gapcheck.pack.PackYaml;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.questionnaire.QuestionnaireLoader;
import org.gapcheck.submission.InvalidSubmissionException;
import org.gapcheck.submission.SubmissionReader;

/**
 * Everything validate checks, in order: the pack loads (files parse and agree, DRL parses and
 * builds, metadata sound); coverage of the catalogue by criteria and cases; every rule case passes; every
 * fixture evaluates to its expectations; every criterion is judged somewhere; verifier warnings.
 * Every problem is collected; nothing stops at the first.
 */
public final class Validation {

    public static final List<String> CHECKS = java.util.stream.Stream.concat(
            Stream.of("load", "coverage", "cases", "fixtures", "criteria-judged", "verifier", ThemeCoverage.CHECK), ReadingRules.CHECKS.stream()).toList();
    private static final Pattern CODE_LINE = Pattern.compile("^\\s*-\\s*code:\\s*\"?([A-Z][A-Z0-9_.]+)\"?", Pattern.MULTILINE);

    private Validation() {
    }

    /** {@link #run(Path, Path, Budget)} within the default budget, {@link Limits#VALIDATION_TIME}. */
    public static ValidationReport run(Path rules, Path fixtures) {
        return run(rules, fixtures, Budget.of(Limits.VALIDATION_TIME));
    }

    /**
     * Validates a pack. Never throws for anything the pack holds: a pack past a budget of
     * {@link Limits} (a file too large, a requirement too deep, ...) is a finding coded
     * {@code limit/...}; so is running past {@code budget}, after which the work stops at its next
     * check (within a second) and the report holds what was found so far and a {@code limit/time}
     * finding.
     *
     * @param rules    the pack folder
     * @param fixtures the fixtures folder, or null when there is none to check
     * @param budget   the wall-clock time the validation may take
     */
    public static ValidationReport run(Path rules, Path fixtures, Budget budget) {
        List<ValidationFinding> findings = new ArrayList<>();
        RulePack pack = null;
        try {
            budget.check();
            try {
                pack = RulePackLoader.load(rules, budget);
            } catch (PackLoadException e) {
                e.problems().forEach(p -> findings.add(ValidationFinding.of("load", p)));
                return report(null, findings, null, null, List.of());
            }
            return checks(pack, PackSource.directory(rules), fixtures, budget, findings);
        } catch (PackLoadException e) {
            // A file read after loading (cases, fixtures, review-pending) was refused.
            e.problems().forEach(p -> findings.add(ValidationFinding.of("load", p)));
        } catch (Budget.Exceeded e) {
            findings.add(ValidationFinding.of("load", e.problem(rules.toString())));
        }
        return report(pack, findings, null, null, List.of());
    }

    private static ValidationReport checks(RulePack pack, PackSource source, Path fixtures, Budget budget, List<ValidationFinding> findings) {
        CaseRunner.Run run = CaseRunner.run(source, pack, budget);
        run.problems().forEach(p -> findings.add(ValidationFinding.of("cases", p)));
        run.results().stream().filter(r -> !r.passed()).forEach(r -> findings.add(new ValidationFinding(ValidationFinding.ERROR,
                "cases", "case/failed", r.file(), r.line(), null, r.name(), r.recommendation() + " expected " + r.expected() + ", was "
                + r.actual() + "; criteria: " + r.criteria())));
        Coverage coverage = Coverage.of(pack, run.results());
        coverage.withoutCriterion().forEach(id -> findings.add(uncovered(pack, source, id, "coverage/no-criterion",
                "no criterion encodes this member-state recommendation")));
        coverage.withoutMetCase().forEach(id -> findings.add(uncovered(pack, source, id, "coverage/no-met-case",
                "no passing case shows it MET")));
        coverage.withoutGapCase().forEach(id -> findings.add(uncovered(pack, source, id, "coverage/no-gap-case",
                "no passing case shows it GAP or PARTIAL")));

        Set<String> judged = new HashSet<>(run.judged());
        List<ValidationReport.FixtureResult> fixtureResults = fixtures == null ? List.of() : fixtures(pack, fixtures, findings, judged, budget);
        List<String> neverJudged = new ArrayList<>();
        for (CriterionDef c : pack.ruleBase().criteria()) {
            if (!judged.contains(c.id())) {
                neverJudged.add(c.id());
                findings.add(new ValidationFinding(ValidationFinding.ERROR, "criteria-judged", "criterion/never-judged", c.file(), c.line(),
                        null, c.id(), "no case or fixture judges this criterion (MET, PARTIAL or GAP): add a case that answers its items"));
            }
        }
        ValidationReport.CriterionCoverage criterionCoverage = new ValidationReport.CriterionCoverage(
                pack.ruleBase().criteria().size(), pack.ruleBase().criteria().size() - neverJudged.size(), neverJudged);
        Map<String, Integer> itemLines = itemLines(source, pack);
        Function<Item, String> itemsFile = item -> source.display(QuestionnaireLoader.itemsFile(chapterOf(pack, item)));
        // Each criterion's answers are enumerated once, for the verifier and the reading rules alike.
        Map<String, Optional<AnswerSpace>> spaces = new HashMap<>();
        Function<CriterionDef, AnswerSpace> space = c -> spaces.computeIfAbsent(c.id(),
                k -> Optional.ofNullable(AnswerSpace.of(pack, c, budget))).orElse(null);
        findings.addAll(Verifier.warnings(pack, itemLines, itemsFile, space, budget));
        findings.addAll(ThemeCoverage.check(pack, space, budget));
        findings.addAll(ReadingRules.check(pack, ReviewPending.load(source), itemLines, itemsFile, space, budget));
        return report(pack, findings, coverage, criterionCoverage, fixtureResults);
    }

    /** The chapter whose items file defines an item: that of its first recommendation (the questionnaire's own rule). */
    private static int chapterOf(RulePack pack, Item item) {
        return pack.catalogue().recommendation(item.recommendations().get(0)).orElseThrow().chapter();
    }

    private static List<ValidationReport.FixtureResult> fixtures(RulePack pack, Path dir, List<ValidationFinding> findings,
                                                                Set<String> judged, Budget budget) {
        List<ValidationReport.FixtureResult> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            findings.add(new ValidationFinding(ValidationFinding.ERROR, "fixtures", "fixture/not-a-directory", dir.toString(), null, null,
                    null, "is not a directory"));
            return out;
        }
        List<Path> expectations;
        try (Stream<Path> files = Files.list(dir)) {
            expectations = files.filter(p -> p.getFileName().toString().endsWith(".expected.yaml")).sorted().toList();
        } catch (IOException e) {
            findings.add(new ValidationFinding(ValidationFinding.ERROR, "fixtures", "file/unreadable", dir.toString(), null, null, null,
                    "cannot be read: " + e.getMessage()));
            return out;
        }
        SubmissionReader reader = pack.reader();
        for (Path expected : expectations) {
            budget.check();
            Path submission = expected.resolveSibling(expected.getFileName().toString().replace(".expected.yaml", ".json"));
            String file = expected.toString();
            try {
                String text = PackSource.readBounded(expected, file);
                JsonNode expect = PackYaml.tree(text).path("expect");
                List<Finding> results = pack.evaluator().evaluate(reader.read(PackSource.readBounded(submission, submission.toString()).getBytes(StandardCharsets.UTF_8)));
                results.forEach(f -> f.criteria().stream().filter(c -> c.status().judged()).forEach(c -> judged.add(c.id())));
                int differences = 0;
                for (Finding f : results) {
                    String want = expect.path(f.recommendation()).asText(null);
                    if (want == null) {
                        continue;
                    }
                    if (!want.equals(f.status().name())) {
                        differences++;
                        findings.add(new ValidationFinding(ValidationFinding.ERROR, "fixtures", "fixture/status", file,
                                lineOf(text, "\"" + f.recommendation() + "\""), null, submission.getFileName().toString(), f.recommendation() + " expected " + want + ", was " + f.status()
                                + "; criteria: " + f.criteria().stream().map(c -> c.id() + "=" + c.status()).toList()));
                    }
                }
                expect.fieldNames().forEachRemaining(id -> {
                    if (results.stream().noneMatch(f -> f.recommendation().equals(id))) {
                        findings.add(new ValidationFinding(ValidationFinding.ERROR, "fixtures", "fixture/unknown-recommendation", file,
                                lineOf(text, "\"" + id + "\""), null, null, "expects a status for unknown recommendation '" + id + "'"));
                    }
                });
                out.add(new ValidationReport.FixtureResult(submission.toString(), expect.size(), differences));
            } catch (InvalidSubmissionException e) {
                e.errors().forEach(err -> findings.add(new ValidationFinding(ValidationFinding.ERROR, "fixtures", "submission/" + err.code(),
                        submission.toString(), err.line(), err.column(), err.path(), err.message())));
                out.add(new ValidationReport.FixtureResult(submission.toString(), 0, 1));
            } catch (PackLoadException e) {
                e.problems().forEach(p -> findings.add(ValidationFinding.of("fixtures", p)));
            } catch (IOException e) {
                findings.add(new ValidationFinding(ValidationFinding.ERROR, "fixtures", "file/unreadable", file, null, null, null,
                        "cannot be read: " + e.getMessage()));
            }
        }
        return out;
    }

    private static ValidationReport report(RulePack pack, List<ValidationFinding> findings, Coverage coverage,
                                           ValidationReport.CriterionCoverage criteria, List<ValidationReport.FixtureResult> fixtures) {
        List<ValidationFinding> sorted = findings.stream().sorted(ValidationFinding.ORDER).toList();
        int errors = (int) sorted.stream().filter(ValidationFinding::error).count();
        return new ValidationReport(pack == null ? null : pack.manifest().name(), pack == null ? null : pack.manifest().version(),
                errors == 0, errors, sorted.size() - errors, CHECKS, coverage, criteria, fixtures, sorted);
    }

    private static ValidationFinding uncovered(RulePack pack, PackSource source, String id, String code, String message) {
        int chapter = pack.catalogue().recommendation(id).orElseThrow().chapter();
        String file = org.gapcheck.engine.RuleBase.drlFile(chapter);
        return new ValidationFinding(ValidationFinding.ERROR, "coverage", code, source.display(file), null, null, id, message);
    }

    private static Map<String, Integer> itemLines(PackSource source, RulePack pack) {
        Map<String, Integer> lines = new HashMap<>();
        for (Chapter chapter : pack.catalogue().chapters()) {
            source.read(QuestionnaireLoader.itemsFile(chapter.number())).ifPresent(text -> {
                Matcher m = CODE_LINE.matcher(text);
                while (m.find()) {
                    lines.put(m.group(1), (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1);
                }
            });
        }
        return lines;
    }

    private static Integer lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return at < 0 ? null : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
