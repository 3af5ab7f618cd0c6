package org.gapcheck.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.gapcheck.storage.Account.Role;
import org.gapcheck.storage.StoredSubmission.State;
import org.gapcheck.testing.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The repositories' cases, run on each database by a subclass (H2StorageTest, PostgresStorageTest):
 * one application context per class with the migrations applied; each case uses its own year and
 * logins, so cases do not see each other's rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StorageContract {

    private static final Instant T0 = Instant.parse("2026-03-01T09:30:00.123456Z");
    private static final AtomicInteger NEXT = new AtomicInteger();

    private ApplicationContext context;
    private int year;
    private String tag;

    Database database;

    /** A fresh database of the subclass's kind. */
    abstract Database database() throws Exception;

    @BeforeAll
    void start() throws Exception {
        database = database();
        Map<String, Object> properties = database.properties();
        if (properties != null) {
            context = ApplicationContext.run(properties);
            context.getBean(DataSource.class); // opens the database and applies the migrations
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (context != null) {
            context.close();
        }
        database.close();
    }

    @BeforeEach
    void each() {
        database.require();
        int n = NEXT.incrementAndGet();
        year = 2000 + n;
        tag = getClass().getSimpleName() + "-" + n;
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    private Account account(String name, Role role, String country) {
        return bean(AccountRepository.class).save(Account.invited(tag + "-" + name, role, country, T0));
    }

    private StoredSubmission draft(String country) {
        return bean(SubmissionRepository.class).save(StoredSubmission.draft(country, year, 1, "0.3.0", T0));
    }

    @Test
    void aSubmissionIsSavedAndFoundByCountryAndYear() {
        StoredSubmission saved = draft("XAF");
        StoredSubmission found = bean(SubmissionRepository.class).findByCountryAndReportingYear("XAF", year).orElseThrow();
        assertEquals(saved, found);
        assertEquals(State.DRAFT, found.state());
        assertEquals("0.3.0", found.questionnaireVersion());
        assertEquals(T0, found.createdAt());
    }

    @Test
    void aStaleCopyCannotOverwriteANewerOne() {
        SubmissionRepository submissions = bean(SubmissionRepository.class);
        StoredSubmission first = draft("XAA");
        StoredSubmission submitted = submissions.update(first.withState(State.SUBMITTED, T0.plusSeconds(1)));
        assertEquals(first.lockVersion() + 1, submitted.lockVersion());
        assertThrows(OptimisticLockException.class, () -> submissions.update(first.withState(State.RETURNED, T0.plusSeconds(2))));
        assertEquals(State.SUBMITTED, submissions.findById(first.id()).orElseThrow().state());
    }

    @Test
    void aSecondSubmissionForTheSameCountryAndYearIsRefused() {
        draft("XAB");
        assertThrows(DataAccessException.class, () -> draft("XAB"));
    }

    @Test
    void aCountryThatIsNotThreeCapitalsIsRefused() {
        assertThrows(DataAccessException.class, () -> draft("xab"));
        assertThrows(DataAccessException.class, () -> draft("XA"));
    }

    @Test
    void changesAreAppendedAndReadInOrder() {
        long submission = draft("XAC").id();
        long who = account("coordinator", Role.COORDINATOR, "XAC").id();
        AnswerChangeRepository changes = bean(AnswerChangeRepository.class);
        changes.save(AnswerChange.of(submission, who, T0, "DR.A", null, "\"yes\""));
        changes.save(AnswerChange.of(submission, who, T0.plusSeconds(5), "DR.B", null, "\"no\""));
        changes.save(AnswerChange.of(submission, who, T0.plusSeconds(9), "DR.A", "\"yes\"", "\"partly\""));
        List<AnswerChange> log = changes.findBySubmissionIdOrderById(submission);
        assertEquals(List.of("DR.A", "DR.B", "DR.A"), log.stream().map(AnswerChange::item).toList());
        List<AnswerChange> itemA = changes.findBySubmissionIdAndItemOrderById(submission, "DR.A");
        assertEquals("\"partly\"", itemA.get(1).afterJson());
        assertEquals("\"yes\"", itemA.get(1).beforeJson());
        assertEquals(T0.plusSeconds(9), itemA.get(1).changedAt());
    }

    @Test
    void aChangeOfNothingOrOfNoSubmissionIsRefused() {
        long submission = draft("XAD").id();
        long who = account("coordinator", Role.COORDINATOR, "XAD").id();
        AnswerChangeRepository changes = bean(AnswerChangeRepository.class);
        assertThrows(DataAccessException.class, () -> changes.save(AnswerChange.of(submission, who, T0, "DR.A", null, null)));
        assertThrows(DataAccessException.class, () -> changes.save(AnswerChange.of(-1, who, T0, "DR.A", null, "1")));
    }

    @Test
    void aVersionIsMaterialisedWithItsReport() {
        long submission = draft("XAE").id();
        long who = account("coordinator", Role.COORDINATOR, "XAE").id();
        long last = bean(AnswerChangeRepository.class).save(AnswerChange.of(submission, who, T0, "DR.A", null, "\"yes\"")).id();
        String json = "{\"country\": \"XAE\", \"answers\": {\"DR.A\": \"yes\"}}\n".repeat(2000);
        String sha = "ab".repeat(32);
        VersionRepository versions = bean(VersionRepository.class);
        versions.save(SubmissionVersion.submitted(submission, 1, last, who, T0, json, sha, "0.3.0", "{\"report\": 1}", "certified"));
        versions.save(SubmissionVersion.submitted(submission, 2, last, who, T0.plusSeconds(60), json, sha, "0.3.1", "{\"report\": 2}", "certified"));
        SubmissionVersion first = versions.findBySubmissionIdAndVersionNumber(submission, 1).orElseThrow();
        assertEquals(json, first.submissionJson());
        assertEquals(sha, first.submissionSha256());
        assertEquals("0.3.0", first.packVersion());
        assertEquals(List.of(1, 2), versions.findBySubmissionIdOrderByVersionNumber(submission).stream()
                .map(SubmissionVersion::versionNumber).toList());
        assertThrows(DataAccessException.class, () -> versions.save(
                SubmissionVersion.submitted(submission, 2, last, who, T0, json, sha, "0.3.0", "{}", "certified")));
        assertThrows(DataAccessException.class, () -> versions.save(
                SubmissionVersion.submitted(submission, 3, last, who, T0, json, "AB".repeat(32), "0.3.0", "{}", "certified")));
    }

    @Test
    void accountsAreFoundByLoginAndTheirRolesHoldTheirCountries() {
        AccountRepository accounts = bean(AccountRepository.class);
        Account coordinator = account("coordinator", Role.COORDINATOR, "XAF");
        account("secretariat", Role.SECRETARIAT, null);
        Account found = accounts.findByLogin(tag + "-coordinator").orElseThrow();
        assertEquals(coordinator, found);
        assertTrue(found.active());
        assertEquals(null, found.passwordHash());
        Account withPassword = accounts.update(found.withPasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"));
        assertEquals(withPassword, accounts.findById(found.id()).orElseThrow());
        assertThrows(DataAccessException.class, () -> account("coordinator", Role.CONTRIBUTOR, "XAF"));
        assertThrows(DataAccessException.class, () -> account("nowhere", Role.COORDINATOR, null));
        assertThrows(DataAccessException.class, () -> account("everywhere", Role.SECRETARIAT, "XAF"));
        assertThrows(DataAccessException.class, () -> account("lower", Role.CONTRIBUTOR, "xaf"));
    }

    @Test
    void sectionsAreAssignedOnce() {
        long coordinator = account("coordinator", Role.COORDINATOR, "XAG").id();
        long health = account("health", Role.CONTRIBUTOR, "XAG").id();
        AssignmentRepository assignments = bean(AssignmentRepository.class);
        assignments.save(new SectionAssignment(null, health, "treatment", coordinator, T0));
        assignments.save(new SectionAssignment(null, health, "prevention", coordinator, T0));
        assertEquals(List.of("prevention", "treatment"), assignments.findByAccountIdOrderBySection(health).stream()
                .map(SectionAssignment::section).toList());
        assertTrue(assignments.existsByAccountIdAndSection(health, "treatment"));
        assertFalse(assignments.existsByAccountIdAndSection(coordinator, "treatment"));
        assertThrows(DataAccessException.class, () -> assignments.save(new SectionAssignment(null, health, "treatment", coordinator, T0)));
        assertThrows(DataAccessException.class, () -> assignments.save(new SectionAssignment(null, -1, "supply", coordinator, T0)));
    }

    @Test
    void theAuditLogIsAChainThatCannotFork() {
        AuditRepository audit = bean(AuditRepository.class);
        long who = account("admin", Role.ADMINISTRATOR, null).id();
        String previous = audit.findFirstOrderByIdDesc().map(AuditEntry::entryHash).orElse(AuditEntry.FIRST);
        AuditEntry first = audit.save(AuditEntry.after(previous, Instant.now(), who, "login", tag, null));
        AuditEntry second = audit.save(AuditEntry.after(first.entryHash(), Instant.now(), null, "evaluate", tag, "{\"n\": 1}"));
        assertEquals(second, audit.findFirstOrderByIdDesc().orElseThrow());
        List<AuditEntry> log = audit.findAllOrderById();
        assertTrue(log.stream().allMatch(AuditEntry::hashHolds), "every stored entry's hash is computed again from its fields");
        for (int i = 1; i < log.size(); i++) {
            assertEquals(log.get(i - 1).entryHash(), log.get(i).previousHash());
        }
        assertThrows(DataAccessException.class, () -> audit.save(AuditEntry.after(first.entryHash(), Instant.now(), null, "fork", tag, null)));
    }

    @Test
    void timesKeepMicroseconds() {
        Instant at = T0.plus(1, ChronoUnit.MICROS);
        long who = account("coordinator", Role.COORDINATOR, "XAH").id();
        long submission = draft("XAH").id();
        AnswerChange change = bean(AnswerChangeRepository.class).save(AnswerChange.of(submission, who, at, "DR.A", null, "1"));
        assertEquals(at, bean(AnswerChangeRepository.class).findById(change.id()).orElseThrow().changedAt());
    }
}
