package org.gapcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages' message bundles: every key a template or a page asks for is written, every language's
 * file holds only English's keys, and every message formats, plural ones at 0, 1, 2, 5, 11 and 100
 * (the counts at which the six UN languages' plural rules differ).
 */
class MessagesTest {

    private static final List<Integer> COUNTS = List.of(0, 1, 2, 5, 11, 100);
    /** Keys pages build from a value: each value they can take. */
    private static final List<String> BUILT = List.of("state_none", "state_draft", "state_returned", "state_submitted",
            "state_acknowledged", "state_word_draft", "state_word_returned", "state_word_submitted", "state_word_acknowledged",
            "progress_not_started", "progress_in_progress", "progress_completed", "task_profile", "task_indicators",
            "answer_yes", "answer_partly", "answer_no", "answer_considered", "status_met", "status_partial", "status_gap",
            "status_not_reported", "status_not_applicable", "status_not_assessed", "rating_green", "rating_yellow", "rating_orange",
            "rating_red", "rating_insufficient_data", "change_improved", "change_regressed", "change_unchanged", "change_not_comparable");

    private static Properties file(String language) throws IOException {
        Properties p = new Properties();
        String name = "/messages/app" + (language.equals("en") ? "" : "_" + language) + ".properties";
        try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyThePagesAskForIsWritten() throws IOException {
        Set<String> used = new TreeSet<>(BUILT);
        Pattern template = Pattern.compile("\\{\\{t\\.([a-z0-9_]+)}}");
        Pattern java = Pattern.compile("\\bm\\.get\\(\"([a-z0-9_]+)\"|messages\\.get\\(\"([a-z0-9_]+)\"");
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources/app")), Files.walk(Path.of("src/main/java/org/gapcheck/app")))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Matcher m = (f.toString().endsWith(".java") ? java : template).matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!key.endsWith("_")) { // "state_" + state: the keys built are listed in BUILT
                        used.add(key);
                    }
                }
            }
        }
        Set<String> written = file("en").stringPropertyNames();
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(written);
        assertEquals(Set.of(), missing, "keys asked for that English lacks");
        assertTrue(used.size() > 40, "the scan found the pages' keys: " + used.size());
    }

    @Test
    void everyLanguageHoldsOnlyEnglishsKeysAndEveryMessageFormats() throws IOException {
        Set<String> english = file("en").stringPropertyNames();
        for (String language : Languages.SUPPORTED) {
            Set<String> own = file(language).stringPropertyNames();
            Set<String> extra = new TreeSet<>(own);
            extra.removeAll(english);
            assertEquals(Set.of(), extra, language + ": keys English does not have");
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(own);
            assertEquals(Set.of(), missing, language + ": keys it lacks (a listed language is complete)");
            Messages m = Messages.of(language);
            for (String key : english) {
                for (int n : COUNTS) {
                    String text = m.get(key, "n", n, "done", n, "total", n + 3, "answered", n, "minutes", n, "year", "2025",
                            "country", "Xanadu", "login", "someone", "names", "a, b", "state", "draft", "at", new Date(0L), "text", "a standard",
                            "ids", "1(a)", "words", "as appropriate", "min", 0.0, "max", 1e4, "title", "Human rights", "group", "Eastern European", "time", "21:45", "score", 42, "rating", "On track", "unanswered", n,
                            "notKnown", n, "closed", n, "opened", n, "where", "/region", "what", "is required", "stored", "0.3.0", "active", "0.4.0",
                            "unit", "percent", "source", "UNAIDS", "version", 2, "reason", "it is not a workbook");
                    assertFalse(text.isBlank() || text.contains("{") || text.contains("}"), language + " " + key + " at " + n + ": " + text);
                }
            }
        }
    }

    @Test
    void everyMessageInTheAccentedPseudoLocaleIsBracketedAndKeepsItsArguments() throws IOException {
        Messages pseudo = Messages.of("en-XA");
        for (String key : file("en").stringPropertyNames()) {
            for (int n : COUNTS) {
                String text = pseudo.get(key, "n", n, "done", n, "total", n + 3, "answered", n, "minutes", n, "year", "2025",
                        "country", "Xanadu", "login", "someone", "names", "a, b", "state", "draft", "at", new Date(0L), "text", "x",
                        "ids", "1(a)", "words", "w", "min", 0.0, "max", 1e4, "title", "T", "group", "G", "time", "21:45", "score", 42,
                        "rating", "R", "unanswered", n, "notKnown", n, "closed", n, "opened", n, "where", "/region", "what", "w",
                        "stored", "0.3.0", "active", "0.4.0", "unit", "u", "source", "S", "version", 2, "reason", "r");
                assertTrue(text.startsWith("[") && text.endsWith("]") && !text.contains("{"), key + " at " + n + ": " + text);
            }
        }
    }

    @Test
    void englishPluralsAgreeWithTheirCount() {
        Messages en = Messages.of("en");
        assertEquals("No part completed yet, of 10.", en.get("completed_parts", "done", 0, "total", 10));
        assertEquals("1 of 10 parts completed.", en.get("completed_parts", "done", 1, "total", 10));
        for (int n : COUNTS.subList(2, COUNTS.size())) {
            assertEquals(n + " of 100 parts completed.", en.get("completed_parts", "done", n, "total", 100));
        }
        assertEquals("0 of 1 question answered", en.get("answered_count", "answered", 0, "total", 1));
        assertEquals("3 of 11 questions answered", en.get("answered_count", "answered", 3, "total", 11));
        assertEquals("Too many failed sign-ins. Try again in 1 minute.", en.get("too_many_logins", "minutes", 1));
        assertEquals("Too many failed sign-ins. Try again in 15 minutes.", en.get("too_many_logins", "minutes", 15));
        assertEquals("Last change Jan 1, 1970, 00:00 UTC, by someone", en.get("last_change", "at", new Date(0L), "login", "someone"),
                "times in UTC, whatever the server's zone");
        assertEquals("ltr", en.direction());
    }
}
