package org.gapcheck.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Text taken from the jar: the PDF's stylesheet, the report's filter script, the pages' templates. */
public final class Classpath {

    private Classpath() {
    }

    /** A classpath resource as UTF-8 text, by absolute name; a missing one is a defect of the build. */
    public static String text(String name) {
        try (InputStream in = Classpath.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
