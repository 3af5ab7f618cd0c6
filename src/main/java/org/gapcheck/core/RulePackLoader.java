package org.gapcheck.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gapcheck.catalogue.CatalogueLoader;
import org.gapcheck.pack.PackLoadException;
import org.gapcheck.pack.PackProblem;
import org.gapcheck.pack.PackSource;

/** Loads the pack a user names, or the one embedded in the jar when they name none. */
public final class RulePackLoader {

    private RulePackLoader() {
    }

    /** @param directory the pack root, or {@code null} for the embedded pack */
    public static RulePack load(Path directory) {
        if (directory != null && !Files.isDirectory(directory)) {
            throw new PackLoadException(List.of(new PackProblem(directory.toString(), 0, 0, null,
                    "is not a directory; --rules must name a rule pack folder (the one holding pack.yaml)")));
        }
        PackSource source = directory == null ? PackSource.embedded() : PackSource.directory(directory);
        return new RulePack(CatalogueLoader.load(source), source.description());
    }
}
