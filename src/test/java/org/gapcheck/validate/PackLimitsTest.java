package org.gapcheck.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.gapcheck.cli.CliRun;
import org.gapcheck.pack.Limits;
import org.gapcheck.pack.PackManifest;
import org.gapcheck.pack.PackProblem;
import org.gapcheck.pack.PackSource;
import org.gapcheck.pack.PackYaml;
import org.gapcheck.testing.PackCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile pack past any budget of {@link Limits} is refused quickly with one located finding
 * coded limit/..., naming the file and the limit; validate exits 2 (bad input) and prints no stack
 * trace.
 */
class PackLimitsTest {

    private static final String MET = "@met(\"IC.DRUG_TA_PROVIDED == yes or IC.DRUG_TA_TRAINING_PROVIDED == yes"
            + " or IC.DRUG_TA_EQUIPMENT_PROVIDED == yes or IC.DRUG_TA_MULTILATERAL_CONTRIBUTION == yes\")";

    @TempDir
    Path dir;

    @Test
    void aFortyMebibyteScalarInPackYamlIsRefusedBeforeItIsRead() throws IOException {
        PackCopy pack = PackCopy.into(dir.resolve("rules"));
        Path manifest = pack.root().resolve("pack.yaml");
        try (OutputStream out = Files.newOutputStream(manifest)) {
            out.write("name: bomb\ntitle: \"".getBytes(StandardCharsets.US_ASCII));
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 40; i++) {
                out.write(block);
            }
            out.write("\"\n".getBytes(StandardCharsets.US_ASCII));
        }
        long start = System.nanoTime();
        ValidationReport report = Validation.run(pack.root(), null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        ValidationFinding f = only(report, "limit/file-size");
        assertEquals(manifest.toString(), f.file());
        assertTrue(f.message().contains(String.valueOf(Limits.MAX_FILE_BYTES)), f.message());
        assertTrue(millis < 20_000, "took " + millis + " ms");

        CliRun run = CliRun.of("validate", "--rules", pack.root().toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertFindingLine(run, manifest + ": error: limit/file-size: ");
    }

    @Test
    void twentyThousandNestedParenthesesInARequirementAreOneLocatedLine() {
        PackCopy pack = PackCopy.into(dir.resolve("rules"));
        String file = "drl/chapter-6.drl";
        int line = pack.lineOf(file, "rule \"6(a).ta_provided");
        pack.replace(file, MET, "@met(\"" + "(".repeat(20_000) + "IC.DRUG_TA_PROVIDED == yes" + ")".repeat(20_000) + "\")");
        CliRun run = CliRun.of("validate", "--rules", pack.root().toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertFindingLine(run, pack.root().resolve(file) + ":" + line + ": error: limit/requirement-depth: 6(a).ta_provided: ");
    }

    @Test
    void twentyThousandNestedParenthesesInADrlConstraintAreOneLocatedLine() {
        PackCopy pack = PackCopy.into(dir.resolve("rules"));
        String file = "drl/applicability.drl";
        String constraint = "Profile( says(\"people_who_inject_drugs\", \"no\") )";
        int line = pack.lineOf(file, constraint);
        pack.replace(file, constraint, "Profile( " + "(".repeat(20_000) + "true" + ")".repeat(20_000) + " )");
        CliRun run = CliRun.of("validate", "--rules", pack.root().toString());
        assertEquals(2, run.exitCode(), run.out() + run.err());
        int column = "    Profile( ".length() + Limits.MAX_DRL_DEPTH;
        assertFindingLine(run, pack.root().resolve(file) + ":" + line + ":" + column + ": error: limit/drl-depth: ");
    }

    @Test
    void aRequirementOfSixThousandTermsIsRefusedByTheTermBudget() {
        // 180 kB of DRL, within a DRL file's size limit; 200,000 terms of this item would be 6 MB, which that limit refuses first.
        PackCopy pack = PackCopy.into(dir.resolve("rules"));
        pack.replace("drl/chapter-6.drl", MET, "@met(\"" + String.join(" or ", Collections.nCopies(6_000,
                "IC.DRUG_TA_PROVIDED == yes")) + "\")");
        long start = System.nanoTime();
        ValidationReport report = Validation.run(pack.root(), null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        ValidationFinding f = only(report, "limit/requirement-terms");
        assertTrue(f.message().contains(String.valueOf(Limits.MAX_REQUIREMENT_TERMS)), f.message());
        // Loading the rest of the pack is most of this; the 16-40 s of evaluating the requirement are gone.
        assertTrue(millis < 15_000, "took " + millis + " ms");
    }

    @Test
    void theYamlParsersOwnLimitsAreLocatedProblems() {
        assertYamlLimit("limit/yaml-string", "name: \"" + "a".repeat(Limits.MAX_YAML_STRING + 1) + "\"\n", 1);
        assertYamlLimit("limit/yaml-depth", "name: x\nunknown: " + "[".repeat(Limits.MAX_YAML_DEPTH + 1)
                + "]".repeat(Limits.MAX_YAML_DEPTH + 1) + "\n", 2);
        assertYamlLimit("limit/yaml-document", "name: x\nunknown:\n" + "  - xxxxxxx\n".repeat(Limits.MAX_YAML_CODE_POINTS / 12 + 1), 0);
    }

    @Test
    void yamlAliasesAreNeverExpanded() throws IOException {
        // "Billion laughs": 26 levels of eight aliases each would be 8^26 strings if expanded. The
        // YAML reader reads an alias as its anchor's name, so the document stays its own size.
        StringBuilder laughs = new StringBuilder("a: &a [x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            laughs.append(c).append(": &").append(c).append(" [").append(String.join(", ", Collections.nCopies(8, "*" + (char) (c - 1))))
                    .append("]\n");
        }
        assertTrue(PackYaml.tree(laughs.toString()).toString().length() < 2 * laughs.length());
    }

    @Test
    void aFileThatIsNotUtf8IsAProblemNotAGuess() throws IOException {
        PackCopy pack = PackCopy.into(dir.resolve("rules"));
        Files.write(pack.root().resolve("pack.yaml"), new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xC1, (byte) 0x81, '\n'});
        List<PackProblem> problems = new ArrayList<>();
        PackYaml.read(PackSource.directory(pack.root()), "pack.yaml", PackManifest.class, problems);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("file/encoding", problems.get(0).code());
    }

    /** The YAML read from memory, so that the parser's limits, not the file-size check, are what refuse it. */
    private static void assertYamlLimit(String code, String yaml, int line) {
        PackSource memory = new PackSource() {
            @Override
            public Optional<String> read(String relativePath) {
                return Optional.of(yaml);
            }

            @Override
            public String display(String relativePath) {
                return "memory/" + relativePath;
            }

            @Override
            public String description() {
                return "memory";
            }
        };
        List<PackProblem> problems = new ArrayList<>();
        assertTrue(PackYaml.read(memory, "pack.yaml", PackManifest.class, problems).isEmpty(), code + " was not refused");
        assertEquals(1, problems.size(), problems.toString());
        PackProblem p = problems.get(0);
        assertEquals(code, p.code(), p.toString());
        assertEquals("memory/pack.yaml", p.file());
        if (line > 0) {
            assertEquals(line, p.line(), p.toString());
        }
        assertTrue(p.toString().length() < 800, "the message quotes no megabytes");
    }

    private static ValidationFinding only(ValidationReport report, String code) {
        assertFalse(report.sound());
        List<ValidationFinding> over = report.findings().stream().filter(ValidationFinding::overLimit).toList();
        assertEquals(1, over.size(), report.findings().toString());
        assertEquals(code, over.get(0).code(), over.get(0).toString());
        return over.get(0);
    }

    /** Exactly one finding line, with the expected start, and no stack trace anywhere. */
    static void assertFindingLine(CliRun run, String start) {
        List<String> findings = run.out().lines().filter(l -> l.contains(": error: ") || l.contains(": warning: ")).toList();
        assertEquals(1, findings.size(), run.out());
        assertTrue(findings.get(0).startsWith(start), findings.get(0) + "\n  expected to start with " + start);
        assertFalse(run.out().contains("\tat ") || run.err().contains("\tat ") || run.err().contains("Exception"), run.out() + run.err());
        assertTrue(run.out().length() < 2_000, "a few lines, not the input: " + run.out().length() + " characters");
    }
}
