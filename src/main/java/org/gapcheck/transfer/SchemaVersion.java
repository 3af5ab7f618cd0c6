package org.gapcheck.transfer;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.flyway.FlywayConfigurationProperties;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/** The database's schema version, as Flyway recorded its last migration ("5" for V5__append_only.sql). */
@Singleton
@Requires(beans = DataSource.class)
final class SchemaVersion {

    private final FlywayConfigurationProperties flyway;
    private final DataSource dataSource;

    SchemaVersion(@Named("default") FlywayConfigurationProperties flyway, DataSource dataSource,
                  @Nullable DataSourceResolver resolver) {
        this.flyway = flyway;
        // The injected DataSource hands out the current transaction's connection only; Flyway needs the pool.
        this.dataSource = (resolver == null ? DataSourceResolver.DEFAULT : resolver).resolve(dataSource);
    }

    /** Flyway takes a connection of its own: called before a transaction starts. */
    String current() {
        MigrationInfo current = Flyway.configure().configuration(flyway.getFluentConfiguration()).dataSource(dataSource).load()
                .info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }
}
