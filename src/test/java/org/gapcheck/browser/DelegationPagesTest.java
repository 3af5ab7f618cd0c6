package org.gapcheck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.gapcheck.access.Accounts;
import org.gapcheck.testing.Browser;
import org.gapcheck.testing.Database;
import org.gapcheck.testing.Page;
import org.gapcheck.testing.PageCheck;
import org.gapcheck.testing.StoredServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;

/**
 * The delegation's pages in Chromium, as a coordinator uses them: signing in with the keyboard
 * only, a wrong password said on the form, the task list; each page checked (axe-core, overflow,
 * console) and screenshotted under target/screenshots at a desktop's and a phone's width.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DelegationPagesTest {

    @RegisterExtension
    static final Browser BROWSER = new Browser();
    private static final String PASSWORD = "a long enough password";

    private Database database;
    private StoredServer server;

    @BeforeAll
    void start() throws Exception {
        database = Database.h2();
        server = StoredServer.start(database, Map.of());
        server.bean(Accounts.class).create(new Accounts.Request("xaf-coordinator", "coordinator", "XAF", "NV/2026/12", PASSWORD), null);
        server.bean(Accounts.class).create(new Accounts.Request("xaf-contributor", "contributor", "XAF", null, PASSWORD), null);
        server.bean(Accounts.class).create(new Accounts.Request("xah-coordinator", "coordinator", "XAH", "NV/2026/13", PASSWORD), null);
        server.bean(Accounts.class).create(new Accounts.Request("xaj-coordinator", "coordinator", "XAJ", "NV/2026/14", PASSWORD), null);
    }

    /** Each test starts signed out, whatever an earlier one left. */
    @org.junit.jupiter.api.BeforeEach
    void signedOut() {
        BROWSER.open(server.uri("/app/login"), 1280).clearCookies();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        database.close();
    }

    private static void check(Page page, String name) {
        PageCheck check = page.check(name);
        assertTrue(check.problems().isEmpty(), check::report);
    }

    /** Tabs to the field with this id, as a person with no mouse would. */
    private static void tabTo(Page page, String id) {
        for (int i = 0; i < 12 && !page.focused().equals(id); i++) {
            page.keys(Keys.TAB);
        }
        assertEquals(id, page.focused(), "reached by the keyboard");
    }

    @Test
    void aCoordinatorSignsInWithTheKeyboardAndLandsOnTheTaskList() {
        for (int width : List.of(1280, 390)) {
            Page form = BROWSER.open(server.uri("/app/login"), width);
            check(form, "app-login-" + width);
            tabTo(form, "login");
            form.keys("xaf-coordinator");
            tabTo(form, "password");
            form.keys("not the password", Keys.ENTER);
            form.waitFor("return !!document.querySelector('.error-summary')");
            assertEquals("There is a problem", form.run("return document.querySelector('.error-summary h2').textContent"));
            check(form, "app-login-error-" + width);

            tabTo(form, "password");
            form.keys(PASSWORD, Keys.ENTER);
            int year = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear() - 1;
            form.waitForUrlEnding("/app/XAF/" + year);
            assertEquals("Report for " + year, form.run("return document.querySelector('h1').textContent"));
            check(form, "app-tasks-" + width);
            Page profile = BROWSER.open(server.uri("/app/XAF/" + year + "/profile"), width);
            assertEquals(true, profile.run("return document.getElementById('region-2').checked"), "the table's group, offered");
            check(profile, "app-profile-" + width);
            check(BROWSER.open(server.uri("/app/XAF/" + year + "/indicators"), width), "app-indicators-" + width);
            profile.run("document.querySelector('form.signout button').click()");
            profile.waitFor("return location.pathname === '/app/login' && document.readyState === 'complete'");
        }
    }

    @Test
    void theCoordinatorAssignsASectionAndTheContributorFillsItAWrongFigureSaidBesideItAndTheAnswersKept() {
        int year = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear() - 1;
        Page assign = BROWSER.open(server.uri("/app/login?next=/app/XAF/" + year + "/assignments"), 1280);
        signIn(assign, "xaf-coordinator", "/app/XAF/" + year + "/assignments");
        check(assign, "app-assignments-1280");
        tabUntil(assign, "document.activeElement.id === 'c-0-HR'");
        assign.keys(Keys.SPACE);
        tabUntil(assign, "document.activeElement.matches('main button[type=submit]')");
        assign.keys(Keys.ENTER);
        assign.waitFor("return location.search.startsWith('?saved=') && document.readyState === 'complete'");
        assertEquals("Saved: the sections of xaf-contributor.", assign.run("return document.querySelector('.notice').textContent"));
        assign.run("document.querySelector('form.signout button').click()");
        assign.waitFor("return location.pathname === '/app/login' && document.readyState === 'complete'");
        for (int width : List.of(1280, 390)) {
            Page page = BROWSER.open(server.uri("/app/login?next=/app/XAF/" + year + "/HR"), width);
            signIn(page, "xaf-contributor", "/app/XAF/" + year + "/HR");
            check(page, "app-section-" + width);
            page.run("document.getElementById('a-HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW').focus()");
            page.keys(Keys.SPACE, Keys.ARROW_DOWN); // the first answer, then the next: "Partly"
            page.run("document.getElementById('a-HR.PRISON_OCCUPANCY_RATE').focus()");
            page.run("document.activeElement.select()"); // what a triple click does: the old figure is typed over
            page.keys("12,5", Keys.ENTER);
            page.waitFor("return !!document.querySelector('.error-summary')");
            assertEquals("Enter a number, like 12 or 3.5, without spaces or commas.",
                    page.run("return document.querySelector('.error-summary a').textContent"));
            check(page, "app-section-error-" + width);
            page.run("document.querySelector('.error-summary a').focus()");
            page.keys(Keys.ENTER); // the link moves the focus to the field
            assertEquals("a-HR.PRISON_OCCUPANCY_RATE", page.focused());
            page.run("document.activeElement.select()");
            page.keys("112.5", Keys.ENTER);
            // (the error link's fragment stays on the address through the redirect, as browsers keep it)
            page.waitFor("return location.search === '?saved=HR' && document.readyState === 'complete'");
            assertEquals("In progress", page.run("return document.querySelector('#task-hr .tag').textContent"));
            check(page, "app-tasks-saved-" + width);
            Page again = BROWSER.open(server.uri("/app/XAF/" + year + "/HR"), width);
            assertEquals(true, again.run("return document.getElementById('a-HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW-1').checked"),
                    "Partly, kept");
            assertEquals("112.5", again.run("return document.getElementById('a-HR.PRISON_OCCUPANCY_RATE').value"));
            again.run("document.querySelector('form.signout button').click()");
            again.waitFor("return location.pathname === '/app/login' && document.readyState === 'complete'");
        }
    }

    @Test
    void answersSaveAsTheyAreGivenAndASaveThatFailsIsSaidAndMadeOnceTheConnectionReturns() {
        int year = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear() - 1;
        Page page = BROWSER.open(server.uri("/app/login?next=/app/XAF/" + year + "/DR"), 1280);
        signIn(page, "xaf-coordinator", "/app/XAF/" + year + "/DR");
        String status = "return document.getElementById('save-status').textContent";
        page.run("document.querySelector('#preview h2').dataset.drawn = 'before'");
        page.run("document.getElementById('a-DR.PREVENTION_YOUTH_PRIMARY_PROGRAMME').focus()");
        page.keys(Keys.SPACE);
        page.waitFor(status + ".startsWith('All answers saved')");
        page.waitFor("return !document.querySelector('#preview h2').dataset.drawn"); // drawn again from the saved draft

        page.blockRequests("*/app/XAF/" + year + "/DR");
        page.keys(Keys.ARROW_DOWN); // "Partly", while saves cannot reach the server
        page.waitFor(status + ".startsWith('Not saved: the connection failed')");
        check(page, "app-section-not-saved-1280");
        page.blockRequests();
        page.waitFor(status + ".startsWith('All answers saved')"); // tried again, nothing typed twice

        page.run("document.getElementById('a-DR.TREATMENT_WAITING_TIME_DAYS').focus()");
        page.keys("two weeks", Keys.TAB);
        page.waitFor(status + ".startsWith('Not saved: put right')");
        assertEquals("Enter a number, like 12 or 3.5, without spaces or commas.", page.run("return document.querySelector("
                + "'#q-DR\\\\.TREATMENT_WAITING_TIME_DAYS .error-message').textContent"));
        page.run("window.scrollTo(0, 0)"); // the full-page screenshot is taken from the top
        check(page, "app-section-autosave-error-1280");

        Page again = BROWSER.open(server.uri("/app/XAF/" + year + "/DR"), 1280);
        assertEquals(true, again.run("return document.getElementById('a-DR.PREVENTION_YOUTH_PRIMARY_PROGRAMME-1').checked"),
                "Partly, saved once the connection returned");
        assertEquals("", again.run("return document.getElementById('a-DR.TREATMENT_WAITING_TIME_DAYS').value"), "the refused figure was not saved");
        again.run("document.querySelector('form.signout button').click()");
        again.waitFor("return location.pathname === '/app/login' && document.readyState === 'complete'");
    }

    /** Signs in on the form open in {@code page} with the keyboard, and waits for the page the form leads to. */
    private static void signIn(Page page, String login, String landing) {
        tabTo(page, "login");
        page.keys(login, Keys.TAB, PASSWORD, Keys.ENTER);
        page.waitForUrlEnding(landing);
    }

    /** Tabs until {@code condition} (a script's expression on document.activeElement) holds, as a person with no mouse would. */
    private static void tabUntil(Page page, String condition) {
        for (int i = 0; i < 80 && !Boolean.TRUE.equals(page.run("return " + condition)); i++) {
            page.keys(Keys.TAB);
        }
        assertEquals(true, page.run("return " + condition), "reached by the keyboard: " + condition);
    }

    private static String focusedHref(String href) {
        return "document.activeElement.getAttribute('href') === '" + href + "'";
    }

    @Test
    void theCoordinatorGoesFromSignInToASubmittedReportWithKeyPressesOnly() {
        int year = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear() - 1;
        String app = "/app/XAH/" + year;
        Page page = BROWSER.open(server.uri("/app/login"), 1280);
        signIn(page, "xah-coordinator", app);
        tabUntil(page, focusedHref(app + "/profile"));
        page.keys(Keys.ENTER);
        page.waitForUrlEnding(app + "/profile");
        tabUntil(page, "document.activeElement.matches('main button[type=submit]')"); // the table's group is offered: saved as it is
        page.keys(Keys.ENTER);
        page.waitFor("return location.search === '?saved=profile' && document.readyState === 'complete'");

        tabUntil(page, focusedHref(app + "/check"));
        page.keys(Keys.ENTER);
        page.waitForUrlEnding(app + "/check");
        check(page, "app-check-1280");
        tabUntil(page, "document.activeElement.matches('main button[type=submit]')");
        page.keys(Keys.ENTER); // not certified yet: the page says so
        page.waitFor("return !!document.querySelector('.error-summary') && document.readyState === 'complete'");
        assertEquals("Tick the box to certify the answers: submitting speaks for the State.",
                page.run("return document.querySelector('.error-summary a').textContent"));
        check(page, "app-check-error-1280");
        tabUntil(page, "document.activeElement.id === 'certify'");
        page.keys(Keys.SPACE);
        tabUntil(page, "document.activeElement.matches('main button[type=submit]')");
        page.keys(Keys.ENTER);
        page.waitFor("return location.pathname.endsWith('/report') && document.readyState === 'complete'");
        assertEquals("Version 1 submitted", page.run("return document.querySelector('.confirmation h1').textContent"));
        check(page, "app-submitted-1280");

        tabUntil(page, focusedHref(app + "/versions/1/report"));
        page.keys(Keys.ENTER);
        page.waitFor("return location.pathname.endsWith('/versions/1/report') && document.readyState === 'complete'");
        assertTrue(page.run("return document.querySelector('h1').textContent").toString().length() > 0, "the gap report opens");
        for (int width : List.of(1280, 390)) {
            check(BROWSER.open(server.uri(app + "/HR/check"), width), "app-check-section-" + width);
            check(BROWSER.open(server.uri(app + "/report"), width), "app-report-" + width);
        }
    }

    /** XAF's midterm answers saved and submitted as XAJ's report for {@code year}, through the API. */
    private void submittedThrough(int year) throws Exception {
        StoredServer.Answer session = server.send("POST", "/api/session", "{\"login\": \"xaj-coordinator\", \"password\": \"" + PASSWORD + "\"}");
        String cookie = session.header("Set-Cookie").split(";")[0];
        String csrf = session.json().get("csrf_token").asText();
        com.fasterxml.jackson.databind.node.ObjectNode fixture = (com.fasterxml.jackson.databind.node.ObjectNode) org.gapcheck.json.Json.mapper()
                .readTree(java.nio.file.Files.readString(java.nio.file.Path.of("fixtures/xaf-midterm-2024.json")));
        fixture.remove(List.of("$schema", "country", "reporting_year"));
        fixture.put("region", "western_european_other"); // where rules/regions.yaml places XAJ
        String path = "/api/countries/XAJ/submissions/" + year;
        StoredServer.Answer saved = server.send("PATCH", path, fixture.toString(), "Cookie", cookie, "X-CSRF-Token", csrf);
        assertEquals(200, saved.status(), saved.body());
        StoredServer.Answer submitted = server.send("POST", path + "/submit", "{\"certify\": true, \"draft_version\": "
                + saved.json().get("draft_version").asLong() + "}", "Cookie", cookie, "X-CSRF-Token", csrf);
        assertEquals(200, submitted.status(), submitted.body());
    }

    @Test
    void theCoordinatorStartsTheNewReportFromLastYearsAnswersAndConfirmsASection() throws Exception {
        int year = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear() - 1;
        submittedThrough(year - 1);
        String app = "/app/XAJ/" + year;
        Page page = BROWSER.open(server.uri("/app/login"), 1280);
        signIn(page, "xaj-coordinator", app);
        check(page, "app-carry-offer-1280");
        tabUntil(page, "document.activeElement.matches('form[action$=\"/carry-over\"] button')");
        page.keys(Keys.ENTER);
        page.waitFor("return location.pathname.endsWith('/carry-over') && document.readyState === 'complete'");
        assertEquals("Answers carried over from " + (year - 1), page.run("return document.querySelector('h1').textContent"));
        check(page, "app-carried-1280");
        tabUntil(page, focusedHref(app));
        page.keys(Keys.ENTER);
        page.waitFor("return location.pathname === '" + app + "' && document.readyState === 'complete'");
        assertTrue(page.run("return document.getElementById('task-hr').textContent").toString().contains("carried over, to confirm"));

        Page hr = BROWSER.open(server.uri(app + "/HR"), 1280);
        assertEquals("Carried over from " + (year - 1), hr.run("return document.querySelector('.tag-carried').textContent"));
        check(hr, "app-section-carried-1280");
        hr.run("document.querySelector('main button[type=submit]').focus()");
        hr.keys(Keys.ENTER);
        hr.waitFor("return location.search === '?saved=HR' && document.readyState === 'complete'");
        assertEquals(false, hr.run("return document.getElementById('task-hr').textContent.includes('carried over')"),
                "the section's answers are confirmed");
        for (int width : List.of(1280, 390)) {
            Page check = BROWSER.open(server.uri(app + "/check"), width);
            assertTrue(check.run("return document.querySelector('.panel-carried').textContent").toString().contains("not yet confirmed"));
            check(check, "app-check-carried-" + width);
        }
        uploadsAWorkbookWithOneBadCellAndSeesWhichCell(year);
    }

    /** The questionnaire as the task list's link downloads it, one answer replaced by a word not in its list, and uploaded back. */
    private void uploadsAWorkbookWithOneBadCellAndSeesWhichCell(int year) throws Exception {
        String app = "/app/XAJ/" + year;
        io.micronaut.security.authentication.Authentication as = org.gapcheck.access.Caller.onCommandLine(server
                .bean(org.gapcheck.storage.AccountRepository.class).findByLogin("xaj-coordinator").orElseThrow());
        org.gapcheck.app.Messages m = org.gapcheck.app.Messages.of("en");
        byte[] xlsx = server.bean(org.gapcheck.workflow.Workbooks.class).export(as, "XAJ", year, "en",
                org.gapcheck.app.WorkbookWords.of(m, "Test country XAJ", year, server.bean(org.gapcheck.core.RulePack.class).manifest().version()));
        java.nio.file.Path file = java.nio.file.Files.createTempFile("gapcheck-upload-", ".xlsx");
        java.nio.file.Files.write(file, org.gapcheck.testing.Spreadsheets.edited(xlsx,
                org.gapcheck.testing.Spreadsheets.answer("HR", "HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW", "Maybe")));
        try {
            Page page = BROWSER.open(server.uri(app + "/upload"), 1280);
            check(page, "app-upload-1280");
            page.chooseFile("file", file);
            page.run("document.querySelector('main button[type=submit]').focus()");
            page.keys(Keys.ENTER);
            page.waitFor("return !!document.querySelector('.error-summary') && document.readyState === 'complete'");
            String error = page.run("return document.querySelector('.cell-errors li').textContent").toString();
            assertTrue(error.matches("HR!C\\d+: “Maybe” is not an answer here\\. .*"), error);
            check(page, "app-upload-error-1280");
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
