package org.gapcheck.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.gapcheck.testing.StoredServer.Answer;
import org.junit.jupiter.api.Test;

/** Drafts: saving, reading, and who may see a draft or learn that it exists (no one but its delegation). */
abstract class DraftCases extends WorkflowContract {

    @Test
    void theDelegationSavesAMergePatchAndReadsItsDraftBack() throws Exception {
        long version = draftWholeFixture();
        assertTrue(version > 0);
        JsonNode draft = json(as(coordinator, "GET", xaf(""), null));
        assertEquals("draft", draft.get("state").asText());
        assertEquals(version, draft.get("draft_version").asLong());
        assertEquals("partly", draft.at("/draft/answers/HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW").asText());
        assertEquals(year, draft.at("/draft/reporting_year").asInt());
        JsonNode again = json(as(coordinator, "PATCH", xaf(""), wholeFixture()));
        assertEquals(0, again.get("changed").size(), "saving the same answers changes nothing");
        assertEquals(version, again.get("draft_version").asLong(), "and stores nothing");
        JsonNode cleared = json(as(contributor, "GET", xaf(""), null));
        assertEquals(version, cleared.get("draft_version").asLong(), "a contributor of the country reads the draft too");
        JsonNode one = json(as(coordinator, "PATCH", xaf(""), "{\"answers\": {\"HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW\": null}}"));
        assertEquals(List.of("/answers/HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW"), List.of(one.get("changed").get(0).asText()));
        assertTrue(json(as(coordinator, "GET", xaf(""), null)).at("/draft/answers/HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW").isMissingNode());
    }

    @Test
    void noOneOutsideTheDelegationSeesADraftOrLearnsThatItExists() throws Exception {
        draftWholeFixture();
        String none = "XAF/submissions/" + (year == 2035 ? 2034 : 2035);
        for (Caller outsider : List.of(otherCoordinator, secretariat, anonymous)) {
            Answer draft = as(outsider, "GET", xaf(""), null);
            Answer nothing = as(outsider, "GET", none, null);
            problem(404, "not-found/submission", draft);
            assertEquals(nothing.json().get("detail").asText().replace(none.substring(16), "YEAR"),
                    draft.json().get("detail").asText().replace(String.valueOf(year), "YEAR"), "the same answer as for no submission");
            problem(404, "not-found/submission", as(outsider, "GET", xaf("/versions"), null));
            problem(404, "not-found/submission", as(outsider, "GET", xaf("/diff?from=1&to=2"), null));
            assertTrue(json(as(outsider, "GET", "XAF/submissions", null)).findValues("reporting_year").stream()
                    .noneMatch(y -> y.asInt() == year), "the list leaves it out");
        }
        problem(404, "not-found/submission", as(otherCoordinator, "PATCH", xaf(""), "{\"answers\": {}}"));
        problem(404, "not-found/submission", as(secretariat, "PATCH", xaf(""), "{\"answers\": {}}"));
        problem(404, "not-found/submission", submitAs(otherCoordinator));
        problem(404, "not-found/submission", as(secretariat, "POST", xaf("/acknowledge"), null));
        problem(404, "not-found/submission", as(secretariat, "POST", xaf("/return"), "{\"comments\": \"x\"}"));
        problem(404, "not-found/submission", as(otherCoordinator, "PUT", xaf("/versions/1/publication"), null));
        problem(404, "not-found/submission", as(otherCoordinator, "GET", xaf("/versions/1/receipt"), null));
        status(401, as(anonymous, "PATCH", xaf(""), "{\"answers\": {}}"));
        problem(404, "not-found/country", as(otherCoordinator, "GET", "XAF/assignments", null));
    }

    private Answer submitAs(Caller caller) {
        return as(caller, "POST", xaf("/submit"), "{\"certify\": true, \"draft_version\": 1}");
    }

    @Test
    void anIllTypedAnswerIsRefusedAtItsPointerAndNothingOfTheSaveIsKept() {
        Answer refused = as(coordinator, "PATCH", xaf(""), "{\"answers\": {\"HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW\": \"maybe\","
                + " \"DR.PREVENTION_YOUTH_PRIMARY_PROGRAMME\": \"yes\"}, \"profile\": {\"transit_country\": 7}}");
        problem(400, "submission/invalid", refused);
        List<String> pointers = refused.json().get("errors").findValuesAsText("path");
        assertTrue(pointers.contains("/answers/HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW") && pointers.contains("/profile/transit_country"),
                refused.body());
        problem(404, "not-found/submission", as(coordinator, "GET", xaf(""), null));
        JsonNode incomplete = json(as(coordinator, "PATCH", xaf(""), "{\"answers\": {\"DR.PREVENTION_YOUTH_PRIMARY_PROGRAMME\": \"yes\"}}"));
        assertEquals(1, incomplete.get("changed").size(), "a draft may be incomplete");
        problem(400, "submission/invalid", as(coordinator, "PATCH", xaf(""), "{\"answers\": {\"NO.SUCH_ITEM\": \"yes\"}}"));
        problem(400, "submission/invalid", as(coordinator, "PATCH", xaf(""), "{\"country\": \"XAG\"}"));
        problem(400, "http/invalid-parameter", as(coordinator, "PATCH", "XAF/submissions/1999", "{\"answers\": {}}"));
    }

    @Test
    void aContributorChangesOnlyTheAnswersOfItsAssignedSections() {
        String login = json(as(contributor, "GET", "/api/session", null)).get("login").asText();
        status(403, as(contributor, "PUT", "XAF/assignments/" + login, "{\"sections\": [\"HR\"]}"));
        problem(400, "submission/invalid-assignment", as(coordinator, "PUT", "XAF/assignments/" + login, "{\"sections\": [\"ZZ\"]}"));
        JsonNode assigned = json(as(coordinator, "PUT", "XAF/assignments/" + login, "{\"sections\": [\"HR\"]}"));
        assertEquals("HR", assigned.get("sections").get(0).asText());
        assertTrue(json(as(contributor, "GET", "XAF/assignments", null)).toString().contains("\"HR\""));
        status(200, as(contributor, "PATCH", xaf(""), "{\"answers\": {\"HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW\": \"yes\"}}"));
        Answer other = as(contributor, "PATCH", xaf(""), "{\"answers\": {\"DR.PREVENTION_YOUTH_PRIMARY_PROGRAMME\": \"yes\"}}");
        problem(403, "submission/forbidden", other);
        assertTrue(other.json().get("detail").asText().contains("/answers/DR.PREVENTION_YOUTH_PRIMARY_PROGRAMME"), other.body());
        problem(403, "submission/forbidden", as(contributor, "PATCH", xaf(""), "{\"profile\": {\"transit_country\": \"yes\"}}"));
        problem(403, "submission/forbidden", as(contributor, "POST", xaf("/submit"), "{\"certify\": true, \"draft_version\": 1}"));
        assertEquals("yes", json(as(coordinator, "GET", xaf(""), null)).at("/draft/answers/HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW").asText());
    }

    @Test
    void aSessionRequestThatChangesSomethingNeedsItsCsrfToken() {
        Answer forged = server.send("PATCH", "/api/countries/" + xaf(""), "{\"answers\": {}}", "Cookie", coordinator.cookie());
        problem(403, "access/csrf", forged);
    }

    @Test
    void aSaveWaitingOnARowLockHoldsNoEventLoopThread() throws Exception {
        draftWholeFixture();
        javax.sql.DataSource pool = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(
                server.bean(javax.sql.DataSource.class));
        try (java.sql.Connection holder = pool.getConnection()) { // a connection of its own, outside any transaction of the server
            holder.setAutoCommit(false);
            try (var lock = holder.prepareStatement("select id from submissions where country = 'XAF' and reporting_year = ? for update")) {
                lock.setInt(1, year);
                lock.executeQuery().close();
            }
            var waiting = java.util.concurrent.CompletableFuture.supplyAsync(() -> as(coordinator, "PATCH", xaf(""),
                    "{\"answers\": {\"HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW\": \"yes\"}}"));
            Thread.sleep(300);
            assertTrue(!waiting.isDone(), "the save waits for the lock");
            long start = System.nanoTime();
            for (int i = 0; i < 20; i++) { // more requests than the event loop has threads
                status(200, server.send("GET", "/health", null));
                status(200, server.send("GET", "/api/catalogue/challenges/C06", null));
            }
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "health and the catalogue answered while the save waited");
            holder.rollback();
            status(200, waiting.get(30, java.util.concurrent.TimeUnit.SECONDS));
        }
    }

    @Test
    void savesOfDifferentItemsMergeAndASaveOfAnItemChangedSinceItWasReadIs412NamingBothValues() throws Exception {
        long read = draftWholeFixture();
        String login = json(as(contributor, "GET", "/api/session", null)).get("login").asText();
        json(as(coordinator, "PUT", "XAF/assignments/" + login, "{\"sections\": [\"HR\"]}"));
        String review = "{\"answers\": {\"HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW\": \"%s\"}}";
        json(as(contributor, "PATCH", xaf("?base=" + read), review.formatted("yes")));
        json(as(coordinator, "PATCH", xaf("?base=" + read), "{\"answers\": {\"DR.PREVENTION_YOUTH_PRIMARY_PROGRAMME\": \"no\"}}"));
        Answer stale = as(coordinator, "PATCH", xaf("?base=" + read), review.formatted("no"));
        problem(412, "submission/conflict", stale);
        JsonNode error = stale.json().get("errors").get(0);
        assertEquals("/answers/HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW", error.get("path").asText());
        assertTrue(error.get("message").asText().contains("now \"yes\", yours \"no\""), error.toString());
        JsonNode now = json(as(coordinator, "GET", xaf(""), null));
        assertEquals("yes", now.at("/draft/answers/HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW").asText(), "nothing of the refused save was kept");
        assertEquals("no", now.at("/draft/answers/DR.PREVENTION_YOUTH_PRIMARY_PROGRAMME").asText());
        json(as(coordinator, "PATCH", xaf("?base=" + now.get("draft_version").asLong()), review.formatted("no")));
    }

    @Test
    void concurrentSavesOfDifferentItemsAllSucceedEvenWhenTheyMakeTheDraft() throws Exception {
        long read = 0; // no draft yet: the first saves race to make it (bench/save-load found 500s here)
        List<String> items = List.of("DR.PREVENTION_YOUTH_PRIMARY_PROGRAMME", "DR.PREVENTION_FAMILY_PARENTING_SKILLS",
                "DR.PREVENTION_PERSONAL_SOCIAL_SKILLS", "DR.EARLY_INTERVENTION_POLICY", "DR.PREVENTION_SCHOOL_CURRICULUM",
                "DR.PREVENTION_CAMPAIGN_ONLINE", "DR.PREVENTION_TEACHER_TRAINING", "DR.PREVENTION_BUDGET_LINE");
        List<java.util.concurrent.CompletableFuture<Answer>> saves = items.stream()
                .map(item -> java.util.concurrent.CompletableFuture.supplyAsync(() -> as(coordinator, "PATCH", xaf("?base=" + read),
                        "{\"answers\": {\"" + item + "\": \"no\"}}")))
                .toList();
        for (var save : saves) {
            status(200, save.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        JsonNode draft = json(as(coordinator, "GET", xaf(""), null)).get("draft").get("answers");
        items.forEach(item -> assertEquals("no", draft.get(item).asText(), item));
    }

    @Test
    void aDraftReadInsideASaveThatRollsBackKeepsNothingOfItAndLaterSavesAreRead() throws Exception {
        json(as(coordinator, "PATCH", xaf(""), "{\"answers\": {\"HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW\": \"yes\"}}"));
        json(as(coordinator, "GET", xaf(""), null)); // folded once: later reads go on from there
        Drafts drafts = server.bean(Drafts.class);
        var submissions = server.bean(org.gapcheck.storage.SubmissionRepository.class);
        var changes = server.bean(org.gapcheck.storage.AnswerChangeRepository.class);
        long account = server.bean(org.gapcheck.storage.AccountRepository.class).findByLogin(json(as(coordinator, "GET",
                "/api/session", null)).get("login").asText()).orElseThrow().id();
        String rate = "/answers/HR.PRISON_OCCUPANCY_RATE";
        @SuppressWarnings("unchecked")
        io.micronaut.transaction.TransactionOperations<Object> tx = server.bean(io.micronaut.transaction.TransactionOperations.class);
        tx.executeWrite(status -> {
            var submission = submissions.findByCountryAndReportingYear("XAF", year).orElseThrow();
            changes.save(org.gapcheck.storage.AnswerChange.of(submission.id(), account, java.time.Instant.now(), rate, null, "77"));
            assertEquals(77, drafts.draft(submission).items().get(rate).asInt(), "the change, read inside its transaction");
            status.setRollbackOnly();
            return null;
        });
        JsonNode after = json(as(coordinator, "GET", xaf(""), null)).get("draft").get("answers");
        assertTrue(after.get("HR.PRISON_OCCUPANCY_RATE") == null, "a change rolled back is in no draft read after: " + after);
        json(as(coordinator, "PATCH", xaf(""), "{\"answers\": {\"DR.PREVENTION_YOUTH_PRIMARY_PROGRAMME\": \"partly\"}}"));
        json(as(coordinator, "PATCH", xaf(""), "{\"answers\": {\"HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW\": \"no\"}}"));
        after = json(as(coordinator, "GET", xaf(""), null)).get("draft").get("answers");
        assertEquals("no", after.get("HR.DRUG_POLICY_HUMAN_RIGHTS_REVIEW").asText());
        assertTrue(after.get("HR.PRISON_OCCUPANCY_RATE") == null);
    }
}
