package org.gapcheck.storage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The repositories on the embedded database, in a file under a fresh directory, as in production. */
class H2StorageTest extends StorageContract {

    private Path data;

    @Override
    Map<String, Object> database() throws IOException {
        data = Files.createTempDirectory("gapcheck-h2-");
        return StorageConfig.h2(data.resolve("data"));
    }

    @Override
    void require() {
        // H2 is in the jar: nothing to require.
    }

    @Override
    void cleanUp() throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void theDatabaseIsAFileCreatedWithItsDirectory() {
        assertTrue(Files.isRegularFile(data.resolve("data/gapcheck.mv.db")), "created at " + data.resolve("data/gapcheck.mv.db"));
    }
}
