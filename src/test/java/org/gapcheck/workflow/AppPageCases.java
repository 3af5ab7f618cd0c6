package org.gapcheck.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.gapcheck.testing.StoredServer.Answer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The delegation's pages through HTTP: signing in and out with plain forms, landing on the task
 * list, and what it shows of a draft; no one else reaches a country's pages, as in the API.
 */
abstract class AppPageCases extends WorkflowContract {

    @Test
    void withoutASessionThePagesSendToTheSignInFormAndItSignsInWithThePassword() {
        Answer home = page(anonymous, "/app/");
        assertEquals(303, home.status());
        assertEquals("/app/login", home.header("Location"));
        Answer tasks = page(anonymous, "/app/XAF/" + year);
        assertEquals(303, tasks.status());
        assertEquals("/app/login?next=/app/XAF/" + year, tasks.header("Location"));

        Document form = html(page(anonymous, "/app/login?next=/app/XAF/" + year));
        assertEquals("/app/XAF/" + year, form.selectFirst("input[name=next]").val());
        assertEquals("login", form.selectFirst("label[for=login]").nextElementSibling().id(), "each field has its label");

        Answer wrong = post(anonymous, "/app/login", "login=nobody&password=wrong&next=%2Fapp%2FXAF%2F" + year);
        assertEquals(200, wrong.status(), "the form again, with its errors");
        Document refused = html(wrong);
        assertEquals("#login", refused.selectFirst(".error-summary a").attr("href"), "the summary links to the field");
        assertEquals("nobody", refused.selectFirst("#login").val(), "what was typed is kept");
        Document empty = html(post(anonymous, "/app/login", "login=&password="));
        assertEquals("#login", empty.selectFirst(".error-summary a").attr("href"));
    }

    @Test
    void aCoordinatorSignsInLandsOnTheOpenReportAndSeesEachPartsProgress() throws Exception {
        String login = "pages-coordinator-" + getClass().getSimpleName().toLowerCase();
        server.bean(org.gapcheck.access.Accounts.class).create(new org.gapcheck.access.Accounts.Request(login, "coordinator", "XAH",
                "NV/2026/9", PASSWORD), null);
        Answer signedIn = post(anonymous, "/app/login", "login=" + login + "&password=" + URLEncoder.encode(PASSWORD,
                StandardCharsets.UTF_8) + "&next=%2Fapp%2F");
        assertEquals(303, signedIn.status(), signedIn.body());
        assertEquals("/app/", signedIn.header("Location"));
        String cookie = signedIn.header("Set-Cookie");
        assertTrue(cookie.toLowerCase().contains("httponly") && cookie.contains("SameSite=Strict") && cookie.contains("Secure"), cookie);
        Caller xah = new Caller(cookie.substring(0, cookie.indexOf(';')), null);
        Answer landing = page(xah, "/app/");
        assertEquals(303, landing.status());
        int open = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getYear() - 1;
        assertEquals("/app/XAH/" + open, landing.header("Location"), "a country with no report opens on last year's");

        Document tasks = html(page(xah, "/app/XAH/" + open));
        assertEquals("Report for " + open, tasks.selectFirst("h1").text());
        assertTrue(tasks.selectFirst(".caption").text().length() > 0);
        assertEquals("Not started", tasks.selectFirst("#task-hr .tag").text());
        assertTrue(tasks.selectFirst(".progress-line").text().startsWith("No part completed yet"), tasks.selectFirst(".progress-line").text());
    }

    @Test
    void theTaskListShowsWhatTheDraftHoldsWhoAnswersEachPartAndTheLastChange() throws Exception {
        draftWholeFixture();
        json(as(coordinator, "PUT", "XAF/assignments/" + contributorLogin(), "{\"sections\": [\"HR\"]}"));
        json(as(contributor, "PATCH", xaf(""), "{\"answers\": {\"HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW\": \"yes\"}}"));
        Document tasks = html(page(coordinator, "/app/XAF/" + year));
        String hr = tasks.selectFirst("#task-hr").text();
        assertTrue(hr.contains("Answered by: " + contributorLogin()), hr);
        assertTrue(hr.contains("by " + contributorLogin()), "the last change and who made it: " + hr);
        assertTrue(hr.matches(".*\\d+ of \\d+ questions answered.*"), hr);
        assertEquals("Draft, not submitted.", tasks.selectFirst(".state").text());
        assertTrue(tasks.select(".task .tag").eachText().stream().allMatch(t -> t.equals("Not started") || t.equals("In progress")
                || t.equals("Completed")), "a status is always a word");
        assertTrue(tasks.selectFirst("#task-profile").text().contains("Answered by the coordinator"));
        assertTrue(tasks.selectFirst("#task-dr").text().contains("Answered by the coordinator"), "no contributor has DR");
    }

    private String contributorLogin() {
        return json(as(contributor, "GET", "/api/session", null)).get("login").asText();
    }

    @Test
    void noOneOutsideTheDelegationReachesItsPagesAndSigningOutTakesTheFormsToken() throws Exception {
        draftWholeFixture();
        for (Caller outsider : new Caller[] {otherCoordinator, secretariat}) {
            Answer page = page(outsider, "/app/XAF/" + year);
            assertEquals(404, page.status(), "as the API: not found");
            assertEquals("Page not found", html(page).selectFirst("h1").text());
        }
        assertEquals(404, page(coordinator, "/app/XAF/1999").status(), "a year that is not reportable");
        assertEquals(404, page(coordinator, "/app/xaf/" + year).status());
        Answer home = page(secretariat, "/app/");
        assertEquals(200, home.status(), "the secretariat lands on its own page");
        assertEquals("/api/summaries", html(home).selectFirst("main a").attr("href"));

        Document tasks = html(page(coordinator, "/app/XAF/" + year));
        String token = tasks.selectFirst("form.signout input[name=_csrf]").val();
        assertEquals(403, post(coordinator, "/app/logout", "").status(), "a form without the session's token is refused");
        assertEquals(200, as(coordinator, "GET", "/api/session", null).status(), "and the session goes on");
        Answer out = post(coordinator, "/app/logout", "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertEquals(303, out.status());
        assertEquals("/app/login", out.header("Location"));
        assertEquals(401, as(coordinator, "GET", "/api/session", null).status(), "the session ended");
        coordinator = login("coordinator", "XAF");
    }

    @Test
    void aSectionIsAPlainFormThatSavesItsAnswersAndSaysWhatIsWrongBesideEachField() {
        Document empty = html(page(coordinator, "/app/XAF/" + year + "/HR"));
        assertEquals("Human rights, proportionality and specific groups", empty.selectFirst("h1").text());
        assertEquals("HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW", empty.selectFirst("#q-HR\\.DRUG_POLICY_HUMAN_RIGHTS_REVIEW .code").text());
        assertTrue(empty.select("#q-HR\\.DRUG_POLICY_HUMAN_RIGHTS_REVIEW input[type=radio]").eachAttr("value")
                .containsAll(java.util.List.of("yes", "partly", "no", "not_known")), "each answer and Not known");
        assertEquals("percent of official capacity", empty.selectFirst("#q-HR\\.PRISON_OCCUPANCY_RATE .unit").text(), "a figure's unit");

        String hidden = sectionForm(coordinator, "HR");
        Answer wrong = post(coordinator, "/app/XAF/" + year + "/HR", hidden + "&v%3AHR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW=partly"
                + "&v%3AHR.PRISON_OCCUPANCY_RATE=12%2C5&url%3AHR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW=ministry.example");
        assertEquals(200, wrong.status());
        Document refused = html(wrong);
        assertEquals(java.util.List.of("#a-HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW-url", "#a-HR.PRISON_OCCUPANCY_RATE"),
                refused.select(".error-summary a").eachAttr("href"), "the summary links to each field, in the page's order");
        assertEquals("Enter a number, like 12 or 3.5, without spaces or commas.",
                refused.selectFirst("#q-HR\\.PRISON_OCCUPANCY_RATE .error-message").text());
        assertEquals("12,5", refused.selectFirst("#a-HR\\.PRISON_OCCUPANCY_RATE").val(), "what was typed is kept");
        assertTrue(refused.selectFirst("#a-HR\\.DRUG_POLICY_HUMAN_RIGHTS_REVIEW-1").hasAttr("checked"), "and what was chosen");
        assertEquals(404, as(coordinator, "GET", xaf(""), null).status(), "nothing of a refused save is kept");

        Answer saved = post(coordinator, "/app/XAF/" + year + "/HR", hidden + "&v%3AHR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW=partly"
                + "&v%3AHR.PRISON_OCCUPANCY_RATE=112.5&url%3AHR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW=https%3A%2F%2Fministry.example%2Freview"
                + "&nk%3AHR.UNSENTENCED_DETAINEES_PERCENT=1");
        assertEquals(303, saved.status(), saved.body());
        assertEquals("/app/XAF/" + year + "?saved=HR", saved.header("Location"));
        var draft = json(as(coordinator, "GET", xaf(""), null)).get("draft").get("answers");
        assertEquals("partly", draft.at("/HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW/value").asText());
        assertEquals("https://ministry.example/review", draft.at("/HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW/source/url").asText());
        assertEquals(112.5, draft.get("HR.PRISON_OCCUPANCY_RATE").asDouble());
        assertEquals("not_known", draft.get("HR.UNSENTENCED_DETAINEES_PERCENT").asText());
        Document tasks = html(page(coordinator, "/app/XAF/" + year + "?saved=HR"));
        assertEquals("Saved: Human rights, proportionality and specific groups.", tasks.selectFirst(".notice").text());
        assertEquals("In progress", tasks.selectFirst("#task-hr .tag").text());

        Document again = html(page(coordinator, "/app/XAF/" + year + "/HR"));
        assertEquals("112.5", again.selectFirst("#a-HR\\.PRISON_OCCUPANCY_RATE").val(), "the page shows what is stored");
        assertTrue(again.selectFirst("#a-HR\\.UNSENTENCED_DETAINEES_PERCENT-nk").hasAttr("checked"));
        Answer cleared = post(coordinator, "/app/XAF/" + year + "/HR", sectionForm(coordinator, "HR")
                + "&v%3AHR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW=yes");
        assertEquals(303, cleared.status());
        draft = json(as(coordinator, "GET", xaf(""), null)).get("draft").get("answers");
        assertEquals("yes", draft.get("HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW").asText(), "a field left empty clears its answer");
        assertTrue(draft.get("HR.PRISON_OCCUPANCY_RATE") == null);
    }

    @Test
    void aSaveOverAnswerChangedSinceThePageWasReadSaysSoAndKeepsWhatWasTyped() {
        String hidden = sectionForm(coordinator, "HR");
        json(as(contributor, "PATCH", xaf(""), "{\"answers\": {\"HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW\": \"no\"}}"));
        Document conflict = html(post(coordinator, "/app/XAF/" + year + "/HR", hidden + "&v%3AHR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW=yes"));
        assertTrue(conflict.selectFirst("#q-HR\\.DRUG_POLICY_HUMAN_RIGHTS_REVIEW .error-message").text().startsWith("Someone else changed"));
        assertTrue(conflict.selectFirst("#a-HR\\.DRUG_POLICY_HUMAN_RIGHTS_REVIEW").hasAttr("checked"), "yours, kept");
        String base = conflict.selectFirst("input[name=base]").val();
        Answer second = post(coordinator, "/app/XAF/" + year + "/HR", "_csrf=" + URLEncoder.encode(coordinator.csrf(), StandardCharsets.UTF_8)
                + "&base=" + base + "&v%3AHR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW=yes");
        assertEquals(303, second.status(), "saving again keeps yours");
        assertEquals(403, post(coordinator, "/app/XAF/" + year + "/HR", "base=" + base).status(), "a form without the token");
        assertEquals(404, page(otherCoordinator, "/app/XAF/" + year + "/HR").status());
        assertEquals(404, post(otherCoordinator, "/app/XAF/" + year + "/HR", "_csrf=" + URLEncoder.encode(otherCoordinator.csrf(),
                StandardCharsets.UTF_8)).status());
        assertEquals(404, page(coordinator, "/app/XAF/" + year + "/NOPE").status());
    }

    @Test
    void theProfileOffersTheTablesRegionalGroupAndSavesTheFieldsThatDecideWhatApplies() {
        Document form = html(page(coordinator, "/app/XAF/" + year + "/profile"));
        assertEquals("About the country", form.selectFirst("h1").text());
        String offered = form.select("input[name=region][checked]").val();
        assertTrue(form.selectFirst("#h-region").text().startsWith("The UN regional groups table places the country in"));
        assertTrue(!offered.isEmpty(), "the table's group is offered until one is saved");
        String hidden = sectionForm(coordinator, "profile");
        Document wrong = html(post(coordinator, "/app/XAF/" + year + "/profile", hidden + "&region=" + offered
                + "&p%3Atransit_country=maybe"));
        assertEquals("#p-transit_country", wrong.selectFirst(".error-summary a").attr("href"));
        assertEquals("Choose one of the answers.", wrong.selectFirst("#q-transit_country .error-message").text());
        Answer saved = post(coordinator, "/app/XAF/" + year + "/profile", hidden + "&region=" + offered
                + "&p%3Atransit_country=yes&p%3Aillicit_cultivation=not_known");
        assertEquals(303, saved.status(), saved.body());
        assertEquals("/app/XAF/" + year + "?saved=profile", saved.header("Location"));
        var draft = json(as(coordinator, "GET", xaf(""), null)).get("draft");
        assertEquals(offered, draft.get("region").asText());
        assertEquals("yes", draft.at("/profile/transit_country").asText());
        assertEquals("not_known", draft.at("/profile/illicit_cultivation").asText());
        Document tasks = html(page(coordinator, "/app/XAF/" + year + "?saved=profile"));
        assertEquals("Saved: About the country.", tasks.selectFirst(".notice").text());
        assertEquals("/app/XAF/" + year + "/profile", tasks.selectFirst("#task-profile a").attr("href"));
        assertEquals(404, page(otherCoordinator, "/app/XAF/" + year + "/profile").status());
    }

    @Test
    void aReservationIsRecordedWhereTheTextLeavesTheMeasureToTheStateWithBothItsLawAndItsReason() {
        Document form = html(page(coordinator, "/app/XAF/" + year + "/HR"));
        org.jsoup.nodes.Element first = form.selectFirst(".reservation");
        assertTrue(first != null, "HR's questions inform criteria under a qualifier");
        String id = first.id().substring("q-r-".length());
        assertTrue(first.selectFirst(".hint").text().startsWith("The recommendation says:"), first.text());
        String hidden = sectionForm(coordinator, "HR");
        String name = URLEncoder.encode(id, StandardCharsets.UTF_8);
        Document half = html(post(coordinator, "/app/XAF/" + year + "/HR", hidden + "&rl%3A" + name + "=Act+7%2F2019"));
        assertEquals("#r-" + id + "-reason", half.selectFirst(".error-summary a").attr("href"));
        assertEquals("Act 7/2019", half.getElementById("r-" + id + "-law").val(), "the law typed is kept");
        Answer saved = post(coordinator, "/app/XAF/" + year + "/HR", hidden + "&rl%3A" + name + "=Act+7%2F2019&rr%3A" + name
                + "=Left+to+the+provinces+by+the+constitution");
        assertEquals(303, saved.status(), saved.body());
        var stated = json(as(coordinator, "GET", xaf(""), null)).at("/draft/reservations").get(id);
        assertEquals("Act 7/2019", stated.get("law").asText());
        assertEquals("Left to the provinces by the constitution", stated.get("reason").asText());
        assertEquals("Act 7/2019", html(page(coordinator, "/app/XAF/" + year + "/HR")).getElementById("r-" + id + "-law").val());
    }

    @Test
    void aBackgroundSaveOfTheSameFormIsAnsweredInJsonWithTheNewVersionOrTheErrorsAtTheirFields() {
        String hidden = sectionForm(coordinator, "HR");
        Answer saved = server.send("POST", "/app/XAF/" + year + "/HR", hidden + "&v%3AHR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW=yes",
                "Content-Type", FORM, "Accept", "application/json", "Cookie", coordinator.cookie());
        assertEquals(200, saved.status(), saved.body());
        assertEquals(true, saved.json().get("saved").asBoolean());
        long base = saved.json().get("base").asLong();
        assertEquals(base, json(as(coordinator, "GET", xaf(""), null)).get("draft_version").asLong(), "the version to save from next");
        Answer refused = server.send("POST", "/app/XAF/" + year + "/HR", "_csrf=" + URLEncoder.encode(coordinator.csrf(),
                StandardCharsets.UTF_8) + "&base=" + base + "&v%3AHR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW=yes&v%3AHR.PRISON_OCCUPANCY_RATE=lots",
                "Content-Type", FORM, "Accept", "application/json", "Cookie", coordinator.cookie());
        assertEquals(false, refused.json().get("saved").asBoolean());
        assertEquals("a-HR.PRISON_OCCUPANCY_RATE", refused.json().at("/errors/0/field").asText());
        assertEquals("Enter a number, like 12 or 3.5, without spaces or commas.", refused.json().at("/errors/0/message").asText());
        assertEquals("yes", json(as(coordinator, "GET", xaf(""), null)).at("/draft/answers/HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW").asText());
    }

    @Test
    void besideTheFormThePreviewShowsWhatTheDraftsGapReportSaysOfTheRecommendationsTheSectionInforms() throws Exception {
        Document before = html(page(coordinator, "/app/XAF/" + year + "/HR"));
        assertEquals("What these answers move", before.selectFirst("#preview h2").text());
        assertTrue(before.select("#preview .statuses li").size() > 3, "each recommendation the section informs");
        draftWholeFixture();
        Document fragment = html(page(coordinator, "/app/XAF/" + year + "/HR/preview"));
        var draft = (com.fasterxml.jackson.databind.node.ObjectNode) json(as(coordinator, "GET", xaf(""), null)).get("draft");
        var report = new org.gapcheck.evaluation.EvaluationService(server.bean(org.gapcheck.core.RulePack.class), java.time.Clock.systemUTC())
                .evaluate(org.gapcheck.json.Json.compact(draft), null, false);
        for (org.jsoup.nodes.Element li : fragment.select(".statuses li")) {
            String id = li.selectFirst("span").text();
            var finding = report.findings().stream().filter(f -> f.recommendation().equals(id)).findFirst().orElseThrow();
            String word = org.gapcheck.app.Messages.of("en").get("status_" + finding.status().name().toLowerCase(java.util.Locale.ROOT));
            assertEquals(word, li.selectFirst("strong").text(), id + ": the preview says what the gap report says");
        }
        assertTrue(fragment.select(".statuses strong").eachText().stream().anyMatch(t -> !t.equals("Not reported")),
                "answers move statuses");
        assertEquals(404, page(otherCoordinator, "/app/XAF/" + year + "/HR/preview").status());
    }

    @Test
    void theSituationIndicatorsTakeAFigureForTheYearAndFor2019AndKeepWhatElseTheSeriesHolds() {
        while (year <= 2019) {
            year = anotherYear();
        }
        String deaths = "IND.DRUG_DEATHS_PER_MILLION";
        json(as(coordinator, "PATCH", xaf(""), "{\"indicators\": {\"" + deaths + "\": {\"values\": {\"2015\": 40},"
                + " \"source\": {\"document\": \"Vital statistics 2015\"}}}}"));
        Document form = html(page(coordinator, "/app/XAF/" + year + "/indicators"));
        assertEquals("Situation indicators (optional)", form.selectFirst("h1").text());
        String now = "i-" + deaths + "-" + year;
        assertEquals("Figure for " + year, form.selectFirst("label[for=\"" + now + "\"]").text());
        String hidden = sectionForm(coordinator, "indicators");
        Document wrong = html(post(coordinator, "/app/XAF/" + year + "/indicators", hidden + "&" + now + "=lots&i-" + deaths + "-2019=-5"));
        assertEquals(java.util.List.of("#i-" + deaths + "-2019", "#" + now), wrong.select(".error-summary a").eachAttr("href"),
                "in the page's order");
        assertEquals("Enter a number from 0 to 10,000.", wrong.select(".error-summary a").get(0).text());
        assertEquals("Enter a number, like 12 or 3.5, without spaces or commas.", wrong.select(".error-summary a").get(1).text());
        assertEquals("lots", wrong.getElementById(now).val(), "what was typed is kept");
        Answer saved = post(coordinator, "/app/XAF/" + year + "/indicators", hidden + "&" + now + "=31.5&i-" + deaths + "-2019=44");
        assertEquals(303, saved.status(), saved.body());
        assertEquals("/app/XAF/" + year + "?saved=indicators", saved.header("Location"));
        var series = json(as(coordinator, "GET", xaf(""), null)).at("/draft/indicators/" + deaths);
        assertEquals("{\"2015\":40,\"2019\":44,\"" + year + "\":31.5}", series.get("values").toString(), "the other years kept");
        assertEquals("Vital statistics 2015", series.at("/source/document").asText(), "and the source");
        Document tasks = html(page(coordinator, "/app/XAF/" + year + "?saved=indicators"));
        assertEquals("Saved: Situation indicators (optional).", tasks.selectFirst(".notice").text());
        assertEquals("/app/XAF/" + year + "/indicators", tasks.selectFirst("#task-indicators a").attr("href"));
        assertEquals(404, page(contributor, "/app/XAF/" + year + "/indicators").status(), "the coordinator gives them");
        assertEquals(404, page(otherCoordinator, "/app/XAF/" + year + "/indicators").status());
    }
}
