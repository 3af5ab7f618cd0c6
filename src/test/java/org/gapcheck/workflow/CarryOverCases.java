package org.gapcheck.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gapcheck.storage.AuditRepository;
import org.gapcheck.testing.StoredServer.Answer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;

/**
 * A new cycle started from the last one: the coordinator's empty draft takes the country's last
 * submitted answers, each "carried over" until a deliberate save confirms it or a save changes it;
 * the pages mark them and check-your-answers lists those left.
 */
abstract class CarryOverCases extends WorkflowContract {

    private static final String REVIEW = "/answers/HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW";
    private static final String COURTS = "/answers/HR.DRUG_TREATMENT_COURTS_OPERATION";

    /** XAF's whole fixture submitted for this case's year; the later year a new draft carries it into. */
    private int submittedThenLater() throws Exception {
        int later = laterYear();
        status(200, submit(draftWholeFixture()));
        return later;
    }

    private String at(int y, String rest) {
        return "XAF/submissions/" + y + rest;
    }

    @Test
    void aNewDraftTakesTheLastSubmittedAnswersAndEachStaysCarriedOverUntilConfirmedOrChanged() throws Exception {
        int later = submittedThenLater();
        JsonNode earlier = json(as(coordinator, "GET", xaf("/versions/1"), null)).get("submission");
        JsonNode carried = json(as(coordinator, "POST", at(later, "/carry-over"), null));
        assertEquals(year, carried.get("from_year").asInt());
        assertEquals(1, carried.get("from_version").asInt());
        assertTrue(carried.get("not_carried").isEmpty(), carried.toString());
        JsonNode draft = json(as(coordinator, "GET", at(later, ""), null));
        assertEquals(earlier.get("answers"), draft.at("/draft/answers"), "every answer as submitted");
        assertEquals(earlier.get("profile"), draft.at("/draft/profile"));
        assertEquals(earlier.get("region"), draft.at("/draft/region"));
        List<String> unconfirmed = texts(draft.at("/carry_over/unconfirmed"));
        assertEquals(carried.get("carried").asInt(), unconfirmed.size());
        assertTrue(unconfirmed.contains(REVIEW) && unconfirmed.contains("/region"), unconfirmed.toString());

        JsonNode plain = json(as(coordinator, "PATCH", at(later, ""), "{\"answers\": {\"HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW\": \"partly\"}}"));
        assertTrue(plain.get("changed").isEmpty() && plain.get("confirmed").isEmpty(), "a save of the same value confirms nothing unasked");
        JsonNode confirmed = json(as(coordinator, "PATCH", at(later, "?confirm=true"),
                "{\"answers\": {\"HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW\": \"partly\"}}"));
        assertEquals(List.of(REVIEW), texts(confirmed.get("confirmed")));
        assertTrue(confirmed.get("changed").isEmpty());
        JsonNode changed = json(as(coordinator, "PATCH", at(later, ""), "{\"answers\": {\"HR.DRUG_TREATMENT_COURTS_OPERATION\": \"nationwide\"}}"));
        assertEquals(List.of(COURTS), texts(changed.get("changed")));
        List<String> left = texts(json(as(coordinator, "GET", at(later, ""), null)).at("/carry_over/unconfirmed"));
        assertEquals(unconfirmed.size() - 2, left.size(), "confirmed and changed answers are the delegation's own now");
        assertFalse(left.contains(REVIEW) || left.contains(COURTS));
        JsonNode again = json(as(coordinator, "PATCH", at(later, "?confirm=true"), "{\"answers\": {\"HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW\": \"partly\"}}"));
        assertTrue(again.get("confirmed").isEmpty(), "an answer is confirmed once");
        assertTrue(server.bean(AuditRepository.class).findAllOrderById().stream().anyMatch(e -> e.action().equals("submission.carried_over")
                && e.subject().equals("submission:XAF/" + later) && e.detail().startsWith("from " + year + " version 1: ")));
        assertTrue(json(as(coordinator, "GET", xaf(""), null)).at("/carry_over").isMissingNode(), "the earlier year carried nothing");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void onlyTheCoordinatorStartsFromTheLastCycleAndOnlyAnEmptyDraftWithAnEarlierSubmittedYear() throws Exception {
        int later = submittedThenLater();
        problem(403, "submission/forbidden", as(contributor, "POST", at(later, "/carry-over"), null));
        problem(404, "not-found/submission", as(otherCoordinator, "POST", at(later, "/carry-over"), null));
        problem(404, "not-found/submission", as(secretariat, "POST", at(later, "/carry-over"), null));
        status(401, as(anonymous, "POST", at(later, "/carry-over"), null));
        problem(409, "submission/nothing-to-carry", as(otherCoordinator, "POST", "XAG/submissions/" + later + "/carry-over", null));
        problem(409, "submission/not-editable", as(coordinator, "POST", xaf("/carry-over"), null));
        json(as(coordinator, "PATCH", at(later, ""), "{\"answers\": {\"HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW\": \"yes\"}}"));
        Answer started = as(coordinator, "POST", at(later, "/carry-over"), null);
        problem(409, "submission/not-empty", started);
        assertEquals("yes", json(as(coordinator, "GET", at(later, ""), null)).at("/draft" + REVIEW).asText(), "nothing replaced");
    }

    @Test
    void thePagesOfferTheCarryOverMarkEachCarriedAnswerAndADeliberateSaveConfirmsThem() throws Exception {
        int later = submittedThenLater();
        String tasks = "/app/XAF/" + later;
        Document offer = html(page(coordinator, tasks));
        FormElement start = (FormElement) offer.selectFirst("form[action=" + tasks + "/carry-over]");
        assertTrue(start.text().contains("Start from the " + year + " answers"), start.text());
        assertTrue(html(page(contributor, tasks)).select("form[action$=/carry-over]").isEmpty(), "the contributor is not offered it");
        assertEquals(403, post(coordinator, tasks + "/carry-over", "").status(), "a form without the session's token");

        Document done = html(post(coordinator, tasks + "/carry-over", encode(start)));
        assertEquals("Answers carried over from " + year, done.selectFirst("h1").text());
        assertTrue(done.selectFirst(".confirmation").text().contains("of version 1 of your " + year + " report are copied"));
        Document list = html(page(coordinator, tasks));
        assertTrue(list.select("form[action$=/carry-over]").isEmpty(), "offered to an empty draft only");
        assertTrue(list.selectFirst(".carried-line").text().endsWith("carried over from " + year + " are still to confirm or change."));
        assertTrue(list.getElementById("task-hr").text().contains("carried over, to confirm"));
        assertEquals(409, post(coordinator, tasks + "/carry-over", encode(start)).status(), "a second press replaces nothing");

        Document hr = html(page(coordinator, tasks + "/HR"));
        assertTrue(hr.selectFirst(".panel-carried").text().contains("carried over from your " + year + " report"));
        assertEquals("Carried over from " + year, hr.selectFirst("#q-HR\\.DRUG_POLICY_HUMAN_RIGHTS_REVIEW .tag-carried").text());
        FormElement form = (FormElement) hr.selectFirst("form[data-autosave]");
        Answer background = server.send("POST", tasks + "/HR", encode(form), "Content-Type", FORM, "Cookie", coordinator.cookie(),
                "Accept", "application/json");
        assertEquals(200, background.status(), background.body());
        assertEquals(form.selectFirst("input[name=base]").val(), background.json().get("base").asText(),
                "saving a page as it was read stores nothing, its figures included");
        assertEquals(hr.select(".tag-carried").size(), html(page(coordinator, tasks + "/HR")).select(".tag-carried").size(),
                "a background save confirms nothing");
        Document check = html(page(coordinator, tasks + "/check"));
        assertTrue(check.selectFirst(".panel-carried").text().contains("are not yet confirmed"));
        assertTrue(check.getElementById("s-HR").parent().select(".missing a").eachAttr("href")
                .contains(tasks + "/HR#a-HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW"), "check-your-answers lists the unconfirmed");

        Answer deliberate = post(coordinator, tasks + "/HR", encode(form));
        assertEquals(303, deliberate.status(), () -> html(deliberate).select(".error-summary li").eachText().toString());
        Document saved = html(page(coordinator, tasks + "/HR"));
        assertTrue(saved.select(".tag-carried").isEmpty() && saved.select(".panel-carried").isEmpty(), "saving the page confirms it");
        assertTrue(html(page(coordinator, tasks + "/check")).getElementById("s-HR").parent().select("summary").eachText().stream()
                .noneMatch(t -> t.contains("carried over")));
        assertFalse(html(page(coordinator, tasks)).getElementById("task-hr").text().contains("carried over"));
        assertTrue(html(page(coordinator, tasks + "/profile")).selectFirst(".tag-carried") != null, "other pages still carried");
    }

    /** A form's fields as the browser posts them. */
    private static String encode(FormElement form) {
        StringBuilder out = new StringBuilder();
        form.formData().forEach(kv -> out.append(out.length() == 0 ? "" : "&").append(URLEncoder.encode(kv.key(), StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(kv.value(), StandardCharsets.UTF_8)));
        return out.toString();
    }
}
