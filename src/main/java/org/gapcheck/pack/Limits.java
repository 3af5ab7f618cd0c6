package org.gapcheck.pack;

import java.time.Duration;

/**
 * The budgets a rule pack is read within, so that a hostile pack costs a located problem rather
 * than the heap, the stack or minutes of CPU. Each has headroom over the project's own pack (the
 * measured figure is beside it) and is listed in the README's Limits table; a pack past one is
 * refused with a problem coded {@code limit/...} naming the file, the line where known, and the
 * limit, and {@code validate} exits 2.
 */
public final class Limits {

    /** Bytes per pack file (and per fixture file), checked before the file is read. Largest real file: 127,185 bytes. */
    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    /** Characters in one YAML or JSON string (scalar). Longest real scalar: 6,414 characters. */
    public static final int MAX_YAML_STRING = 64 * 1024;

    /** Code points in one YAML document: the parser's own guard, matching the byte limit. */
    public static final int MAX_YAML_CODE_POINTS = MAX_FILE_BYTES;

    /** Nesting of YAML collections (mappings and sequences). Deepest real file: 6 levels. */
    public static final int MAX_YAML_DEPTH = 32;

    /**
     * YAML aliases ({@code *name}) to collections per document, SnakeYAML's "billion laughs" guard,
     * set for any reader that composes YAML. Jackson's reader never expands an alias (it reads it as
     * its anchor's name), so there the document stays its own size. The real pack uses none.
     */
    public static final int MAX_YAML_ALIASES = 20;

    /** Nested parentheses in one requirement ({@code @met}, {@code @partial}, {@code @not_applicable_if}). Real pack: 1. */
    public static final int MAX_REQUIREMENT_DEPTH = 16;

    /** Comparisons in one requirement. Real pack: at most 5. */
    public static final int MAX_REQUIREMENT_TERMS = 200;

    /** Nested (), [] and {} in a DRL file outside strings and comments. Real pack: 2. */
    public static final int MAX_DRL_DEPTH = 32;

    /**
     * Nested [] alone: Drools' DRL6 parser backtracks exponentially on nested inline lists (8 deep
     * costs 10 ms a place, 20 deep two seconds, 80 deep hours), and one call of it cannot be
     * interrupted. At 3 deep a file of {@link #MAX_DRL_CHARS} parses in under two seconds. Real pack: 0.
     */
    public static final int MAX_DRL_LIST_DEPTH = 3;

    /** Characters in one DRL file, which Drools parses in one uninterruptible call. Real pack: 84,626 (chapter 5). */
    public static final int MAX_DRL_CHARS = 256 * 1024;

    /** Wall-clock time of one {@code validate} run, unless the caller sets another (CLI {@code --time-limit}). */
    public static final Duration VALIDATION_TIME = Duration.ofSeconds(300);

    private Limits() {
    }
}
