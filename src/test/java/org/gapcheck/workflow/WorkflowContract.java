package org.gapcheck.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.gapcheck.access.Accounts;
import org.gapcheck.json.Json;
import org.gapcheck.storage.AccountRepository;
import org.gapcheck.testing.ServerPerClass;
import org.gapcheck.testing.TotpCodes;
import org.gapcheck.testing.StoredServer;
import org.gapcheck.testing.StoredServer.Answer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the workflow cases: a server on each database (a subclass per database and per
 * group of cases), accounts of XAF's delegation, of XAG's, of the secretariat, and requests as
 * each. Each case takes a reporting year of its own, so cases do not meet.
 */
abstract class WorkflowContract extends ServerPerClass {

    static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final AtomicInteger YEAR = new AtomicInteger(2009);

    int year;
    Caller coordinator;
    Caller contributor;
    Caller otherCoordinator;
    Caller secretariat;
    final Caller anonymous = new Caller(null, null);

    @Override
    protected void started() {
        coordinator = login("coordinator", "XAF");
        contributor = login("contributor", "XAF");
        otherCoordinator = login("coordinator", "XAG");
        secretariat = login("secretariat", null);
    }

    @BeforeEach
    void each() {
        year = anotherYear();
    }

    /** A reporting year no other case takes (the counter wraps within the reportable years, the last one spared). */
    static int anotherYear() {
        int next = YEAR.getAndIncrement();
        if (next > 2034) { // a case may read the year after its own, which must still be reportable
            YEAR.set(2009);
            next = YEAR.getAndIncrement();
        }
        return next;
    }

    /**
     * A second year for the case, after its own: the next the counter gives; where the counter wrapped
     * (the case's year was the last), the case's year becomes the first it gives again, and the later the next.
     */
    int laterYear() {
        int later = anotherYear();
        if (later <= year) {
            year = later;
            later = anotherYear();
        }
        return later;
    }

    /** A logged-in browser session (or none): its cookie and CSRF token. */
    record Caller(String cookie, String csrf) {
    }

    Caller login(String role, String country) {
        String login = role + "-" + getClass().getSimpleName().toLowerCase() + "-" + NEXT.incrementAndGet();
        server.bean(Accounts.class).create(new Accounts.Request(login, role, country, role.equals("coordinator") ? "NV/2026/7" : null,
                PASSWORD), null);
        String credentials = "\"login\": \"" + login + "\", \"password\": \"" + PASSWORD + "\"";
        Answer answer = server.send("POST", "/api/session", "{" + credentials + "}");
        if (answer.status() == 401 && "access/totp-enrolment-required".equals(answer.json().get("type").asText())) {
            answer = server.send("POST", "/api/session", "{" + credentials + ", \"totp\": \"" + totp(login) + "\"}");
        }
        assertEquals(201, answer.status(), answer.body());
        String cookie = answer.header("Set-Cookie");
        return new Caller(cookie.substring(0, cookie.indexOf(';')), answer.json().get("csrf_token").asText());
    }

    /** The current code of the TOTP secret the server offered {@code login} (the secretariat enrols at its first login). */
    private String totp(String login) {
        return TotpCodes.now(server.bean(AccountRepository.class).findByLogin(login).orElseThrow().totpSecret());
    }

    Answer as(Caller caller, String method, String path, String json) {
        String url = path.startsWith("/api/") ? path : "/api/countries/" + path;
        return caller.cookie() == null ? server.send(method, url, json)
                : server.send(method, url, json, "Cookie", caller.cookie(), "X-CSRF-Token", caller.csrf());
    }

    /** {@code XAF/<year>} and what follows. */
    String xaf(String rest) {
        return "XAF/submissions/" + year + rest;
    }

    /** The midterm fixture of XAF as a merge patch of this case's submission (its year is the case's). */
    static String wholeFixture() throws Exception {
        ObjectNode fixture = (ObjectNode) Json.mapper().readTree(Files.readString(Path.of("fixtures/xaf-midterm-2024.json")));
        fixture.remove("$schema");
        fixture.remove("reporting_year");
        return fixture.toString();
    }

    /** Saves the whole fixture as XAF's coordinator; the draft version after it. */
    long draftWholeFixture() throws Exception {
        Answer saved = as(coordinator, "PATCH", xaf(""), wholeFixture());
        assertEquals(200, saved.status(), saved.body());
        return saved.json().get("draft_version").asLong();
    }

    /** Submits XAF's draft as its coordinator; the answer. */
    Answer submit(long draftVersion) {
        return as(coordinator, "POST", xaf("/submit"), "{\"certify\": true, \"draft_version\": " + draftVersion + "}");
    }

    static void status(int expected, Answer answer) {
        assertEquals(expected, answer.status(), answer.body());
    }

    static void problem(int status, String type, Answer answer) {
        status(status, answer);
        assertEquals(type, answer.json().get("type").asText(), answer.body());
    }

    static JsonNode json(Answer answer) {
        assertTrue(answer.status() < 300, answer.status() + " " + answer.body());
        return answer.json();
    }

    // The pages' requests: a GET or a form post as the caller's browser sends it, and the HTML it answers.

    static final String FORM = "application/x-www-form-urlencoded";

    Answer page(Caller caller, String path) {
        return caller.cookie() == null ? server.send("GET", path, null) : server.send("GET", path, null, "Cookie", caller.cookie());
    }

    Answer post(Caller caller, String path, String form) {
        return caller.cookie() == null ? server.send("POST", path, form, "Content-Type", FORM)
                : server.send("POST", path, form, "Content-Type", FORM, "Cookie", caller.cookie());
    }

    static Document html(Answer answer) {
        assertTrue(answer.header("Content-Type").startsWith("text/html"), answer.header("Content-Type"));
        assertEquals("no-store", answer.header("Cache-Control"), "a country's answers are never cached");
        return Jsoup.parse(answer.body());
    }

    /** The hidden fields (token, base) of the form on {@code /app/XAF/<year>/<page>}, form-encoded. */
    String sectionForm(Caller caller, String section) {
        Document page = html(page(caller, "/app/XAF/" + year + "/" + section));
        StringBuilder form = new StringBuilder();
        for (org.jsoup.nodes.Element input : page.select("form[method=post] input[type=hidden]")) {
            form.append(form.length() == 0 ? "" : "&").append(input.attr("name")).append('=')
                    .append(URLEncoder.encode(input.val(), StandardCharsets.UTF_8));
        }
        return form.toString();
    }

}
