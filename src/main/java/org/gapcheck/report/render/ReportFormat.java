package org.gapcheck.report.render;

import java.nio.charset.StandardCharsets;
import org.gapcheck.json.Json;
import org.gapcheck.report.Report;

/** The formats a report comes in, with the media type the service answers for each. */
public enum ReportFormat {
    json("application/json"),
    html("text/html;charset=utf-8"),
    csv("text/csv;charset=utf-8"),
    md("text/markdown;charset=utf-8"),
    /** The HTML report laid out on A4 pages (ReportPdf), rendered in turn with others (PdfQueue). */
    pdf("application/pdf");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether the format is bytes rather than text: {@link #bytes}, never {@link #render}. */
    public boolean binary() {
        return this == pdf;
    }

    /** The report as text; a binary format has none. */
    public String render(Report report, ReportTexts texts) {
        return switch (this) {
            case json -> Json.write(report);
            case html -> ReportHtml.render(report, texts);
            case csv -> ReportCsv.render(report);
            case md -> ReportMarkdown.render(report, texts);
            case pdf -> throw new IllegalArgumentException("pdf is a binary format: use bytes()");
        };
    }

    /** The report as the bytes of a file: text in UTF-8, a PDF once its turn at the renderer comes. */
    public byte[] bytes(Report report, ReportTexts texts) {
        return binary() ? PdfQueue.shared().render(ReportHtml.render(report, texts))
                : render(report, texts).getBytes(StandardCharsets.UTF_8);
    }
}
