package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gapcheck.access.Identities;
import org.gapcheck.storage.AuditEntry;
import org.gapcheck.storage.AuditRepository;
import org.gapcheck.testing.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gapcheck admin link-identity}: an identity of the provider linked to an existing account, and unlinked. */
class LinkIdentityCommandTest {

    private static final String ISSUER = "https://login.example.org/realms/un";

    @TempDir
    Path dir;

    @Test
    void anIdentityIsLinkedToAnExistingAccountOnceAndUnlinked() throws Exception {
        try (Database database = Database.h2()) {
            Path password = dir.resolve("password");
            Files.writeString(password, "a long enough password\n");
            assertEquals(ExitCode.OK, CliRun.of("admin", "create-user", "--login", "clerk", "--role", "secretariat",
                    "--password-file", password.toString(), "--data", database.toString()).exitCode());

            CliRun linked = CliRun.of("admin", "link-identity", "Clerk", "--issuer", ISSUER, "--subject", "f3a9-77", "--data", database.toString());
            assertEquals(ExitCode.OK, linked.exitCode(), linked.err());
            assertTrue(linked.out().startsWith("Linked f3a9-77 at " + ISSUER + " to 'clerk' in "), linked.out());
            try (ApplicationContext context = ApplicationContext.run(database.properties())) {
                assertEquals("clerk", context.getBean(Identities.class).account(ISSUER, "f3a9-77").orElseThrow().login());
                AuditEntry last = context.getBean(AuditRepository.class).findFirstOrderByIdDesc().orElseThrow();
                assertEquals("identity.linked", last.action());
            }

            CliRun twice = CliRun.of("admin", "link-identity", "clerk", "--issuer", ISSUER, "--subject", "f3a9-77", "--data", database.toString());
            assertEquals(ExitCode.BAD_INPUT, twice.exitCode());
            assertTrue(twice.err().startsWith("gapcheck admin link-identity: --subject: this identity is linked to an account already"),
                    twice.err());
            CliRun nobody = CliRun.of("admin", "link-identity", "nobody", "--issuer", ISSUER, "--subject", "x", "--data", database.toString());
            assertEquals("gapcheck admin link-identity: LOGIN: there is no account 'nobody'\n", nobody.err());
            CliRun notUrl = CliRun.of("admin", "link-identity", "clerk", "--issuer", "login.example.org", "--subject", "x",
                    "--data", database.toString());
            assertTrue(notUrl.err().contains("--issuer: an issuer is the provider's URL"), notUrl.err());

            CliRun unlinked = CliRun.of("admin", "link-identity", "--unlink", "--issuer", ISSUER, "--subject", "f3a9-77",
                    "--data", database.toString());
            assertEquals(ExitCode.OK, unlinked.exitCode(), unlinked.err());
            try (ApplicationContext context = ApplicationContext.run(database.properties())) {
                assertTrue(context.getBean(Identities.class).account(ISSUER, "f3a9-77").isEmpty());
            }
            assertEquals(ExitCode.BAD_INPUT, CliRun.of("admin", "link-identity", "--unlink", "--issuer", ISSUER, "--subject", "f3a9-77",
                    "--data", database.toString()).exitCode(), "nothing left to unlink");
        }
    }
}
