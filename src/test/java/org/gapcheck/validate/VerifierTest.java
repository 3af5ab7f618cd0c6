package org.gapcheck.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.gapcheck.testing.PackCopy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verifier's warnings, each raised by a criterion or item added to a copy of the project's
 * pack, at its file and line: a criterion no answer can meet, one no answer can fail, twin
 * criteria, an item no criterion reads. The copy lives under a folder named "Nina": file names
 * keep every letter of the path.
 */
class VerifierTest {

    private static final String DRL = "drl/chapter-6.drl";
    private static final String ITEMS = "questionnaire/items/chapter-6.yaml";

    @TempDir
    static Path dir;
    static PackCopy pack;
    static ValidationReport report;

    @BeforeAll
    static void validateABrokenCopy() throws IOException {
        pack = PackCopy.into(dir.resolve("home/Nina/rules"));
        Files.writeString(pack.root().resolve(DRL), """

                rule "6(a).never_met: the State both provided technical assistance and did not"
                    @recommendation("6(a)")
                    @cites("technical assistance")
                    @met("IC.DRUG_TA_PROVIDED == yes and IC.DRUG_TA_PROVIDED == no")
                    @closes("Nothing can.")
                when
                    Answers()
                then
                    outcomes.judge(kcontext);
                end

                rule "6(a).never_fails: any answer about technical assistance meets this at least partly"
                    @recommendation("6(a)")
                    @cites("technical assistance")
                    @met("IC.DRUG_TA_PROVIDED == yes")
                    @partial("IC.DRUG_TA_PROVIDED == no")
                    @closes("Nothing needs to.")
                when
                    Answers()
                then
                    outcomes.judge(kcontext);
                end

                rule "6(a).twin: the same as 6(a).ta_provided in other words"
                    @recommendation("6(a)")
                    @cites("technical assistance")
                    @met("IC.DRUG_TA_PROVIDED == yes or IC.DRUG_TA_TRAINING_PROVIDED == yes or IC.DRUG_TA_EQUIPMENT_PROVIDED == yes or IC.DRUG_TA_MULTILATERAL_CONTRIBUTION == yes")
                    @closes("Provide technical assistance.")
                when
                    Answers()
                then
                    outcomes.judge(kcontext);
                end
                """, StandardOpenOption.APPEND);
        Files.writeString(pack.root().resolve(ITEMS), """
                  - code: "IC.NOBODY_READS_THIS"
                    section: IC
                    question: "Does anyone read this item?"
                    type: yes_no
                    aspect: policy
                    recommendations: ["6(b)"]
                    help: "Added by a test to check the unread-item warning."
                """, StandardOpenOption.APPEND);
        report = Validation.run(pack.root(), null);
    }

    private static ValidationFinding warning(String code, String entry) {
        List<ValidationFinding> found = report.findings().stream().filter(f -> f.code().equals(code) && entry.equals(f.entry())).toList();
        assertEquals(1, found.size(), code + " " + entry + " in " + report.findings());
        ValidationFinding f = found.get(0);
        assertEquals(ValidationFinding.WARNING, f.severity());
        assertTrue(ProblemCodes.all().containsKey(code), code);
        assertTrue(f.toString().contains(": warning: " + code + ": " + entry + ": "), f.toString());
        return f;
    }

    private static void at(ValidationFinding f, String file, String text) {
        assertEquals(pack.root().resolve(file).toString(), f.file());
        assertEquals(pack.lineOf(file, text), f.line(), f.toString());
    }

    @Test
    void aCriterionNoAnswerCanMeet() {
        ValidationFinding f = warning("verifier/never-met", "6(a).never_met");
        at(f, DRL, "rule \"6(a).never_met");
        assertTrue(f.message().contains("IC.DRUG_TA_PROVIDED == yes and IC.DRUG_TA_PROVIDED == no"), f.message());
    }

    @Test
    void aCriterionNoAnswerCanFail() {
        at(warning("verifier/never-fails", "6(a).never_fails"), DRL, "rule \"6(a).never_fails");
    }

    @Test
    void twinCriteria() {
        ValidationFinding f = warning("verifier/identical-conditions", "6(a).twin");
        at(f, DRL, "rule \"6(a).twin");
        assertTrue(f.message().contains("6(a).ta_provided"), f.message());
    }

    @Test
    void anItemNoCriterionReadsIsNamedInItsOwnFileWithEveryLetterOfThePath() {
        ValidationFinding f = warning("verifier/unread-item", "IC.NOBODY_READS_THIS");
        assertTrue(f.file().contains("/home/Nina/rules/"), f.file());
        at(f, ITEMS, "IC.NOBODY_READS_THIS");
    }

    @Test
    void theReadingRulesNameItemFilesWithEveryLetterOfThePathToo() {
        List<ValidationFinding> links = report.findings().stream().filter(f -> f.code().equals("reading/item-links")
                && "IC.NOBODY_READS_THIS".equals(f.entry())).toList();
        assertEquals(1, links.size(), report.findings().toString());
        at(links.get(0), ITEMS, "IC.NOBODY_READS_THIS");
    }

    @Test
    void theProjectsPackRaisesNone() {
        assertTrue(report.findings().stream().filter(f -> f.code().startsWith("verifier/"))
                .allMatch(f -> f.entry().startsWith("6(a).never") || f.entry().equals("6(a).twin") || f.entry().equals("IC.NOBODY_READS_THIS")),
                report.findings().toString());
    }
}
