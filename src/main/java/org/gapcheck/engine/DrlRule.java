package org.gapcheck.engine;

import java.util.List;
import java.util.Map;

/**
 * One rule of a pack's DRL as written, read by Drools' own DRL parser: its name, where it is, its
 * metadata (unquoted), the one pattern it matches and that pattern's constraints, and its
 * consequence. Gapcheck builds the executable rules from this, not from compiled Java.
 *
 * @param file        the file as shown to users (see PackSource.display)
 * @param pattern     the type of its one pattern ("Answers", "Profile"), or null when the LHS is anything else
 * @param constraints the pattern's constraints as written, e.g. {@code says("donor", "no")}
 */
record DrlRule(String name, String file, int line, Map<String, String> meta, String pattern, List<String> constraints,
               String consequence) {

    String text(String key) {
        String value = meta.get(key);
        return value == null ? "" : value.strip();
    }
}
