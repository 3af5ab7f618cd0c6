package org.gapcheck.pack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Collects every unknown key of a file (a typo a policy expert made) with the line it stands on,
 * and reads on, so that one run reports all of them rather than the first.
 */
final class UnknownKeys extends DeserializationProblemHandler {

    /** The per-read sink, passed as a reader attribute. */
    static final class Found {
        private final String file;
        private final List<String> lines;
        private final Map<String, Integer> seen = new HashMap<>();
        private final List<PackProblem> problems = new ArrayList<>();

        Found(String file, String text) {
            this.file = file;
            this.lines = text.lines().toList();
        }

        /**
         * The line of the n-th occurrence of the key. Records are built through a buffer whose
         * tokens carry no location, so the key is found in the text instead.
         */
        int lineOf(String key) {
            int wanted = seen.merge(key, 1, Integer::sum);
            Pattern keyLine = Pattern.compile("^\\s*(-\\s+)?\"?" + Pattern.quote(key) + "\"?\\s*:.*");
            int line = nth(keyLine, wanted);
            // A key of a flow mapping ({renamed: ...}) stands after a brace or a comma.
            return line > 0 ? line : nth(Pattern.compile(".*[{,]\\s*\"?" + Pattern.quote(key) + "\"?\\s*:.*"), wanted);
        }

        private int nth(Pattern keyLine, int wanted) {
            int count = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (keyLine.matcher(lines.get(i)).matches() && ++count == wanted) {
                    return i + 1;
                }
            }
            return 0;
        }

        List<PackProblem> problems() {
            return problems;
        }
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser, JsonDeserializer<?> deserializer,
                                         Object beanOrClass, String propertyName) throws IOException {
        if (!(context.getAttribute(Found.class) instanceof Found found)) {
            return false;
        }
        List<String> known = deserializer.getKnownPropertyNames().stream().map(Objects::toString).sorted().toList();
        found.problems.add(new PackProblem(found.file, found.lineOf(propertyName), 0, null, "yaml/unknown-key",
                "unknown key '" + propertyName + "' (allowed: " + String.join(", ", known) + ")"));
        parser.skipChildren();
        return true;
    }
}
