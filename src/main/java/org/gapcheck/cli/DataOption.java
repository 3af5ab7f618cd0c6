package org.gapcheck.cli;

import java.nio.file.Path;
import java.util.Map;
import org.gapcheck.storage.StorageConfig;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --data DIR}: where the embedded database is kept, unless GAPCHECK_DB_URL names a PostgreSQL
 * database, which then keeps everything.
 */
final class DataOption {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "gapcheck-data",
            description = "Directory of the embedded database, created on first start (default: ${DEFAULT-VALUE}, under the"
                    + " working directory). Unused when GAPCHECK_DB_URL names a PostgreSQL database"
                    + " (with GAPCHECK_DB_USER and GAPCHECK_DB_PASSWORD).")
    Path dir;

    /** The storage settings, or a usage error naming the variable at fault. */
    Map<String, Object> storage(CommandLine.Model.CommandSpec spec) {
        try {
            return StorageConfig.of(System.getenv(), dir);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * A usage error unless there is a database to read: PostgreSQL by GAPCHECK_DB_URL, or an embedded
     * database under --data (which a reading command should not create empty).
     */
    void requireExisting(CommandLine.Model.CommandSpec spec) {
        String url = System.getenv(StorageConfig.URL);
        if ((url == null || url.isBlank()) && !java.nio.file.Files.isRegularFile(dir.resolve("gapcheck.mv.db"))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--data: no Gapcheck database under "
                    + dir.toAbsolutePath().normalize() + " (and GAPCHECK_DB_URL is not set)");
        }
    }

    /** Where the data is, for the log: the database URL, never its password. */
    String describe() {
        String url = System.getenv(StorageConfig.URL);
        return url == null || url.isBlank() ? "the embedded database under " + dir.toAbsolutePath().normalize()
                : "PostgreSQL at " + url;
    }
}
