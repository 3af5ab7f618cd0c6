package org.gapcheck.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.gapcheck.access.Accounts;
import org.gapcheck.access.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;

/**
 * A {@code @MicronautTest} class whose server keeps its data in a database of its own, removed
 * afterwards, as {@code serve} always does, and can issue itself API tokens: for routes that need a
 * caller. The database is the embedded one, or PostgreSQL where the system property
 * {@value #KIND} says {@code postgres}: Maven's test phase runs these classes (tag {@value #TAG})
 * once on each. The subclass is {@code @MicronautTest(transactional = false)}: the server's
 * threads must see what a test writes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag(WithDatabase.TAG)
public abstract class WithDatabase implements TestPropertyProvider {

    /** The system property naming the database of this run: h2 (the default) or postgres. */
    public static final String KIND = "gapcheck.test.database";
    public static final String TAG = "http-on-each-database";

    private static final AtomicInteger NEXT = new AtomicInteger();
    private final Database database;

    @Inject
    protected ApplicationContext context;

    protected WithDatabase() {
        try {
            database = "postgres".equals(System.getProperty(KIND)) ? Database.postgres() : Database.h2();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, Object> properties = database.properties();
        if (properties == null) { // PostgreSQL is missing: each case is skipped, or fails in CI, by requireDatabase
            return Map.of();
        }
        return properties.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
    }

    /** A token with {@code scopes}, issued by an administrator made for it. */
    protected String token(String... scopes) {
        String login = "admin-" + getClass().getSimpleName().toLowerCase() + "-" + NEXT.incrementAndGet();
        long admin = context.getBean(Accounts.class)
                .create(new Accounts.Request(login, "administrator", null, null, "a long enough password"), null).id();
        return context.getBean(Tokens.class).create("tests of " + getClass().getSimpleName(), List.of(scopes), 1, admin).secret();
    }

    /** The cookie of a browser session of a new account of {@code role} (of {@code country}, or none), as the pages send it. */
    protected String sessionCookie(String role, String country) {
        String login = role + "-" + getClass().getSimpleName().toLowerCase() + "-" + NEXT.incrementAndGet();
        context.getBean(Accounts.class).create(new Accounts.Request(login, role, country, "coordinator".equals(role) ? "NV/1" : null,
                "a long enough password"), null);
        return org.gapcheck.access.Sessions.COOKIE + "=" + context.getBean(org.gapcheck.access.Sessions.class)
                .login(login, "a long enough password", null, "127.0.0.1").secret();
    }

    @BeforeEach
    void requireDatabase() {
        database.require();
    }

    @AfterAll
    void dropDatabase() throws Exception {
        context.close();
        database.close();
    }
}
