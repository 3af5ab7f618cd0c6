package org.gapcheck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gapcheck.access.Accounts;
import org.gapcheck.testing.Browser;
import org.gapcheck.testing.Database;
import org.gapcheck.testing.Page;
import org.gapcheck.testing.StoredServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every page of the delegation in the pseudo-locales, as translators' tools check a product: in
 * {@code en-XA} (each message accented, 40% longer, in brackets) any text a person can read or hear
 * outside brackets is a string no bundle gave, and fails the test, unless it is marked as the rule
 * pack's English ({@code lang="en"}) or as a code ({@code translate="no"}); the longer words must not
 * overflow. In {@code ar-XB} each page is laid out right to left, checked as every page is (axe,
 * overflow) and screenshotted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PseudoLocaleTest {

    @RegisterExtension
    static final Browser BROWSER = new Browser();
    private static final String PASSWORD = "a long enough password";
    /** The text of the page a person can read or hear, without what is marked as not the interface's: what no bracket holds. */
    private static final String OUTSIDE_BRACKETS = """
            const root = document.body.cloneNode(true);
            root.querySelectorAll('[lang]:not([lang="en-XA"]), [translate="no"], script, style, template, textarea, select option[value=""]')
                .forEach(e => e.remove());
            const texts = [root.textContent];
            root.querySelectorAll('[aria-label], [title], [alt], [placeholder]').forEach(e => ['aria-label', 'title', 'alt', 'placeholder']
                .forEach(a => { if (e.hasAttribute(a)) texts.push(e.getAttribute(a)); }));
            let text = texts.join(' ');
            for (let before = ''; before !== text; ) { before = text; text = text.replace(/\\[[^\\[\\]]*\\]/g, ' '); }
            return text.split(/\\s+/).filter(w => /\\p{L}/u.test(w)).join(' ');
            """;

    private Database database;
    private StoredServer server;
    private int year;

    @BeforeAll
    void start() throws Exception {
        database = Database.h2();
        server = StoredServer.start(database, Map.of());
        server.bean(Accounts.class).create(new Accounts.Request("xaf-pseudo", "coordinator", "XAF", "NV/2026/20", PASSWORD), null);
        year = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear() - 1;
        StoredServer.Answer session = server.send("POST", "/api/session", "{\"login\": \"xaf-pseudo\", \"password\": \"" + PASSWORD + "\"}");
        String cookie = session.header("Set-Cookie").split(";")[0];
        String csrf = session.json().get("csrf_token").asText();
        com.fasterxml.jackson.databind.node.ObjectNode fixture = (com.fasterxml.jackson.databind.node.ObjectNode) org.gapcheck.json.Json
                .mapper().readTree(java.nio.file.Files.readString(java.nio.file.Path.of("fixtures/xaf-midterm-2024.json")));
        fixture.remove(List.of("$schema", "country", "reporting_year"));
        String earlier = "/api/countries/XAF/submissions/" + (year - 1);
        StoredServer.Answer saved = server.send("PATCH", earlier, fixture.toString(), "Cookie", cookie, "X-CSRF-Token", csrf);
        assertEquals(200, saved.status(), saved.body());
        assertEquals(200, server.send("POST", earlier + "/submit", "{\"certify\": true, \"draft_version\": "
                + saved.json().get("draft_version").asLong() + "}", "Cookie", cookie, "X-CSRF-Token", csrf).status());
        assertEquals(200, server.send("PATCH", "/api/countries/XAF/submissions/" + year, "{\"answers\": {\"HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW\":"
                + " \"yes\"}}", "Cookie", cookie, "X-CSRF-Token", csrf).status());
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        database.close();
    }

    private List<String> pages() {
        String app = "/app/XAF/" + year;
        return List.of(app, app + "/profile", app + "/indicators", app + "/HR", app + "/HR/check", app + "/check", app + "/assignments",
                app + "/upload", "/app/XAF/" + (year - 1) + "/report", "/app/XAF/1999/nothing");
    }

    /** Signs in on the form with the pseudo-locale's cookie set, so every page after it speaks that language. */
    private Page signedIn(String language, int width) {
        Page page = BROWSER.open(server.uri("/app/login"), width);
        page.clearCookies();
        page.setCookie("gapcheck_lang", language);
        page = BROWSER.open(server.uri("/app/login"), width);
        assertEquals(language, page.run("return document.documentElement.lang"));
        page.run("document.getElementById('login').value = arguments[0]; document.getElementById('password').value = arguments[1];"
                + " document.querySelector('form').submit()", "xaf-pseudo", PASSWORD);
        page.waitFor("return location.pathname.startsWith('/app/XAF/') && document.readyState === 'complete'");
        return page;
    }

    @Test
    void everyPageInTheAccentedPseudoLocaleHasNoTextOutsideBrackets() {
        Page login = BROWSER.open(server.uri("/app/login?lang=en-XA"), 1280);
        login.clearCookies();
        login = BROWSER.open(server.uri("/app/login?lang=en-XA"), 1280);
        List<String> found = new ArrayList<>();
        String outside = String.valueOf(login.run(OUTSIDE_BRACKETS));
        if (!outside.isBlank()) {
            found.add("/app/login: " + outside);
        }
        signedIn(Pseudo.ACCENTED, 1280);
        for (String path : pages()) {
            Page page = BROWSER.open(server.uri(path), 1280);
            outside = String.valueOf(page.run(OUTSIDE_BRACKETS));
            if (!outside.isBlank()) {
                found.add(path + ": " + (outside.length() > 400 ? outside.substring(0, 400) + "..." : outside));
            }
            // Axe and the console are DelegationPagesTest's; here what a longer language does to the layout.
            assertEquals(List.of(), page.overflows(), path + " in en-XA");
            page.screenshot("pseudo-" + path.substring(5).replace('/', '-'));
        }
        assertEquals(List.of(), found, "text no bundle gave, on each page");
    }

    @Test
    void everyPageLaysOutRightToLeft() {
        signedIn(Pseudo.RIGHT_TO_LEFT, 1280);
        for (String path : pages()) {
            Page page = BROWSER.open(server.uri(path), 1280);
            assertEquals("rtl", page.run("return document.documentElement.dir"), path);
            assertEquals("rtl", page.run("return getComputedStyle(document.querySelector('main')).direction"), path);
            assertEquals(List.of(), page.overflows(), path + " in ar-XB");
            page.screenshot("rtl-" + path.substring(5).replace('/', '-'));
        }
    }

    @Test
    void everyPageSpeaksFrenchChosenFromTheHeaderAndKeepsThePacksEnglishMarked() {
        Page page = signedIn("en", 1280);
        page.run("document.querySelector('.languages a[lang=fr]').click()");
        page.waitFor("return document.documentElement.lang === 'fr' && document.readyState === 'complete'");
        assertEquals("/app/XAF/" + year, page.run("return location.pathname"), "back to the page the link was on");
        for (int width : List.of(1280, 390)) {
            for (String path : pages()) {
                Page fr = BROWSER.open(server.uri(path), width);
                assertEquals("fr", fr.run("return document.documentElement.lang"), path);
                assertEquals(List.of(), fr.overflows(), path + " in French at " + width);
                fr.screenshot("fr-" + path.substring(5).replace('/', '-') + "-" + width);
            }
        }
        assertTrue(String.valueOf(BROWSER.open(server.uri("/app/XAF/" + year + "/HR"), 1280).run(
                "return document.querySelector('legend[lang=en]').textContent")).length() > 10, "a question in the pack's English, marked");
    }

    /** The pseudo-locales' tags, as app.Pseudo names them. */
    private static final class Pseudo {
        static final String ACCENTED = "en-XA";
        static final String RIGHT_TO_LEFT = "ar-XB";
    }
}
