package org.gapcheck.workflow;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import org.gapcheck.json.Json;
import org.gapcheck.submission.SubmissionError;
import javax.sql.DataSource;
import org.gapcheck.core.RulePack;
import org.gapcheck.storage.LatestReport;
import org.gapcheck.storage.VersionRepository;
import org.gapcheck.summary.StoredVersion;
import org.gapcheck.summary.SummaryBuilder;
import org.gapcheck.summary.SummaryReport;

/**
 * The cross-country summary from the database: per submission its latest version the caller may
 * see (the secretariat every submitted or acknowledged one, everyone else the published ones),
 * scored under the active pack from the reports stored with them.
 */
@Singleton
@Requires(beans = DataSource.class)
public class StoredSummaries {

    private final VersionRepository versions;
    private final SummaryBuilder builder;
    private final RulePack pack;

    StoredSummaries(VersionRepository versions, RulePack pack) {
        this.versions = versions;
        this.pack = pack;
        this.builder = new SummaryBuilder(pack);
    }

    /** The secretariat's summary: {@code year}, or each country's latest year when null. */
    public SummaryReport submitted(Integer year) {
        return summarise(versions.findLatestSubmitted(), year);
    }

    SummaryReport forAudience(Audience who, Integer year) {
        return summarise(who.secretariat() ? versions.findLatestSubmitted() : versions.findLatestPublished(), year);
    }

    private SummaryReport summarise(List<LatestReport> rows, Integer year) {
        List<StoredVersion> stored = new ArrayList<>();
        List<SummaryReport.Invalid> unreadable = new ArrayList<>();
        for (LatestReport r : rows) {
            String name = r.country() + " " + r.reportingYear() + " version " + r.versionNumber();
            if (r.formatVersion() != Upgrades.FORMAT_VERSION) {
                unreadable.add(new SummaryReport.Invalid(name, List.of(SubmissionError.at("", "format_unsupported",
                        Upgrades.unsupported(r.formatVersion(), "this submission")))));
            } else {
                stored.add(new StoredVersion(name, r.packVersion(), r.reportJson().getBytes(StandardCharsets.UTF_8),
                        () -> asActive(r)));
            }
        }
        return builder.buildStored(stored, unreadable, year, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /** A version's submission as the active questionnaire reads it (as stored where its pack's questionnaire is the active one's). */
    private byte[] asActive(LatestReport r) {
        String json = versions.findSubmissionJsonById(r.id()).orElseThrow();
        if (pack.questionnaire().changesAfter(r.packVersion()).isEmpty()) {
            return json.getBytes(StandardCharsets.UTF_8);
        }
        Map<String, JsonNode> items = Upgrades.stored(json, r.packVersion(), pack).items();
        return Json.compact(DraftItems.document(r.country(), r.reportingYear(), items));
    }
}
