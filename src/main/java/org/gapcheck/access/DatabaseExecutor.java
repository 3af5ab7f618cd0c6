package org.gapcheck.access;

/**
 * The executor of work that waits on the database (application.yml {@code micronaut.executors.database}),
 * as many threads as the pool has connections (StorageConfig), so a slow query holds a thread of its
 * own and never the event loop.
 */
public final class DatabaseExecutor {

    public static final String NAME = "database";

    private DatabaseExecutor() {
    }
}
