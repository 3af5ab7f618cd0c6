package org.gapcheck.report.render;

import java.util.Locale;
import java.util.Optional;
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

    /** The format an HTTP Accept header asks for; JSON when it names none of ours (or anything). */
    public static ReportFormat fromAccept(String accept) {
        if (accept == null) {
            return json;
        }
        String a = accept.toLowerCase(Locale.ROOT);
        for (String part : a.split(",")) {
            String type = part.split(";")[0].strip();
            Optional<ReportFormat> match = switch (type) {
                case "text/html" -> Optional.of(html);
                case "text/csv" -> Optional.of(csv);
                case "text/markdown" -> Optional.of(md);
                case "application/json", "application/problem+json" -> Optional.of(json);
                default -> Optional.empty();
            };
            if (match.isPresent()) {
                return match.get();
            }
        }
        return json;
    }
}
