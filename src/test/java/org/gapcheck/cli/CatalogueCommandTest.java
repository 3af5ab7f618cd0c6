package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gapcheck.json.Json;
import org.gapcheck.testing.PackCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueCommandTest {

    @TempDir
    Path dir;

    @Test
    void jsonHasRecommendationsAndChallengesWithTheirKeys() throws Exception {
        CliRun run = CliRun.of("catalogue", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = Json.mapper().readTree(run.out());
        assertEquals(103, json.get("recommendations").size());
        JsonNode first = json.get("recommendations").get(0);
        assertEquals("1(a)", first.get("id").asText());
        assertEquals(1, first.get("chapter").asInt());
        assertEquals("member_states", first.get("addressee").asText());
        assertTrue(first.get("text").asText().startsWith("Take effective"));
        JsonNode challenge = json.get("challenges").get(0);
        assertEquals("C01", challenge.get("id").asText());
        assertFalse(challenge.get("text").asText().isBlank());
        assertTrue(challenge.get("recommendations").get(0).has("reason"));
        assertEquals("gapcheck-ungass", json.get("pack").get("name").asText());
    }

    @Test
    void markdownShowsEveryChapterAndChallenge() {
        CliRun run = CliRun.of("catalogue", "--format", "markdown");
        assertEquals(0, run.exitCode(), run.err());
        for (int chapter = 1; chapter <= 7; chapter++) {
            assertTrue(run.out().contains("\n### Chapter " + chapter + ". "), "chapter " + chapter);
        }
        for (int c = 1; c <= 12; c++) {
            assertTrue(run.out().contains(String.format("\n### C%02d. ", c)), "challenge " + c);
        }
        assertTrue(run.out().contains("**7(l)**"));
        assertTrue(run.out().contains("*Not assessed for a Member State:*"));
    }

    @Test
    void outputFileGetsTheSameJson() throws Exception {
        Path file = dir.resolve("catalogue.json");
        CliRun run = CliRun.of("catalogue", "-o", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals(CliRun.of("catalogue").out(), Files.readString(file));
    }

    @Test
    void brokenPackExitsTwoNamingFileLineAndReason() {
        PackCopy pack = PackCopy.into(dir).replace("catalogue/challenges.yaml", "      - id: \"3(a)\"", "      - id: \"9(z)\"");
        CliRun run = CliRun.of("catalogue", "--rules", pack.root().toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertEquals("", run.out());
        int line = pack.lineOf("catalogue/challenges.yaml", "9(z)");
        assertTrue(run.err().contains("challenges.yaml:" + line + ":"), run.err());
        assertTrue(run.err().contains("C03 -> 9(z): links to unknown recommendation '9(z)'"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun run = CliRun.of("catalogue", "--format", "pdf");
        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--format"), run.err());
    }
}
