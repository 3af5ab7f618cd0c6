package org.gapcheck.testing;

import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gapcheck.core.RulePack;
import org.gapcheck.evaluation.EvaluationService;
import org.gapcheck.json.Json;
import org.gapcheck.report.LeanReport;
import org.gapcheck.storage.Account;
import org.gapcheck.storage.AccountRepository;
import org.gapcheck.storage.StoredSubmission;
import org.gapcheck.storage.SubmissionRepository;
import org.gapcheck.storage.SubmissionVersion;
import org.gapcheck.storage.VersionRepository;
import org.gapcheck.submission.SubmissionReader;
import org.gapcheck.summary.SummaryBuilder;
import org.gapcheck.text.Sha256;

/**
 * A reporting history written straight into a database, as years of the workflow would have left it:
 * per submission one acknowledged version with its SHA-256 and the lean report the workflow stores,
 * and a coordinator per country. Fast enough for thousands of versions (the secretariat's benchmark).
 */
public final class StoredHistory {

    private StoredHistory() {
    }

    /** Stores each input (a valid submission) as an acknowledged version 1; the number of versions stored. */
    public static int fill(ApplicationContext context, RulePack pack, List<SummaryBuilder.Input> inputs) {
        EvaluationService evaluations = new EvaluationService(pack, Clock.systemUTC());
        SubmissionReader reader = pack.reader();
        List<String> reports = inputs.parallelStream().map(i -> new String(Json.compact(LeanReport.of(
                evaluations.evaluate(i.json(), null, false), false)), StandardCharsets.UTF_8)).toList();
        AccountRepository accounts = context.getBean(AccountRepository.class);
        SubmissionRepository submissions = context.getBean(SubmissionRepository.class);
        VersionRepository versions = context.getBean(VersionRepository.class);
        Map<String, Long> coordinators = new HashMap<>();
        Instant now = Instant.now();
        for (int i = 0; i < inputs.size(); i++) {
            var s = reader.read(inputs.get(i).json());
            long coordinator = coordinators.computeIfAbsent(s.country(), c -> accounts.save(Account.invited("history.coordinator."
                    + c.toLowerCase(), Account.Role.COORDINATOR, c, now)).id());
            StoredSubmission row = submissions.save(StoredSubmission.draft(s.country(), s.reportingYear(), 1, pack.manifest().version(), now)
                    .withState(StoredSubmission.State.ACKNOWLEDGED, now));
            String json = new String(inputs.get(i).json(), StandardCharsets.UTF_8);
            SubmissionVersion v = versions.save(SubmissionVersion.submitted(row.id(), 1, null, coordinator, now, json,
                    Sha256.hex(inputs.get(i).json()), pack.manifest().version(), reports.get(i), "Certified by the history's coordinator."));
            versions.updateAcknowledgedAtAndAcknowledgedBy(v.id(), now, coordinator);
        }
        return inputs.size();
    }
}
