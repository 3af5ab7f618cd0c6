package org.gapcheck.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.gapcheck.testing.StoredServer.Answer;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Assignment in the pages: the coordinator gives a contributor its sections; the contributor then
 * sees and changes only those (the task list links them alone, other sections and the profile are
 * not found, check-your-answers lists its sections only) and reads who answers what.
 */
abstract class AssignmentPageCases extends WorkflowContract {

    private String path(String rest) {
        return "/app/XAF/" + year + rest;
    }

    private String contributorLogin() {
        return json(as(contributor, "GET", "/api/session", null)).get("login").asText();
    }

    @Test
    void theCoordinatorTicksAContributorsSectionsAndTheContributorSeesAndChangesOnlyThose() {
        String login = contributorLogin();
        Document page = html(page(coordinator, path("/assignments")));
        assertEquals("Who answers which section", page.selectFirst("h1").text());
        org.jsoup.nodes.Element mine = page.select("section.check-section").stream()
                .filter(s -> s.selectFirst("h2").text().startsWith(login)).findFirst().orElseThrow();
        assertEquals(login, mine.selectFirst("input[name=login]").val());
        assertTrue(mine.select("input[type=checkbox]").size() >= 7, "each section of the questionnaire");
        String token = "_csrf=" + URLEncoder.encode(coordinator.csrf(), StandardCharsets.UTF_8);
        Answer saved = post(coordinator, path("/assignments"), token + "&login=" + URLEncoder.encode(login, StandardCharsets.UTF_8)
                + "&s%3AHR=1");
        assertEquals(303, saved.status(), saved.body());
        JsonNode assigned = java.util.stream.StreamSupport.stream(json(as(coordinator, "GET", "XAF/assignments", null)).spliterator(), false)
                .filter(a -> a.get("login").asText().equals(login)).findFirst().orElseThrow();
        assertEquals("[\"HR\"]", assigned.get("sections").toString(), "saved as the API's assignment");
        Document after = html(page(coordinator, saved.header("Location")));
        assertEquals("Saved: the sections of " + login + ".", after.selectFirst(".notice").text());

        Document tasks = html(page(contributor, path("")));
        assertEquals(path("/HR"), tasks.selectFirst("#task-hr a").attr("href"), "its section, a link");
        assertTrue(tasks.select("#task-dr a, #task-profile a").isEmpty(), "another's section and the profile are not links");
        assertEquals(404, page(contributor, path("/DR")).status());
        assertEquals(404, page(contributor, path("/DR/check")).status());
        assertEquals(404, page(contributor, path("/profile")).status());
        assertEquals(200, page(contributor, path("/HR")).status());
        Answer answered = post(contributor, path("/HR"), sectionForm(contributor, "HR") + "&v%3AHR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW=yes");
        assertEquals(303, answered.status(), "the contributor saves its section: " + answered.body());
        Document check = html(page(contributor, path("/check")));
        assertEquals(java.util.List.of("s-HR"), check.select(".check-section h3").eachAttr("id"), "its sections alone");
        assertTrue(check.select("#profile").isEmpty());

        Document readOnly = html(page(contributor, path("/assignments")));
        assertTrue(readOnly.select("form[action$=/assignments]").isEmpty(), "a contributor reads who answers what");
        assertTrue(readOnly.text().contains("Human rights"), readOnly.text());
        assertEquals(403, post(contributor, path("/assignments"), "_csrf=" + URLEncoder.encode(contributor.csrf(), StandardCharsets.UTF_8)
                + "&login=" + login + "&s%3ADR=1").status(), "only the coordinator assigns");
        assertEquals(403, post(coordinator, path("/assignments"), "login=" + login + "&s%3ADR=1").status(), "a form without the token");
        assertEquals(404, page(otherCoordinator, path("/assignments")).status());
        assertEquals(404, post(coordinator, path("/assignments"), token + "&login=nobody-here&s%3ADR=1").status());

        Answer none = post(coordinator, path("/assignments"), token + "&login=" + URLEncoder.encode(login, StandardCharsets.UTF_8));
        assertEquals(303, none.status(), "no box ticked: no section");
        assertEquals(404, page(contributor, path("/HR")).status(), "and the section is no longer the contributor's");
    }
}
