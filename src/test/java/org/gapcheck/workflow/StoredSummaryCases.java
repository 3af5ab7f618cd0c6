package org.gapcheck.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gapcheck.core.RulePack;
import org.gapcheck.json.Json;
import org.gapcheck.summary.SummaryBuilder;
import org.gapcheck.testing.StoredServer.Answer;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/summaries}: the summary of what is stored, as the caller may see it. One case walks
 * a submission through its states (the server's database is shared by the cases of a class).
 */
abstract class StoredSummaryCases extends WorkflowContract {

    /** The years of the rows of a summary of XAF. */
    private List<Integer> years(Caller caller) {
        List<Integer> out = new ArrayList<>();
        json(as(caller, "GET", "/api/summaries", null)).get("countries").forEach(row -> {
            assertEquals("XAF", row.get("country").asText(), row.toString());
            out.add(row.get("year").asInt());
        });
        return out;
    }

    private ObjectNode summaryWithoutTime(Answer answer) {
        ObjectNode tree = (ObjectNode) json(answer);
        tree.remove("generated_at");
        tree.remove("invalid");
        return tree;
    }

    @Test
    void theSecretariatSummarisesSubmittedVersionsThePublicThePublishedOnesAndNeitherADraftOrAReturnedOne() throws Exception {
        long draft = draftWholeFixture();
        assertEquals(List.of(), years(secretariat), "a draft is no one's to summarise");
        json(submit(draft));
        assertEquals(List.of(year), years(secretariat));
        assertEquals(List.of(), years(anonymous), "the public summary waits for publication");
        assertEquals(List.of(), years(coordinator), "a delegation reads the public summary");

        JsonNode version = json(as(secretariat, "GET", xaf("/versions/1"), null));
        byte[] submission = version.get("submission").toString().getBytes(StandardCharsets.UTF_8);
        SummaryBuilder builder = new SummaryBuilder(server.bean(RulePack.class));
        // Through its text, as the answer comes, so that numbers compare as numbers whatever their Java type.
        ObjectNode fromBytes = (ObjectNode) Json.mapper().readTree(Json.write(builder.build(List.of(new SummaryBuilder.Input("xaf",
                submission)), null, "-")));
        fromBytes.remove("generated_at");
        fromBytes.remove("invalid");
        assertEquals(fromBytes, summaryWithoutTime(as(secretariat, "GET", "/api/summaries", null)),
                "the stored report gives the summary the submission itself gives");

        json(as(secretariat, "POST", xaf("/return"), "{\"comments\": \"Please give the source of the naloxone figure.\"}"));
        assertEquals(List.of(), years(secretariat), "a returned version waits for the next");
        long next = json(as(coordinator, "PATCH", xaf(""), "{\"answers\": {\"HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW\": \"yes\"}}"))
                .get("draft_version").asLong();
        json(submit(next));
        json(as(secretariat, "POST", xaf("/acknowledge"), null));
        assertEquals(List.of(year), years(secretariat));
        json(as(coordinator, "PUT", xaf("/versions/2/publication"), null));
        assertEquals(List.of(year), years(anonymous));
        assertEquals(summaryWithoutTime(as(secretariat, "GET", "/api/summaries", null)),
                summaryWithoutTime(as(anonymous, "GET", "/api/summaries", null)), "the published version is the one summarised");
        assertEquals(List.of(), json(as(anonymous, "GET", "/api/summaries?year=" + (year + 1), null)).get("countries").findValuesAsText("country"));
    }

    @Test
    void aYearThatIsNotAReportingYearIsRefusedAndAcceptChoosesTheFormat() {
        problem(400, "http/invalid-parameter", as(anonymous, "GET", "/api/summaries?year=twenty", null));
        problem(400, "http/invalid-parameter", as(anonymous, "GET", "/api/summaries?year=1066", null));
        Answer csv = server.send("GET", "/api/summaries", null, "Accept", "text/csv");
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        Answer html = server.send("GET", "/api/summaries", null, "Accept", "text/html");
        assertTrue(html.body().contains("<html"), html.body());
        assertEquals(406, server.send("GET", "/api/summaries", null, "Accept", "image/png").status());
    }
}
