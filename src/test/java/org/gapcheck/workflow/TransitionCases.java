package org.gapcheck.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gapcheck.storage.AuditEntry;
import org.gapcheck.storage.AuditRepository;
import org.gapcheck.text.Sha256;
import org.gapcheck.testing.StoredServer.Answer;
import org.junit.jupiter.api.Test;

/** Submit, acknowledge, return, resubmit, publish: who may do each, and what each leaves. */
abstract class TransitionCases extends WorkflowContract {

    @Test
    void submittingNeedsTheCoordinatorsCertificationTheDraftItReadAndAWholeSubmission() throws Exception {
        Answer partial = as(coordinator, "PATCH", xaf(""), "{\"answers\": {\"DR.PREVENTION_YOUTH_PRIMARY_PROGRAMME\": \"yes\"}}");
        Answer incomplete = submit(partial.json().get("draft_version").asLong());
        problem(400, "submission/invalid", incomplete);
        assertTrue(incomplete.json().get("errors").findValuesAsText("path").contains("/region"), "says what is missing: " + incomplete.body());
        long version = draftWholeFixture();
        problem(412, "submission/stale", submit(version - 1));
        problem(400, "submission/not-certified", as(coordinator, "POST", xaf("/submit"), "{\"draft_version\": " + version + "}"));
        JsonNode submitted = json(submit(version));
        assertEquals(1, submitted.get("number").asInt());
        JsonNode whole = json(as(coordinator, "GET", xaf("/versions/1"), null));
        assertEquals(Sha256.hex(whole.get("submission").toString().getBytes(StandardCharsets.UTF_8)), submitted.get("sha256").asText());
        assertTrue(whole.get("certification").asText().contains("NV/2026/7"), whole.get("certification").asText());
        assertEquals("XAF", whole.at("/report/country").asText());
        assertFalse(whole.at("/report/recommendations").isMissingNode(), "the gap report is stored with the version");
        assertEquals("submitted", json(as(coordinator, "GET", xaf(""), null)).get("state").asText());
        problem(409, "submission/not-editable", as(coordinator, "PATCH", xaf(""), "{\"answers\": {\"DR.PREVENTION_YOUTH_PRIMARY_PROGRAMME\": \"no\"}}"));
        problem(409, "submission/not-editable", submit(version));
    }

    @Test
    void theSecretariatSeesTheSubmittedVersionNeverTheDraftAndAcknowledgesItWithAReceipt() throws Exception {
        json(submit(draftWholeFixture()));
        JsonNode seen = json(as(secretariat, "GET", xaf(""), null));
        assertEquals("submitted", seen.get("state").asText());
        assertTrue(seen.get("draft") == null && seen.get("draft_version") == null, seen.toString());
        assertEquals(1, seen.get("versions").size());
        status(200, as(secretariat, "GET", xaf("/versions/1"), null));
        problem(400, "http/invalid-parameter", as(secretariat, "GET", xaf("/diff?from=1&to=draft"), null));
        problem(403, "submission/forbidden", as(secretariat, "PATCH", xaf(""), "{\"answers\": {}}"));
        problem(403, "submission/forbidden", as(coordinator, "POST", xaf("/acknowledge"), null));
        JsonNode receipt = json(as(secretariat, "POST", xaf("/acknowledge"), null));
        assertEquals(json(as(coordinator, "GET", xaf("/versions"), null)).get(0).get("sha256").asText(), receipt.get("sha256").asText());
        assertTrue(receipt.has("pack_version") && receipt.has("acknowledged_at"), receipt.toString());
        assertTrue(receipt.get("acknowledged_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), "an RFC 3339 time: " + receipt);
        assertEquals(receipt, json(as(coordinator, "GET", xaf("/versions/1/receipt"), null)));
        assertEquals("acknowledged", json(as(coordinator, "GET", xaf(""), null)).get("state").asText());
        problem(409, "submission/not-under-review", as(secretariat, "POST", xaf("/acknowledge"), null));
        problem(404, "not-found/submission", as(anonymous, "GET", xaf("/versions/1"), null));
    }

    @Test
    void aReturnedSubmissionCarriesTheCommentsIsChangedAndResubmittedAsVersionTwo() throws Exception {
        json(submit(draftWholeFixture()));
        problem(400, "submission/invalid-return", as(secretariat, "POST", xaf("/return"), "{\"comments\": \" \"}"));
        json(as(secretariat, "POST", xaf("/return"), "{\"comments\": \"Please give the source of the naloxone figure.\"}"));
        JsonNode returned = json(as(coordinator, "GET", xaf(""), null));
        assertEquals("returned", returned.get("state").asText());
        assertEquals("Please give the source of the naloxone figure.", returned.get("return_comments").asText());
        long version = json(as(coordinator, "PATCH", xaf(""), "{\"answers\": {\"HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW\": \"yes\"}}"))
                .get("draft_version").asLong();
        JsonNode diff = json(as(coordinator, "GET", xaf("/diff?from=1&to=draft"), null));
        assertEquals(1, diff.get("changes").size(), diff.toString());
        assertEquals("partly", diff.at("/changes/0/before").asText());
        assertEquals(2, json(submit(version)).get("number").asInt());
        assertEquals(1, json(as(secretariat, "GET", xaf("/diff?from=1&to=2"), null)).get("changes").size());
    }

    @Test
    void theCoordinatorAloneDecidesWhatIsPublishedAndThePublicSeesOnlyThat() throws Exception {
        json(submit(draftWholeFixture()));
        problem(403, "submission/forbidden", as(contributor, "PUT", xaf("/versions/1/publication"), null));
        problem(403, "submission/forbidden", as(secretariat, "PUT", xaf("/versions/1/publication"), null));
        assertTrue(json(as(anonymous, "GET", "XAF/submissions", null)).findValues("reporting_year").stream()
                .noneMatch(y -> y.asInt() == year), "not listed before it is published");
        assertTrue(json(as(coordinator, "PUT", xaf("/versions/1/publication"), null)).has("published_at"));
        JsonNode listed = json(as(anonymous, "GET", "XAF/submissions", null));
        JsonNode mine = null;
        for (JsonNode entry : listed) {
            mine = entry.get("reporting_year").asInt() == year ? entry : mine;
        }
        assertTrue(mine != null && mine.get("state") == null, "listed, without the state the public does not see: " + listed);
        assertEquals("XAF", json(as(otherCoordinator, "GET", xaf("/versions/1"), null)).at("/report/country").asText());
        problem(404, "not-found/version", as(coordinator, "PUT", xaf("/versions/9/publication"), null));
        status(200, as(coordinator, "DELETE", xaf("/versions/1/publication"), null));
        problem(404, "not-found/submission", as(anonymous, "GET", xaf("/versions/1"), null));
    }

    @Test
    void everySaveAndStateChangeIsInTheAuditChain() throws Exception {
        json(submit(draftWholeFixture()));
        json(as(secretariat, "POST", xaf("/acknowledge"), null));
        json(as(coordinator, "PUT", xaf("/versions/1/publication"), null));
        List<String> actions = server.bean(AuditRepository.class).findAllOrderById().stream()
                .filter(e -> e.subject().equals("submission:XAF/" + year)).map(AuditEntry::action).toList();
        assertEquals(List.of("submission.saved", "submission.submitted", "submission.acknowledged", "submission.published"), actions);
    }
}
