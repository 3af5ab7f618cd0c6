package org.gapcheck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A writable copy of the project's rule pack, for tests that break it on purpose. */
public final class PackCopy {

    public static final Path PROJECT_PACK = Path.of("rules");

    private final Path root;

    private PackCopy(Path root) {
        this.root = root;
    }

    public static PackCopy into(Path directory) {
        Trees.copy(PROJECT_PACK, directory);
        return new PackCopy(directory);
    }

    public Path root() {
        return root;
    }

    /** Replaces the first occurrence of {@code from} in a pack file; fails if it is not there. */
    public PackCopy replace(String file, String from, String to) {
        Path path = root.resolve(file);
        try {
            String text = Files.readString(path);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain: " + from);
            }
            Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The 1-based line of the first line containing {@code text} in a pack file. */
    public int lineOf(String file, String text) {
        try {
            var lines = Files.readAllLines(root.resolve(file));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException(file + " does not contain: " + text);
    }

    public PackCopy delete(String file) {
        try {
            Files.delete(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
