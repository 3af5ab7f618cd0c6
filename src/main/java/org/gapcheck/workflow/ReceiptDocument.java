package org.gapcheck.workflow;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The receipt of an acknowledged version as a one-page document (XHTML, which the PDF renderer lays
 * out on A4): what was received, its SHA-256, the pack that judged it, who submitted, certified and
 * acknowledged it and when, and how anyone can check the hash. Every value is escaped by the template.
 */
final class ReceiptDocument {

    private static final Mustache TEMPLATE = new DefaultMustacheFactory().compile("templates/receipt.html.mustache");
    /** Times in UTC to the second, in words a reader in any country reads alike. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /**
     * What a receipt states.
     *
     * @param countryName   the country's name in the pack's regions, or null where it lists none
     * @param pack          the name of the rule pack whose version produced the stored report
     * @param path          the version's path ({@code /api/countries/XAF/submissions/2024/versions/1}); its
     *                      {@code /submission} answers exactly the bytes the SHA-256 covers
     * @param certification the statement the coordinator certified, as stored
     */
    record Facts(String country, String countryName, int year, int version, String sha256, String pack, String packVersion,
                 Instant submittedAt, String submittedBy, String certification, Instant acknowledgedAt, String acknowledgedBy,
                 String path) {
    }

    private ReceiptDocument() {
    }

    static String when(Instant instant) {
        return WHEN.format(instant);
    }

    static String html(Facts f) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", f.countryName() == null ? f.country() : f.countryName());
        view.put("code", f.country());
        view.put("year", f.year());
        view.put("version", f.version());
        view.put("sha", f.sha256());
        view.put("pack", f.pack());
        view.put("packVersion", f.packVersion());
        view.put("submittedAt", when(f.submittedAt()));
        view.put("submittedBy", f.submittedBy());
        view.put("certification", f.certification());
        view.put("acknowledgedAt", when(f.acknowledgedAt()));
        view.put("acknowledgedBy", f.acknowledgedBy());
        view.put("path", f.path());
        StringWriter out = new StringWriter();
        TEMPLATE.execute(out, view);
        return out.toString();
    }
}
