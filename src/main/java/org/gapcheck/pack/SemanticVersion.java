package org.gapcheck.pack;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pack version, MAJOR.MINOR.PATCH with an optional pre-release, ordered as Semantic Versioning
 * 2.0.0 orders them (a pre-release before its release; pre-releases compared as whole strings,
 * enough for the packs' "-rc1"-style tags). Stored submissions name the pack version of their
 * questionnaire, and reading one under a later pack applies the questionnaire's changes after it.
 */
public record SemanticVersion(int major, int minor, int patch, String preRelease) implements Comparable<SemanticVersion> {

    private static final Pattern FORM = Pattern.compile("(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})(?:-([0-9A-Za-z.-]+))?");

    /** The version {@code text} names, or empty where it is not MAJOR.MINOR.PATCH[-PRE]. */
    public static Optional<SemanticVersion> parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SemanticVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), m.group(4) == null ? "" : m.group(4)));
    }

    @Override
    public int compareTo(SemanticVersion o) {
        int c = Integer.compare(major, o.major);
        c = c != 0 ? c : Integer.compare(minor, o.minor);
        c = c != 0 ? c : Integer.compare(patch, o.patch);
        if (c != 0 || preRelease.equals(o.preRelease)) {
            return c;
        }
        if (preRelease.isEmpty() || o.preRelease.isEmpty()) {
            return preRelease.isEmpty() ? 1 : -1;
        }
        return preRelease.compareTo(o.preRelease);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (preRelease.isEmpty() ? "" : "-" + preRelease);
    }
}
