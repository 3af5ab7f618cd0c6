package org.gapcheck.cli;

import io.micronaut.context.ApplicationContext;
import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.gapcheck.access.AccountException;
import org.gapcheck.access.Accounts;
import org.gapcheck.storage.Account;
import org.gapcheck.text.Printable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code gapcheck admin create-user}: the first administrator (and any account) straight into the
 * database, which is created and migrated if it is new.
 */
@Command(name = "create-user", mixinStandardHelpOptions = true,
        description = "Create an account in the database that serve uses (the embedded one under --data, or PostgreSQL by"
                + " GAPCHECK_DB_URL). The password is asked twice on the terminal, or read from --password-file.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:created", "2:bad usage, a field refused (its name and why are printed), or the login exists"})
final class CreateUserCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--login", required = true, paramLabel = "LOGIN", description = "The login: 3 to 100 characters, a-z 0-9 . _ @ -.")
    String login;

    @Option(names = "--role", required = true, paramLabel = "ROLE",
            description = "administrator, secretariat, coordinator or contributor.")
    String role;

    @Option(names = "--country", paramLabel = "ISO3", description = "The country a coordinator or contributor speaks for (ISO 3166 alpha-3).")
    String country;

    @Option(names = "--nomination", paramLabel = "REFERENCE",
            description = "For a coordinator: the reference of the nomination that makes it speak for its State (e.g. the note verbale).")
    String nomination;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the password from the first line of FILE ('-' for standard input) instead of asking for it.")
    String passwordFile;

    @Override
    public Integer call() throws IOException {
        String password = password();
        try (ApplicationContext context = ApplicationContext.run(data.storage(spec))) {
            Account account = context.getBean(Accounts.class)
                    .create(new Accounts.Request(login, role, country, nomination, password), null);
            spec.commandLine().getOut().println("Created " + account.role().name().toLowerCase(java.util.Locale.ROOT) + " '"
                    + account.login() + "'" + (account.country() == null ? "" : " for " + account.country())
                    + " (account " + account.id() + ") in " + data.describe());
            return ExitCode.OK;
        } catch (AccountException e) {
            spec.commandLine().getErr().println("gapcheck admin create-user: --" + option(e.field()) + ": " + Printable.of(e.getMessage()));
            return ExitCode.BAD_INPUT;
        }
    }

    private static String option(String field) {
        return switch (field) {
            case "nomination_reference" -> "nomination";
            case "password" -> "password-file";
            default -> field;
        };
    }

    private String password() throws IOException {
        if (passwordFile != null) {
            byte[] bytes; // a password is short: no more than 4 kB is read, whatever the file holds
            try (java.io.InputStream in = passwordFile.equals("-") ? System.in : Files.newInputStream(Path.of(passwordFile))) {
                bytes = in.readNBytes(4096);
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            return (end < 0 ? text : text.substring(0, end)).replace("\r", "");
        }
        Console console = System.console();
        if (console == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no terminal to ask the password on: give --password-file FILE (or - for standard input)");
        }
        char[] first = console.readPassword("Password for %s: ", login);
        char[] second = console.readPassword("Same password again: ");
        if (first == null || second == null || !Arrays.equals(first, second)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the two passwords differ");
        }
        return new String(first);
    }
}
