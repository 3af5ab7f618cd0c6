package org.gapcheck.report.render;

import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.json.Json;
import org.gapcheck.report.Report;

/** The formats a report comes in, with the media type the service answers for each. */
public enum ReportFormat {
    json("application/json"),
    html("text/html;charset=utf-8"),
    csv("text/csv;charset=utf-8"),
    md("text/markdown;charset=utf-8");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String render(Report report, Catalogue catalogue) {
        return switch (this) {
            case json -> Json.write(report);
            case html -> ReportHtml.render(report, catalogue);
            case csv -> ReportCsv.render(report);
            case md -> ReportMarkdown.render(report, catalogue);
        };
    }
}
