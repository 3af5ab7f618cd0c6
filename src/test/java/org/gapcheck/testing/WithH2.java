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
import org.junit.jupiter.api.TestInstance;

/**
 * A {@code @MicronautTest} class whose server keeps its data in an embedded database of its own,
 * removed afterwards, and can issue itself API tokens: for routes that need a caller. The subclass
 * is {@code @MicronautTest(transactional = false)}: the server's threads must see what a test writes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class WithH2 implements TestPropertyProvider {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private final Database database;

    @Inject
    protected ApplicationContext context;

    protected WithH2() {
        try {
            database = Database.h2();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getProperties() {
        return database.properties().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
    }

    /** A token with {@code scopes}, issued by an administrator made for it. */
    protected String token(String... scopes) {
        String login = "admin-" + getClass().getSimpleName().toLowerCase() + "-" + NEXT.incrementAndGet();
        long admin = context.getBean(Accounts.class)
                .create(new Accounts.Request(login, "administrator", null, null, "a long enough password"), null).id();
        return context.getBean(Tokens.class).create("tests of " + getClass().getSimpleName(), List.of(scopes), 1, admin).secret();
    }

    @AfterAll
    void dropDatabase() throws Exception {
        context.close();
        database.close();
    }
}
