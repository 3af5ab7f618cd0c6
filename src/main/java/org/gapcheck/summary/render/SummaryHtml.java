package org.gapcheck.summary.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gapcheck.summary.SummaryReport;

/** The summary as one self-contained HTML file: heatmaps of countries by chapter and by challenge, per-region charts. */
public final class SummaryHtml {

    private static final Mustache TEMPLATE = new DefaultMustacheFactory().compile("templates/summary.html.mustache");
    private static final int BAR = 260;

    private SummaryHtml() {
    }

    public static String render(SummaryReport r) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("pack", r.pack() + " " + r.packVersion());
        view.put("generatedAt", r.generatedAt());
        view.put("year", r.year() == null ? "each country's latest submission" : String.valueOf(r.year()));
        view.put("read", r.submissionsRead());
        view.put("valid", r.submissionsValid());
        view.put("invalid", r.invalid().stream().map(i -> Map.of("file", i.file(),
                "errors", String.join("; ", i.errors().stream().map(Object::toString).toList()))).toList());
        view.put("chapterHeads", r.countries().isEmpty() ? List.of() : r.countries().get(0).chapters().stream().map(SummaryReport.Cell::id).toList());
        view.put("challengeHeads", r.countries().isEmpty() ? List.of() : r.countries().get(0).challenges().stream().map(SummaryReport.Cell::id).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SummaryReport.CountryRow row : r.countries()) {
            rows.add(Map.of("country", row.country(), "year", row.year(), "region", row.unGroup(),
                    "chapters", cells(row.chapters()), "challenges", cells(row.challenges()),
                    "reservations", row.reservations() == 0 ? "" : row.reservations() + (row.reservations() == 1 ? " reservation" : " reservations")));
        }
        view.put("rows", rows);
        view.put("topGaps", r.topGaps());
        List<Map<String, Object>> regions = new ArrayList<>();
        for (SummaryReport.RegionSummary region : r.regions()) {
            if (region.countries() == 0) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", region.name());
            m.put("kind", region.kind().equals("honlea") ? "CND subsidiary body region" : "UN regional group");
            m.put("countries", region.countries());
            List<Map<String, Object>> bars = new ArrayList<>();
            int i = 0;
            for (SummaryReport.Cell c : region.chapters()) {
                double score = c.score() == null ? 0 : c.score();
                bars.add(Map.of("label", "Chapter " + c.id(), "y", 6 + i * 20, "textY", 19 + i * 20,
                        "width", Math.round(score / 100 * BAR), "value", c.score() == null ? "no score" : String.valueOf(c.score()),
                        "valueX", 100 + Math.round(score / 100 * BAR) + 6, "css", c.rating() == null ? "none" : c.rating().wireName()));
                i++;
            }
            m.put("bars", bars);
            m.put("height", 12 + i * 20);
            m.put("topGaps", region.topGaps());
            m.put("links", region.regionalRecommendations());
            regions.add(m);
        }
        view.put("regions", regions);
        view.put("trendNote", r.trend().note());
        view.put("trendChapters", r.trend().chapters());
        view.put("trendCountries", r.trend().countries().stream().map(t -> Map.of("country", t.country(), "from", t.from(), "to", t.to(),
                "changes", String.join(", ", t.chapters().stream().map(c -> "ch. " + c.id() + " " + (c.delta() == null ? "n/a"
                        : (c.delta() > 0 ? "+" : "") + c.delta())).toList()))).toList());
        view.put("memberStates", r.coverage().memberStates());
        view.put("reporting", r.coverage().memberStatesReporting());
        view.put("missing", String.join(", ", r.coverage().memberStatesMissing()));
        view.put("items", r.coverage().leastReportedItems());
        StringWriter out = new StringWriter();
        TEMPLATE.execute(out, view);
        return out.toString();
    }

    private static List<Map<String, Object>> cells(List<SummaryReport.Cell> cells) {
        return cells.stream().map(c -> Map.<String, Object>of("score", c.score() == null ? "-" : String.valueOf(Math.round(c.score())),
                "css", c.rating() == null ? "none" : c.rating().wireName(),
                "title", c.id() + ": " + (c.score() == null ? "no score" : c.score()) + (c.completeness() == null ? "" : ", " + c.completeness() + "% reported")))
                .toList();
    }
}
