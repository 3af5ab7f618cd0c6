package org.gapcheck.priorities;

import java.util.Optional;
import org.gapcheck.basis.References;
import org.gapcheck.engine.Threshold;
import org.gapcheck.engine.Thresholds;

/**
 * What a theme is measured against, parsed from its {@code standard}: one published figure of
 * thresholds.yaml, a named standard of standards.yaml, or the recommendations' own words.
 */
public record Measure(Kind kind, String ref) {

    public enum Kind { THRESHOLD, STANDARD, TEXT }

    public static final String TEXT = "text";

    /** The measure a {@code standard} field names, or empty when it is not one of the three forms. */
    public static Optional<Measure> parse(String standard) {
        if (standard == null) {
            return Optional.empty();
        }
        String s = standard.strip();
        if (s.equals(TEXT)) {
            return Optional.of(new Measure(Kind.TEXT, null));
        }
        int colon = s.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String ref = s.substring(colon + 1).strip();
        return switch (s.substring(0, colon).strip()) {
            case "threshold" -> Optional.of(new Measure(Kind.THRESHOLD, ref));
            case "standard" -> Optional.of(new Measure(Kind.STANDARD, ref));
            default -> Optional.empty();
        };
    }

    /**
     * Why this measure cannot stand, or empty when it can: the threshold or standard must exist,
     * and a threshold must come from a published standard, never the pack's own choice (a figure
     * no standard names must not make a priority).
     */
    public Optional<String> refuse(Thresholds thresholds, References references) {
        return switch (kind) {
            case TEXT -> Optional.empty();
            case STANDARD -> references.standard(ref).isPresent() ? Optional.empty()
                    : Optional.of("names unknown standard '" + ref + "' (" + References.STANDARDS_FILE + ")");
            case THRESHOLD -> {
                Optional<Threshold> t = thresholds.threshold(ref);
                if (t.isEmpty()) {
                    yield Optional.of("names unknown threshold '" + ref + "' (" + Thresholds.FILE + ")");
                }
                yield t.get().ownChoice() != null
                        ? Optional.of("names threshold '" + ref + "', the pack's own choice; a theme is measured against a published standard or the text")
                        : Optional.empty();
            }
        };
    }
}
