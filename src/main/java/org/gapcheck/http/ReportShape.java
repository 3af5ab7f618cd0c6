package org.gapcheck.http;

import java.util.List;
import java.util.Set;
import org.gapcheck.report.LeanReport;
import org.gapcheck.report.Report;

/**
 * The JSON shape an evaluation answers, from its query parameters: {@code view=summary} (a live
 * preview), the lean report (default), with {@code include=actions} the full action list, with
 * {@code embed=texts} the self-contained document that {@code evaluate --embed-texts} writes.
 */
record ReportShape(boolean summary, boolean actions, boolean texts) {

    static final List<String> VIEWS = List.of("report", "summary");
    static final List<String> INCLUDES = List.of("actions");
    static final List<String> EMBEDS = List.of("texts");

    static ReportShape of(String view, String include, String embed) {
        String v = view == null || view.isBlank() ? "report" : view.strip();
        if (!VIEWS.contains(v)) {
            throw new InvalidParameterException("view", view, VIEWS);
        }
        Set<String> includes = values("include", include, INCLUDES);
        Set<String> embeds = values("embed", embed, EMBEDS);
        return new ReportShape(v.equals("summary"), includes.contains("actions"), embeds.contains("texts"));
    }

    /** A comma-separated list of known values. */
    private static Set<String> values(String parameter, String given, List<String> allowed) {
        if (given == null || given.isBlank()) {
            return Set.of();
        }
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String part : given.split(",")) {
            String p = part.strip();
            if (!allowed.contains(p)) {
                throw new InvalidParameterException(parameter, given, allowed);
            }
            out.add(p);
        }
        return out;
    }

    /** Whether the evaluation must plan the action list for this shape. */
    boolean needsActions() {
        return actions || texts;
    }

    /** The body of a JSON answer in this shape, but the summary view (which the service makes itself). */
    Object body(Report report) {
        return texts ? report : LeanReport.of(report, actions);
    }
}
