package org.gapcheck.storage;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;

/**
 * The repositories' implementations, one set per database: Micronaut Data writes each query at
 * compile time in the dialect named here, and {@code datasources.default.dialect}
 * ({@link StorageConfig}) chooses the set at run time. Callers inject the interfaces.
 */
final class Repositories {

    private Repositories() {
    }

    private static final String DIALECT = "datasources.default.dialect";

    /** The embedded default. */
    interface H2 {
        @JdbcRepository(dialect = Dialect.H2) @Requires(property = DIALECT, value = "H2")
        interface Accounts extends AccountRepository { }

        @JdbcRepository(dialect = Dialect.H2) @Requires(property = DIALECT, value = "H2")
        interface Submissions extends SubmissionRepository { }

        @JdbcRepository(dialect = Dialect.H2) @Requires(property = DIALECT, value = "H2")
        interface Changes extends AnswerChangeRepository { }

        @JdbcRepository(dialect = Dialect.H2) @Requires(property = DIALECT, value = "H2")
        interface Versions extends VersionRepository { }

        @JdbcRepository(dialect = Dialect.H2) @Requires(property = DIALECT, value = "H2")
        interface Assignments extends AssignmentRepository { }

        @JdbcRepository(dialect = Dialect.H2) @Requires(property = DIALECT, value = "H2")
        interface Audit extends AuditRepository { }

        @JdbcRepository(dialect = Dialect.H2) @Requires(property = DIALECT, value = "H2")
        interface AuditLock extends AuditChainLockRepository { }

        @JdbcRepository(dialect = Dialect.H2) @Requires(property = DIALECT, value = "H2")
        interface Sessions extends LoginSessionRepository { }

        @JdbcRepository(dialect = Dialect.H2) @Requires(property = DIALECT, value = "H2")
        interface Tokens extends ApiTokenRepository { }

        @JdbcRepository(dialect = Dialect.H2) @Requires(property = DIALECT, value = "H2")
        interface RateEvents extends RateEventRepository { }

        @JdbcRepository(dialect = Dialect.H2) @Requires(property = DIALECT, value = "H2")
        interface Links extends OneTimeLinkRepository { }

        @JdbcRepository(dialect = Dialect.H2) @Requires(property = DIALECT, value = "H2")
        interface Identities extends AccountIdentityRepository { }

        @JdbcRepository(dialect = Dialect.H2) @Requires(property = DIALECT, value = "H2")
        interface PendingLogins extends PendingLoginRepository { }

        @JdbcRepository(dialect = Dialect.H2) @Requires(property = DIALECT, value = "H2")
        interface CarryOvers extends CarryOverRepository { }
    }

    /** Production. */
    interface Postgres {
        @JdbcRepository(dialect = Dialect.POSTGRES) @Requires(property = DIALECT, value = "POSTGRES")
        interface Accounts extends AccountRepository { }

        @JdbcRepository(dialect = Dialect.POSTGRES) @Requires(property = DIALECT, value = "POSTGRES")
        interface Submissions extends SubmissionRepository { }

        @JdbcRepository(dialect = Dialect.POSTGRES) @Requires(property = DIALECT, value = "POSTGRES")
        interface Changes extends AnswerChangeRepository { }

        @JdbcRepository(dialect = Dialect.POSTGRES) @Requires(property = DIALECT, value = "POSTGRES")
        interface Versions extends VersionRepository { }

        @JdbcRepository(dialect = Dialect.POSTGRES) @Requires(property = DIALECT, value = "POSTGRES")
        interface Assignments extends AssignmentRepository { }

        @JdbcRepository(dialect = Dialect.POSTGRES) @Requires(property = DIALECT, value = "POSTGRES")
        interface Audit extends AuditRepository { }

        @JdbcRepository(dialect = Dialect.POSTGRES) @Requires(property = DIALECT, value = "POSTGRES")
        interface AuditLock extends AuditChainLockRepository { }

        @JdbcRepository(dialect = Dialect.POSTGRES) @Requires(property = DIALECT, value = "POSTGRES")
        interface Sessions extends LoginSessionRepository { }

        @JdbcRepository(dialect = Dialect.POSTGRES) @Requires(property = DIALECT, value = "POSTGRES")
        interface Tokens extends ApiTokenRepository { }

        @JdbcRepository(dialect = Dialect.POSTGRES) @Requires(property = DIALECT, value = "POSTGRES")
        interface RateEvents extends RateEventRepository { }

        @JdbcRepository(dialect = Dialect.POSTGRES) @Requires(property = DIALECT, value = "POSTGRES")
        interface Links extends OneTimeLinkRepository { }

        @JdbcRepository(dialect = Dialect.POSTGRES) @Requires(property = DIALECT, value = "POSTGRES")
        interface Identities extends AccountIdentityRepository { }

        @JdbcRepository(dialect = Dialect.POSTGRES) @Requires(property = DIALECT, value = "POSTGRES")
        interface PendingLogins extends PendingLoginRepository { }

        @JdbcRepository(dialect = Dialect.POSTGRES) @Requires(property = DIALECT, value = "POSTGRES")
        interface CarryOvers extends CarryOverRepository { }
    }
}
