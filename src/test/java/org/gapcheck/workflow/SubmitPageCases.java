package org.gapcheck.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.gapcheck.testing.StoredServer.Answer;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The end of the delegation's cycle in its pages: check your answers (the whole report and one
 * section), the coordinator's certify-and-submit, and the submitted versions with their report,
 * PDF, receipt and the comparison with the previous cycle.
 */
abstract class SubmitPageCases extends WorkflowContract {

    private String path(String rest) {
        return "/app/XAF/" + year + rest;
    }

    private String submitForm(String extra) {
        return sectionForm(coordinator, "check") + extra;
    }

    @Test
    void checkYourAnswersListsWhatIsMissingPerSectionAndEveryAnswerInWordsWithWhereToChangeIt() throws Exception {
        draftWholeFixture();
        json(as(coordinator, "PATCH", xaf(""), "{\"answers\": {\"HR.PRISON_OCCUPANCY_RATE\": null,"
                + " \"HR.UNSENTENCED_DETAINEES_PERCENT\": \"not_known\"}}"));
        Document whole = html(page(coordinator, path("/check")));
        assertEquals("Check your answers and submit", whole.selectFirst("h1").text());
        assertEquals("Eastern European States", whole.selectFirst(".summary dd").text(), "the region in words");
        assertEquals(path("/profile#region"), whole.selectFirst(".summary .summary-action a").attr("href"));
        org.jsoup.nodes.Element hr = whole.getElementById("s-HR").parent();
        assertTrue(hr.text().contains("1 answered Not known"), hr.text());
        assertTrue(hr.select(".missing a").eachAttr("href").contains(path("/HR#a-HR.PRISON_OCCUPANCY_RATE")),
                "an unanswered question links to its field");
        assertTrue(whole.selectFirst(".lead").text().contains("is answered Not known"), whole.selectFirst(".lead").text());
        assertTrue(whole.selectFirst("label[for=certify]").text().startsWith("I certify, as the coordinator"));

        Document hrCheck = html(page(coordinator, path("/HR/check")));
        assertEquals("Check your answers: Human rights, proportionality and specific groups", hrCheck.selectFirst("h1").text());
        java.util.Map<String, String> words = new java.util.HashMap<>();
        for (org.jsoup.nodes.Element row : hrCheck.select(".summary-row")) {
            words.put(row.selectFirst(".summary-action a").attr("href"), row.select("dd").first().text());
        }
        assertEquals("Partly", words.get(path("/HR#a-HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW")));
        assertEquals("26%", words.get(path("/HR#a-HR.WOMEN_PRISONERS_DRUG_OFFENCES_PERCENT")), "a figure with its unit");
        assertEquals("Not answered", words.get(path("/HR#a-HR.PRISON_OCCUPANCY_RATE")));
        assertEquals("Not known", words.get(path("/HR#a-HR.UNSENTENCED_DETAINEES_PERCENT")));
        assertTrue(words.get(path("/HR#a-HR.DRUG_TREATMENT_COURTS_OPERATION")).contains("Note: Court-supervised treatment pilot"),
                "the note given with an answer");

        Document asContributor = html(page(contributor, path("/check")));
        assertTrue(asContributor.select("form[action$=/submit]").isEmpty(), "only the coordinator submits");
        assertTrue(asContributor.text().contains("Only your delegation’s coordinator certifies and submits"));
        assertEquals(404, page(otherCoordinator, path("/check")).status());
        assertEquals(404, page(otherCoordinator, path("/HR/check")).status());
        assertEquals(404, page(coordinator, path("/NOPE/check")).status());
        assertEquals(path("/check"), html(page(coordinator, path(""))).selectFirst("a.button").attr("href"), "the task list leads here");
    }

    @Test
    void theCoordinatorCertifiesAndSubmitsFromThePageAndEachRefusalSaysWhatToPutRight() throws Exception {
        json(as(coordinator, "PATCH", xaf(""), "{\"answers\": {\"HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW\": \"yes\"}}"));
        Document noRegion = html(post(coordinator, path("/submit"), submitForm("&certify=1")));
        assertEquals(path("/profile#region"), noRegion.selectFirst(".error-summary a").attr("href"), "the field that puts it right");
        assertEquals("Choose the country’s UN regional group under About the country.", noRegion.selectFirst(".error-summary a").text());

        draftWholeFixture();
        Document uncertified = html(post(coordinator, path("/submit"), submitForm("")));
        assertEquals("#certify", uncertified.selectFirst(".error-summary a").attr("href"));
        assertTrue(uncertified.selectFirst("#e-certify").text().startsWith("Tick the box"));
        String stale = submitForm("&certify=1");
        json(as(coordinator, "PATCH", xaf(""), "{\"answers\": {\"HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW\": \"no\"}}"));
        Document changed = html(post(coordinator, path("/submit"), stale));
        assertTrue(changed.selectFirst("#e-certify").text().startsWith("Someone saved an answer"), changed.selectFirst("#e-certify").text());
        assertEquals(403, post(contributor, path("/submit"), "_csrf=" + URLEncoder.encode(contributor.csrf(), StandardCharsets.UTF_8)
                + "&base=1&certify=1").status(), "a contributor does not submit");
        assertEquals(403, post(coordinator, path("/submit"), "base=1&certify=1").status(), "a form without the token");
        assertEquals(404, post(otherCoordinator, path("/submit"), "_csrf=" + URLEncoder.encode(otherCoordinator.csrf(),
                StandardCharsets.UTF_8) + "&base=1&certify=1").status());

        Answer submitted = post(coordinator, path("/submit"), submitForm("&certify=1"));
        assertEquals(303, submitted.status(), submitted.body());
        assertEquals(path("/report?submitted=1"), submitted.header("Location"));
        String sha = json(as(coordinator, "GET", xaf("/versions"), null)).get(0).get("sha256").asText();
        Document report = html(page(coordinator, path("/report?submitted=1")));
        assertEquals("Version 1 submitted", report.selectFirst(".confirmation h1").text());
        assertEquals(sha, report.selectFirst(".confirmation code").text(), "the SHA-256 the receipt repeats");
        assertTrue(report.select("table[aria-labelledby=compare] tbody tr").size() >= 7 + 11, "each chapter and challenge's score");
        assertTrue(report.select("a[href$=/receipt.pdf]").isEmpty(), "no receipt before the secretariat acknowledges");
        assertEquals("Submitted: the secretariat has it. It changes again only if the secretariat returns it.",
                html(page(coordinator, path(""))).selectFirst(".state").text());
        assertEquals(1, html(page(coordinator, path(""))).select("main a[href=" + path("/report") + "]").size(),
                "the task list leads to the submitted versions");
        assertTrue(html(page(coordinator, path("/check"))).select("form[action$=/submit]").isEmpty(), "submitted: nothing to submit");

        Answer full = page(coordinator, path("/versions/1/report"));
        assertEquals(200, full.status());
        assertTrue(full.body().contains(sha), "the gap report of the version, with its SHA-256");
        Answer pdf = page(coordinator, path("/versions/1/report.pdf"));
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.header("Content-Type"));
        assertTrue(pdf.body().startsWith("%PDF-"));
        assertEquals(404, page(coordinator, path("/versions/1/receipt.pdf")).status(), "not acknowledged yet");
        assertEquals(404, page(coordinator, path("/versions/2/report")).status());
        assertEquals(404, page(otherCoordinator, path("/versions/1/report")).status());
        assertEquals(404, page(otherCoordinator, path("/report")).status());

        json(as(secretariat, "POST", xaf("/acknowledge"), null));
        Document acknowledged = html(page(coordinator, path("/report")));
        assertTrue(acknowledged.selectFirst(".versions td").text().startsWith("Acknowledged"), acknowledged.selectFirst(".versions td").text());
        Answer receipt = page(coordinator, path(acknowledged.selectFirst("a[href$=/receipt.pdf]").attr("href").substring(path("").length())));
        assertEquals(200, receipt.status());
        assertTrue(receipt.body().startsWith("%PDF-"));
    }

    @Test
    void theSubmittedVersionIsComparedWithTheCountrysPreviousCycle() throws Exception {
        int other = anotherYear();
        int earlier = Math.min(year, other);
        int later = Math.max(year, other);
        year = earlier;
        json(as(coordinator, "PATCH", xaf(""), wholeFixture()));
        json(as(coordinator, "PATCH", xaf(""), "{\"answers\": {\"HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW\": \"no\","
                + " \"HR.PRISON_INDEPENDENT_INSPECTION\": \"no\"}}"));
        assertEquals(303, post(coordinator, path("/submit"), submitForm("&certify=1")).status());
        year = later;
        draftWholeFixture();
        assertEquals(303, post(coordinator, path("/submit"), submitForm("&certify=1")).status());
        Document report = html(page(coordinator, path("/report")));
        assertEquals("Compared with " + earlier, report.selectFirst("#compare").text());
        assertTrue(report.selectFirst("#compare + p").text().matches("(No gap|\\d+ gaps?) closed and .* since then\\."), report.selectFirst("#compare + p").text());
        java.util.List<String> changes = report.select("table[aria-labelledby=compare] tbody tr td:last-child").eachText();
        assertTrue(changes.contains("Improved"), "the chapter whose answers moved: " + changes);
        assertTrue(changes.stream().allMatch(c -> java.util.Set.of("Improved", "Regressed", "Unchanged", "Not comparable").contains(c)),
                "each change is a word: " + changes);
    }
}
