package org.gapcheck.cli;

import io.micronaut.context.ApplicationContext;
import java.util.concurrent.Callable;
import org.gapcheck.access.AccountException;
import org.gapcheck.access.Identities;
import org.gapcheck.text.Printable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gapcheck admin link-identity}: which identity of the OpenID Connect provider logs in as an
 * existing account; the provider never makes one.
 */
@Command(name = "link-identity", mixinStandardHelpOptions = true,
        description = "Link an identity of the OpenID Connect provider (the ID token's iss and sub) to an existing account, so that"
                + " it logs in as that account (or remove the link with --unlink). In the database serve uses (the embedded one"
                + " under --data, or PostgreSQL by GAPCHECK_DB_URL).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:linked or unlinked", "2:bad usage, a field refused (its name and why are printed), or nothing to unlink"})
final class LinkIdentityCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(index = "0", paramLabel = "LOGIN", description = "The account's login.", arity = "0..1")
    String login;

    @Option(names = "--issuer", required = true, paramLabel = "URL",
            description = "The provider's issuer, exactly as its ID tokens' iss claim says it (e.g. https://login.example.org/realms/un).")
    String issuer;

    @Option(names = "--subject", required = true, paramLabel = "SUB",
            description = "The person's subject at that provider (the ID token's sub claim: a stable id, not an e-mail).")
    String subject;

    @Option(names = "--unlink", description = "Remove the link of this identity instead (LOGIN is not needed).")
    boolean unlink;

    @Override
    public Integer call() {
        if (!unlink && login == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give the LOGIN of the account to link the identity to");
        }
        try (ApplicationContext context = ApplicationContext.run(data.storage(spec))) {
            Identities identities = context.getBean(Identities.class);
            if (unlink) {
                if (!identities.unlink(issuer, subject, null)) {
                    spec.commandLine().getErr().println("gapcheck admin link-identity: --subject: no account is linked to this identity");
                    return ExitCode.BAD_INPUT;
                }
                spec.commandLine().getOut().println("Unlinked " + Printable.of(subject) + " at " + Printable.of(issuer));
                return ExitCode.OK;
            }
            identities.link(login, issuer, subject, null);
            spec.commandLine().getOut().println("Linked " + Printable.of(subject) + " at " + Printable.of(issuer) + " to '"
                    + Printable.of(login.trim().toLowerCase(java.util.Locale.ROOT)) + "' in " + data.describe());
            return ExitCode.OK;
        } catch (AccountException e) {
            spec.commandLine().getErr().println("gapcheck admin link-identity: " + (e.field().equals("login") ? "LOGIN" : "--" + e.field())
                    + ": " + Printable.of(e.getMessage()));
            return ExitCode.BAD_INPUT;
        }
    }
}
