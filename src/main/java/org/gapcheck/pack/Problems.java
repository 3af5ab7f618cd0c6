package org.gapcheck.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gapcheck.pack.PackYaml.Parsed;

/** Collects located problems while a validator walks parsed pack files; fails once, with all of them. */
public final class Problems {

    private final List<PackProblem> found = new ArrayList<>();

    public void add(Parsed<?> parsed, Object entry, String entryName, String code, String message) {
        found.add(parsed.problem(entry, entryName, code, message));
    }

    /** A required field: present and not blank. Returns whether it was. */
    public boolean required(Parsed<?> parsed, Object entry, String name, String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(parsed, entry, name, "field/missing", "missing '" + field + "'");
            return false;
        }
        return true;
    }

    /** Reports every id used twice in a list, at the second use, naming the line of the first. */
    public <T> void duplicates(Parsed<?> parsed, List<T> items, Function<T, String> id, String kind) {
        Map<String, T> seen = new HashMap<>();
        for (T item : items) {
            String key = id.apply(item);
            if (key != null && seen.putIfAbsent(key, item) != null) {
                add(parsed, item, key, "id/duplicate", "duplicate " + kind + " id '" + key + "' (first at line "
                        + parsed.locations().line(seen.get(key)) + ")");
            }
        }
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new PackLoadException(found);
        }
    }

    public static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
