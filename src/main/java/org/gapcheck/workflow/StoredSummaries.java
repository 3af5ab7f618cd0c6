package org.gapcheck.workflow;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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

    StoredSummaries(VersionRepository versions, RulePack pack) {
        this.versions = versions;
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
        List<StoredVersion> stored = rows.stream().map(r -> new StoredVersion(r.country() + " " + r.reportingYear() + " version "
                + r.versionNumber(), r.packVersion(), r.reportJson().getBytes(StandardCharsets.UTF_8),
                () -> versions.findSubmissionJsonById(r.id()).orElseThrow().getBytes(StandardCharsets.UTF_8))).toList();
        return builder.buildStored(stored, year, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }
}
