package org.gapcheck.pack;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where each object read from a pack file started (line, column), by identity: records compare
 * by value, and two equal entries still stand at different places.
 */
public final class Locations {

    private final Map<Object, int[]> starts = new IdentityHashMap<>();

    void put(Object value, int line, int column) {
        starts.put(value, new int[] {line, column});
    }

    public int line(Object value) {
        int[] at = starts.get(value);
        return at == null ? 0 : at[0];
    }

    public int column(Object value) {
        int[] at = starts.get(value);
        return at == null ? 0 : at[1];
    }
}
