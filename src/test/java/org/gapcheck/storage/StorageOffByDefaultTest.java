package org.gapcheck.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A context without StorageConfig's properties (the CLI, serve, the HTTP tests) opens no database. */
class StorageOffByDefaultTest {

    @Test
    void aContextWithoutStorageSettingsHasNoDatasourceNorRepository() {
        try (ApplicationContext plain = ApplicationContext.run()) {
            assertFalse(plain.containsBean(DataSource.class));
            assertFalse(plain.containsBean(SubmissionRepository.class));
        }
    }

    @Test
    void theEnvironmentChoosesPostgresqlElseTheEmbeddedFile() {
        Map<String, Object> embedded = StorageConfig.of(Map.of(), Path.of("/srv/gapcheck"));
        assertTrue(((String) embedded.get("datasources.default.url")).startsWith("jdbc:h2:file:/srv/gapcheck/gapcheck;WRITE_DELAY=0"));
        Map<String, Object> production = StorageConfig.of(Map.of(StorageConfig.URL, "jdbc:postgresql://db:5432/gapcheck",
                StorageConfig.USER, "gapcheck", StorageConfig.PASSWORD, "secret"), Path.of("/unused"));
        assertTrue(production.get("datasources.default.url").equals("jdbc:postgresql://db:5432/gapcheck")
                && production.get("datasources.default.dialect").equals("POSTGRES")
                && production.get("datasources.default.password").equals("secret"));
        assertThrows(IllegalArgumentException.class,
                () -> StorageConfig.of(Map.of(StorageConfig.URL, "jdbc:mysql://db/gapcheck"), Path.of("/unused")));
    }
}
