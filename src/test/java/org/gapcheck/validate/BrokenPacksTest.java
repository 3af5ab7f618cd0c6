package org.gapcheck.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gapcheck.cli.Main;
import org.gapcheck.testing.Trees;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Deliberately broken packs (src/test/resources/broken-packs/KIND/overlay.yaml: edits applied to
 * a copy of the project's rules/ and fixtures/), one per problem kind: validate must name the
 * right file, line and problem code, exit with the right code, write JUnit XML that says the same
 * under the right check, and list the code among those the README documents.
 */
class BrokenPacksTest {

    private static final Path PACKS = Path.of("src/test/resources/broken-packs");
    private static final YAMLMapper YAML = new YAMLMapper();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"drl-syntax-error", "unknown-recommendation", "uncovered-recommendation", "wrong-expected-status",
            "broken-catalogue-link", "unread-item", "criterion-with-own-conditions", "reading-rule-basis", "reading-rule-role",
            "reading-rule-consider", "reading-rule-own-figure", "reading-rule-operative-figure", "reading-rule-monotonic",
            "reading-rule-better-direction", "reading-rule-item-links", "reading-rule-review-pending", "unknown-standard", "unknown-qualifier",
            "theme-unassigned", "theme-own-choice", "qualifier-not-verbatim", "item-better-invalid", "basis-good-practice-elsewhere"})
    void eachProblemIsReportedWhereItIs(String kind) throws Exception {
        Trees.copy(Path.of("rules"), dir.resolve("rules"));
        Trees.copy(Path.of("fixtures"), dir.resolve("fixtures"));
        JsonNode overlay = YAML.readTree(PACKS.resolve(kind).resolve("overlay.yaml").toFile());
        JsonNode expect = overlay.get("expect");
        Path expected = dir.resolve(expect.get("file").asText());
        int originalLines = Files.exists(expected) ? Files.readAllLines(expected).size() : 0;
        for (JsonNode edit : overlay.get("edits")) {
            apply(dir.resolve(edit.get("file").asText()), edit);
        }

        Path junit = dir.resolve("validate.xml");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"validate", "--rules", dir.resolve("rules").toString(), "--fixtures",
                dir.resolve("fixtures").toString(), "--junit", junit.toString()}, new PrintWriter(out), new PrintWriter(err));

        assertEquals(expect.get("exit").asInt(), exit, out + "\n" + err);
        String check = expect.get("check").asText();
        String code = expect.get("code").asText();
        assertTrue(ProblemCodes.all().containsKey(code) || ProblemCodes.all().containsKey(code.replaceFirst("/.*", "/*")), code);
        String file = dir.resolve(expect.get("file").asText()).toString();
        String severity = expect.has("severity") ? expect.get("severity").asText() : expect.get("exit").asInt() == 0 ? "warning" : "error";
        List<String> lines = out.toString().lines()
                .filter(l -> l.startsWith(file + ":") && l.contains(": " + severity + ": " + code + ": ")
                        && l.contains(expect.get("message").asText())
                        && (!expect.has("entry") || l.contains(": " + expect.get("entry").asText() + ": ")))
                .sorted((a, b) -> Boolean.compare(a.startsWith(file + ": "), b.startsWith(file + ": ")))
                .toList();
        assertFalse(lines.isEmpty(), "no " + severity + " " + code + " in " + file + " saying: " + expect.get("message").asText()
                + "\n" + out);
        int line = lines.get(0).startsWith(file + ": ") ? 0 : lineOf(lines.get(0), file);
        if (expect.has("appended_line")) {
            assertEquals(originalLines + expect.get("appended_line").asInt(), line, lines.get(0));
        } else if (expect.has("appended_line_at_least")) {
            assertTrue(line >= originalLines + expect.get("appended_line_at_least").asInt(), lines.get(0));
        } else if (expect.has("line_of")) {
            List<String> text = Files.readAllLines(dir.resolve(expect.get("file").asText()));
            int wanted = 0;
            for (int i = 0; i < text.size() && wanted == 0; i++) {
                wanted = text.get(i).contains(expect.get("line_of").asText()) ? i + 1 : 0;
            }
            assertEquals(wanted, line, lines.get(0));
        }
        assertFalse(out.toString().contains("\tat ") || err.toString().contains("\tat "), "no stack trace");

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        Element suite = xml.getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        NodeList cases = suite.getElementsByTagName("testcase");
        assertTrue(cases.getLength() >= Validation.CHECKS.size());
        boolean failedHere = false;
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            boolean failed = c.getElementsByTagName("failure").getLength() > 0;
            if (failed && (c.getAttribute("name").equals(check) || c.getTextContent().contains(expect.get("message").asText()))) {
                failedHere = true;
            }
        }
        assertEquals(exit != 0 && severity.equals("error"), failedHere, "JUnit XML marks the " + check + " case as failed when its error fails validate");
        assertEquals(exit == 0 ? 0 : Integer.parseInt(suite.getAttribute("failures")) > 0 ? 1 : 0, exit == 0 ? 0 : 1);
    }

    /** Each reading rule of rules/REVIEW.md has a broken pack above that makes it fire, at its file and line. */
    @org.junit.jupiter.api.Test
    void everyReadingRuleHasItsBrokenPack() throws IOException {
        java.util.Set<String> checked = new java.util.HashSet<>();
        try (java.util.stream.Stream<Path> kinds = Files.list(PACKS)) {
            for (Path kind : kinds.toList()) {
                checked.add(YAML.readTree(kind.resolve("overlay.yaml").toFile()).get("expect").get("check").asText());
            }
        }
        assertTrue(checked.containsAll(ReadingRules.CHECKS), "checks without a broken pack: "
                + ReadingRules.CHECKS.stream().filter(c -> !checked.contains(c)).toList());
    }

    private static int lineOf(String reported, String file) {
        String rest = reported.substring(file.length() + 1);
        return Integer.parseInt(rest.substring(0, rest.indexOf(':')));
    }

    private static void apply(Path file, JsonNode edit) throws IOException {
        if (edit.has("write")) {
            Files.writeString(file, edit.get("write").asText());
            return;
        }
        if (edit.has("delete")) {
            Files.delete(file);
            return;
        }
        String text = Files.readString(file);
        if (edit.has("append")) {
            text = (text.endsWith("\n") ? text : text + "\n") + edit.get("append").asText();
        } else if (edit.has("replace")) {
            String from = edit.get("replace").asText();
            assertTrue(text.contains(from), file + " lacks: " + from);
            text = text.replace(from, edit.get("with").asText());
        } else if (edit.has("remove_rules_starting")) {
            String prefix = Pattern.quote("rule \"" + edit.get("remove_rules_starting").asText());
            text = text.replaceAll("(?ms)^" + prefix + ".*?^end[ \\t]*\\n", "");
        } else if (edit.has("drop_cases_expecting")) {
            ObjectNode root = (ObjectNode) YAML.readTree(text);
            ArrayNode kept = YAML.createArrayNode();
            root.get("cases").forEach(c -> {
                if (!c.get("expect").has(edit.get("drop_cases_expecting").asText())) {
                    kept.add(c);
                }
            });
            root.set("cases", kept);
            text = YAML.writeValueAsString(root);
        }
        Files.writeString(file, text);
    }
}
