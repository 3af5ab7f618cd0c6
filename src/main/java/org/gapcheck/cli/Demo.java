package org.gapcheck.cli;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.gapcheck.access.Accounts;
import org.gapcheck.storage.StorageConfig;
import picocli.CommandLine;

/**
 * {@code serve --demo}: the web application to try on this machine, on a database of its own that
 * lives as long as the process, with a coordinator and a contributor of a sample country (a
 * user-assigned code, never a real country). It never touches real data: it refuses another
 * address than this machine's, a data directory and a PostgreSQL URL.
 */
final class Demo {

    static final String COUNTRY = "XAZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyz23456789";

    private Demo() {
    }

    /** A new temporary directory for the demonstration's database, after refusing what would expose it or mix it with real data. */
    static Path directory(CommandLine.Model.CommandSpec spec, String host) throws IOException {
        if (!Ports.loopback(host)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--demo listens on this machine only (--host 127.0.0.1):"
                    + " its accounts' passwords are printed");
        }
        if (spec.commandLine().getParseResult().hasMatchedOption("--data")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--demo keeps its data in a temporary directory of its own;"
                    + " leave out --data");
        }
        String url = System.getenv(StorageConfig.URL);
        if (url != null && !url.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--demo keeps its data in an embedded database of its own;"
                    + " unset " + StorageConfig.URL);
        }
        return Files.createTempDirectory("gapcheck-demo-");
    }

    /** Creates the demonstration's accounts; the lines that say how to sign in. */
    static List<String> accounts(ApplicationContext context, String appUrl) {
        Accounts accounts = context.getBean(Accounts.class);
        String coordinator = password();
        String contributor = password();
        accounts.create(new Accounts.Request("demo-coordinator", "coordinator", COUNTRY, "NV/demo", coordinator), null);
        accounts.create(new Accounts.Request("demo-contributor", "contributor", COUNTRY, null, contributor), null);
        return List.of("Demonstration: sign in at " + appUrl + " as demo-coordinator, password " + coordinator + " (the coordinator of "
                + COUNTRY + ", a sample country), or as demo-contributor, password " + contributor + " (its contributor, once"
                + " assigned a section)");
    }

    private static String password() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            out.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
            if (i % 4 == 3 && i < 15) {
                out.append('-');
            }
        }
        return out.toString();
    }

    /**
     * Deletes the demonstration's data once the context has closed its database, on any way out
     * (Ctrl-C, SIGTERM, the end of {@code serve}): a JVM shutdown hook, since Micronaut's own hook
     * closes the context and the JVM halts when the hooks are done.
     */
    static void deleteAfter(ApplicationContext context, Path directory) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (context.isRunning() && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            delete(directory);
        }, "gapcheck-demo-cleanup"));
    }

    private static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the demonstration's data in " + directory + " could not be deleted", e);
        }
    }
}
