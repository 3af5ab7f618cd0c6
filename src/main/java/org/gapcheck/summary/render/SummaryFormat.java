package org.gapcheck.summary.render;

import org.gapcheck.json.Json;
import org.gapcheck.summary.SummaryReport;

/** The formats of the cross-country summary. */
public enum SummaryFormat {
    json("application/json"),
    csv("text/csv;charset=utf-8"),
    html("text/html;charset=utf-8");

    private final String mediaType;

    SummaryFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String render(SummaryReport report) {
        return switch (this) {
            case json -> Json.write(report);
            case csv -> SummaryCsv.render(report);
            case html -> SummaryHtml.render(report);
        };
    }
}
