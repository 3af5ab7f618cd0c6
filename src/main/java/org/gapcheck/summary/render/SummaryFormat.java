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

    /** From an HTTP Accept header; JSON unless HTML or CSV is asked for. */
    public static SummaryFormat fromAccept(String accept) {
        String a = accept == null ? "" : accept.toLowerCase(java.util.Locale.ROOT);
        return a.startsWith("text/html") ? html : a.startsWith("text/csv") ? csv : json;
    }
}
