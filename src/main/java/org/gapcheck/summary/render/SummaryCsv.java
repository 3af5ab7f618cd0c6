package org.gapcheck.summary.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gapcheck.engine.Status;
import org.gapcheck.summary.SummaryReport;

/**
 * The summary as one CSV with a {@code table} column, so one file loads into a spreadsheet and
 * filters into each table: country_chapter, country_challenge, recommendation, top_gap, region, trend, invalid.
 */
public final class SummaryCsv {

    private SummaryCsv() {
    }

    public static String render(SummaryReport r) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("table", "country", "year", "region", "id", "score", "rating", "completeness", "met", "partial", "gap",
                        "not_reported", "not_applicable", "responding", "share", "delta", "detail").get())) {
            for (SummaryReport.CountryRow row : r.countries()) {
                for (SummaryReport.Cell c : row.chapters()) {
                    cell(csv, "country_chapter", row, c);
                }
                for (SummaryReport.Cell c : row.challenges()) {
                    cell(csv, "country_challenge", row, c);
                }
            }
            for (SummaryReport.RecommendationRow rec : r.recommendations()) {
                csv.printRecord("recommendation", "", r.year() == null ? "" : r.year(), "", rec.recommendation(), "", "", "",
                        rec.counts().get(Status.MET), rec.counts().get(Status.PARTIAL), rec.counts().get(Status.GAP),
                        rec.counts().get(Status.NOT_REPORTED), rec.counts().get(Status.NOT_APPLICABLE) + rec.counts().get(Status.NOT_ASSESSED),
                        rec.responding(), blank(rec.metShare()), "", "share is the percent of responding States reporting MET"
                        + (rec.reserved() > 0 ? "; " + rec.reserved() + " States recorded a reservation on one of its criteria" : ""));
            }
            for (SummaryReport.TopGap g : r.topGaps()) {
                csv.printRecord("top_gap", "", "", "all", g.recommendation(), "", "", "", "", g.partial(), g.gap(), "", "",
                        g.responding(), "", "", "rank " + g.rank());
            }
            for (SummaryReport.RegionSummary region : r.regions()) {
                for (SummaryReport.Cell c : region.chapters()) {
                    csv.printRecord("region_chapter", "", "", region.id(), c.id(), blank(c.score()), c.rating() == null ? "" : c.rating().wireName(),
                            blank(c.completeness()), "", "", "", "", "", region.countries(), "", "", region.name());
                }
                for (SummaryReport.TopGap g : region.topGaps()) {
                    csv.printRecord("region_top_gap", "", "", region.id(), g.recommendation(), "", "", "", "", g.partial(), g.gap(), "", "",
                            g.responding(), "", "", "rank " + g.rank());
                }
            }
            for (SummaryReport.CountryTrend t : r.trend().countries()) {
                for (SummaryReport.Change c : t.chapters()) {
                    csv.printRecord("trend_chapter", t.country(), t.from() + "-" + t.to(), "", c.id(), blank(c.after()), "", "", "", "", "", "", "",
                            "", "", blank(c.delta()), "");
                }
            }
            for (SummaryReport.Invalid bad : r.invalid()) {
                csv.printRecord("invalid", "", "", "", bad.file(), "", "", "", "", "", "", "", "", "", "", "",
                        String.join("; ", bad.errors().stream().map(Object::toString).toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void cell(CSVPrinter csv, String table, SummaryReport.CountryRow row, SummaryReport.Cell c) throws IOException {
        csv.printRecord(table, row.country(), row.year(), row.unGroup(), c.id(), blank(c.score()),
                c.rating() == null ? "" : c.rating().wireName(), blank(c.completeness()), "", "", "", "", "", "", "", "", "");
    }

    private static Object blank(Double d) {
        return d == null ? "" : d;
    }
}
