package org.gapcheck.storage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gapcheck.testing.Database;
import org.junit.jupiter.api.Test;

/** The repositories on the embedded database, in a file under a fresh directory, as in production. */
class H2StorageTest extends StorageContract {

    @Override
    Database database() throws IOException {
        return Database.h2();
    }

    @Test
    void theDatabaseIsAFileCreatedWithItsDirectory() {
        Path file = Path.of(database.toString()).resolve("gapcheck.mv.db");
        assertTrue(Files.isRegularFile(file), "created at " + file);
    }
}
