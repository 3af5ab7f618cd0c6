package org.gapcheck.report.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gapcheck.engine.CriterionResult;
import org.gapcheck.engine.Finding;
import org.gapcheck.engine.Status;
import org.gapcheck.report.Report;

/** The report as CSV: one row per finding, for spreadsheets and the secretariat's own tools. */
public final class ReportCsv {

    static final String[] HEADER = {"country", "reporting_year", "chapter", "recommendation", "status", "score",
            "challenges", "criteria_met", "criteria_partial", "criteria_gap", "criteria_not_reported",
            "criteria_not_applicable", "criteria_reserved", "reason", "what_would_close_it", "pack", "pack_version", "submission_sha256"};

    private ReportCsv() {
    }

    public static String render(Report report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (Finding f : report.findings()) {
                Set<String> closes = new LinkedHashSet<>();
                f.criteria().stream().filter(c -> c.closes() != null).forEach(c -> closes.add(c.closes()));
                csv.printRecord(report.country(), report.reportingYear(), f.chapter(), f.recommendation(), f.status(),
                        f.score() == null ? "" : f.score(), String.join(";", f.challenges()),
                        count(f, Status.MET), count(f, Status.PARTIAL), count(f, Status.GAP), count(f, Status.NOT_REPORTED),
                        count(f, Status.NOT_APPLICABLE), f.criteria().stream().filter(c -> c.reservation() != null).count(), f.reason() == null ? "" : f.reason(), String.join(" ", closes),
                        report.pack(), report.packVersion(), report.submissionSha256());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static long count(Finding f, Status status) {
        return f.criteria().stream().map(CriterionResult::status).filter(s -> s == status).count();
    }
}
