package org.gapcheck.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gapcheck.core.RulePack;
import org.gapcheck.evaluation.EvaluationService;
import org.gapcheck.json.Json;
import org.gapcheck.report.LeanReport;
import org.gapcheck.storage.Account;
import org.gapcheck.storage.AccountRepository;
import org.gapcheck.storage.AnswerChange;
import org.gapcheck.storage.AnswerChangeRepository;
import org.gapcheck.storage.AuditRepository;
import org.gapcheck.storage.StoredSubmission;
import org.gapcheck.storage.SubmissionRepository;
import org.gapcheck.storage.SubmissionVersion;
import org.gapcheck.storage.VersionRepository;
import org.gapcheck.summary.SummaryBuilder;
import org.gapcheck.testing.PackCopy;
import org.gapcheck.testing.Trees;
import org.gapcheck.text.Sha256;
import org.junit.jupiter.api.Test;

/**
 * The reader's upgrade step through HTTP: the server runs pack 0.4.0, a copy of the project's pack
 * that renames one item (its questionnaire's changes.yaml says so), and finds rows stored under
 * earlier questionnaires and in a later format, written straight into its database as an earlier
 * or later Gapcheck would have left them.
 */
abstract class UpgradeCases extends WorkflowContract {

    static final String OLD = "HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW";
    static final String NEW = "HR.DRUG_POLICY_RIGHTS_ASSESSMENT";

    private long author;

    @Override
    protected Map<String, Object> settings() {
        Path root = Path.of("target", "upgrade-packs", getClass().getSimpleName());
        Trees.delete(root);
        PackCopy copy = PackCopy.into(root).replace("pack.yaml", "version: 0.3.0", "version: 0.4.0");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                if (text.contains(OLD)) {
                    Files.writeString(file, text.replace(OLD, NEW));
                }
            }
            Files.writeString(root.resolve("questionnaire/changes.yaml"), Files.readString(root.resolve("questionnaire/changes.yaml"))
                    + "  - version: \"0.4.0\"\n    answers: {renamed: {\"" + OLD + "\": \"" + NEW + "\"}}\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("gapcheck.rules", copy.root().toString());
    }

    @Override
    protected void started() {
        super.started();
        author = server.bean(AccountRepository.class).save(Account.invited("earlier-gapcheck-" + getClass().getSimpleName(),
                Account.Role.COORDINATOR, "XAF", Instant.now())).id();
    }

    /** The items of XAF's midterm fixture, as an earlier Gapcheck stored them (under the old code). */
    private static Map<String, JsonNode> fixtureItems() throws IOException {
        return new LinkedHashMap<>(DraftItems.of(Json.mapper().readTree(Files.readString(Path.of("fixtures/xaf-midterm-2024.json")))));
    }

    /** A submission of XAF for this case's year, stored as a Gapcheck of {@code questionnaire} and {@code format} left it. */
    private StoredSubmission stored(int format, String questionnaire, StoredSubmission.State state, Map<String, JsonNode> items) {
        Instant now = Instant.now();
        StoredSubmission row = server.bean(SubmissionRepository.class).save(StoredSubmission.draft("XAF", year, format, questionnaire, now)
                .withState(state, now));
        List<AnswerChange> log = new ArrayList<>();
        items.forEach((item, value) -> log.add(AnswerChange.of(row.id(), author, now, item, null, value.toString())));
        server.bean(AnswerChangeRepository.class).saveAll(log);
        return row;
    }

    /** Version {@code number} of {@code row}: {@code items} as submitted under pack {@code packVersion}, with a report of the active pack where it is that one. */
    private void version(StoredSubmission row, int number, String packVersion, Map<String, JsonNode> items) {
        byte[] json = Json.compact(DraftItems.document("XAF", year, items));
        RulePack pack = server.bean(RulePack.class);
        String report = pack.manifest().version().equals(packVersion) ? new String(Json.compact(LeanReport.of(
                new EvaluationService(pack, Clock.systemUTC()).evaluate(json, null, false), false)), StandardCharsets.UTF_8)
                : "{\"stored_by\": \"a pack the server does not run, so it is never read\"}";
        server.bean(VersionRepository.class).save(SubmissionVersion.submitted(row.id(), number, null, author, Instant.now(),
                new String(json, StandardCharsets.UTF_8), Sha256.hex(json), packVersion, report, "Certified."));
    }

    @Test
    void aCarryOverReadsTheEarlierVersionUnderTheActiveQuestionnaireAndListsEachAnswerItLeavesOut() throws IOException {
        int later = laterYear();
        Map<String, JsonNode> items = fixtureItems();
        items.put("/answers/DR.PREVENTION_YOUTH_PRIMARY_PROGRAMME", Json.mapper().valueToTree("maybe"));
        // Returned, so that the other cases' summaries, which read submitted versions, never meet its answer no reader takes.
        StoredSubmission row = stored(1, "0.3.0", StoredSubmission.State.RETURNED, items);
        version(row, 1, "0.3.0", items);
        JsonNode carried = json(as(coordinator, "POST", "XAF/submissions/" + later + "/carry-over", null));
        assertEquals(items.size() - 1, carried.get("carried").asInt(), carried.toString());
        assertEquals("/answers/DR.PREVENTION_YOUTH_PRIMARY_PROGRAMME", carried.at("/not_carried/0/item").asText());
        assertTrue(carried.at("/not_carried/0/reason").asText().contains("takes one of"), carried.toString());
        JsonNode draft = json(as(coordinator, "GET", "XAF/submissions/" + later, null));
        assertEquals("partly", draft.at("/draft/answers/" + NEW).asText(), "the renamed item under its new code");
        assertTrue(draft.at("/draft/answers/" + OLD).isMissingNode() && draft.at("/draft/answers/DR.PREVENTION_YOUTH_PRIMARY_PROGRAMME")
                .isMissingNode());
        assertTrue(draft.at("/carry_over/unconfirmed").toString().contains("\"/answers/" + NEW + "\""));
        assertTrue(draft.at("/upgrade").isMissingNode(), "the new draft is stored under the active questionnaire");
    }

    @Test
    void aDraftStoredUnderTheQuestionnaireBeforeARenameIsReadUnderTheNewCodeAndTheNextSaveKeepsThat() {
        StoredSubmission row = stored(1, "0.3.0", StoredSubmission.State.DRAFT, Map.of("/answers/" + OLD, Json.mapper().valueToTree("partly"),
                "/answers/DR.PREVENTION_YOUTH_PRIMARY_PROGRAMME", Json.mapper().valueToTree("yes")));
        JsonNode read = json(as(coordinator, "GET", xaf(""), null));
        assertEquals("partly", read.at("/draft/answers/" + NEW).asText(), read.toString());
        assertTrue(read.at("/draft/answers/" + OLD).isMissingNode());
        assertEquals("0.3.0", read.get("questionnaire_version").asText());
        assertEquals("0.3.0", read.at("/upgrade/from").asText());
        assertEquals("0.4.0", read.at("/upgrade/to").asText());
        assertEquals("/answers/" + OLD, read.at("/upgrade/renamed/0/from").asText());
        assertEquals("/answers/" + NEW, read.at("/upgrade/renamed/0/to").asText());
        assertTrue(read.at("/upgrade/lost").isEmpty());

        long base = read.get("draft_version").asLong();
        JsonNode saved = json(as(coordinator, "PATCH", xaf("?base=" + base), "{\"answers\": {\"" + NEW + "\": \"yes\"}}"));
        assertEquals(List.of("/answers/" + NEW), List.of(saved.get("changed").get(0).asText()), "no conflict with the upgrade itself");

        JsonNode after = json(as(coordinator, "GET", xaf(""), null));
        assertEquals("yes", after.at("/draft/answers/" + NEW).asText());
        assertEquals("0.4.0", after.get("questionnaire_version").asText());
        assertTrue(after.get("upgrade") == null, "kept: nothing is left to upgrade");
        assertEquals(saved.get("draft_version").asLong(), after.get("draft_version").asLong());
        List<String> log = server.bean(AnswerChangeRepository.class).findBySubmissionIdOrderById(row.id()).stream()
                .map(c -> c.item() + " " + c.beforeJson() + " -> " + c.afterJson()).toList();
        assertEquals(List.of("/answers/" + OLD + " \"partly\" -> null", "/answers/" + NEW + " null -> \"partly\"",
                "/answers/" + NEW + " \"partly\" -> \"yes\""), log.subList(2, log.size()), "the history says what the upgrade did");
        assertTrue(server.bean(AuditRepository.class).findAllOrderById().stream().anyMatch(e -> e.action().equals("submission.upgraded")
                && e.subject().equals("submission:XAF/" + year) && e.detail().startsWith("questionnaire 0.3.0 -> 0.4.0: 1 renamed, 0 lost")));
    }

    @Test
    void answersToItemsThePackRemovedIn020AreListedAsLostAndTheSubmittedVersionIsTheActiveQuestionnaires() throws IOException {
        Map<String, JsonNode> items = fixtureItems();
        items.put("/answers/MED.INCB_I2ES_USE", Json.mapper().valueToTree("all"));
        items.put("/profile/donor", Json.mapper().valueToTree("yes"));
        StoredSubmission row = stored(1, "0.1.0", StoredSubmission.State.DRAFT, items);
        JsonNode read = json(as(coordinator, "GET", xaf(""), null));
        assertEquals(List.of("/answers/MED.INCB_I2ES_USE", "/profile/donor"), read.at("/upgrade/lost").findValuesAsText("item"));
        assertEquals("removed from the questionnaire in 0.2.0", read.at("/upgrade/lost/1/reason").asText());
        assertEquals("yes", read.at("/upgrade/lost/1/value").asText(), "the delegation sees what it had answered");

        json(submit(read.get("draft_version").asLong()));
        JsonNode version = json(as(secretariat, "GET", xaf("/versions/1"), null));
        assertEquals("0.4.0", version.at("/version/pack_version").asText());
        JsonNode submitted = version.get("submission");
        assertTrue(submitted.at("/answers/MED.INCB_I2ES_USE").isMissingNode() && submitted.at("/profile/donor").isMissingNode());
        assertEquals(items.get("/answers/" + OLD), submitted.at("/answers/" + NEW));
        assertEquals("0.4.0", server.bean(SubmissionRepository.class).findById(row.id()).orElseThrow().questionnaireVersion());
    }

    @Test
    void aVersionSubmittedUnderAnEarlierQuestionnaireIsReadUnderTheActiveOneByDiffsAndTheSummary() throws Exception {
        Map<String, JsonNode> old = fixtureItems();
        StoredSubmission row = stored(1, "0.3.0", StoredSubmission.State.SUBMITTED, Map.of());
        version(row, 1, "0.3.0", old);
        JsonNode summary = json(as(secretariat, "GET", "/api/summaries?year=" + year, null));
        assertEquals(0, summary.get("invalid").size(), summary.get("invalid").toString());
        Map<String, JsonNode> renamed = new LinkedHashMap<>();
        old.forEach((item, value) -> renamed.put(item.equals("/answers/" + OLD) ? "/answers/" + NEW : item, value));
        byte[] asActive = Json.compact(DraftItems.document("XAF", year, renamed));
        ObjectNode expected = (ObjectNode) Json.mapper().readTree(Json.write(new SummaryBuilder(server.bean(RulePack.class))
                .build(List.of(new SummaryBuilder.Input("xaf", asActive)), year, "-")));
        assertEquals(expected.get("countries"), summary.get("countries"), "scored as the same answers under the new code");

        version(row, 2, "0.4.0", renamed);
        JsonNode diff = json(as(secretariat, "GET", xaf("/diff?from=1&to=2"), null));
        assertEquals(0, diff.get("changes").size(), "a rename between two versions is no change: " + diff);
    }

    @Test
    void aSubmissionStoredInALaterFormatIsRefusedNotMisread() throws IOException {
        StoredSubmission row = stored(2, "0.5.0", StoredSubmission.State.SUBMITTED, Map.of());
        version(row, 1, "0.5.0", fixtureItems());
        for (Caller caller : List.of(coordinator, secretariat)) {
            problem(409, "submission/format-unsupported", as(caller, "GET", xaf(""), null));
        }
        problem(409, "submission/format-unsupported", as(coordinator, "PATCH", xaf(""), "{\"answers\": {}}"));
        problem(409, "submission/format-unsupported", as(secretariat, "POST", xaf("/acknowledge"), null));
        JsonNode summary = json(as(secretariat, "GET", "/api/summaries?year=" + year, null));
        assertEquals(List.of("format_unsupported"), summary.get("invalid").findValuesAsText("code"), summary.toString());
        assertFalse(summary.get("countries").findValuesAsText("country").contains("XAF"), "never misread into the figures");
        assertEquals(1, json(as(coordinator, "GET", "XAF/submissions", null)).findValues("reporting_year").stream()
                .filter(y -> y.asInt() == year).count(), "the list still names it");
    }
}
