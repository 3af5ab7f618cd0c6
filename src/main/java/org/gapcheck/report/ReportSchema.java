package org.gapcheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The published JSON Schema of the gap report (src/main/resources/schema/report.schema.json). */
public final class ReportSchema {

    private static final String RESOURCE = "schema/report.schema.json";

    private ReportSchema() {
    }

    public static String text() {
        try (InputStream in = ReportSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
