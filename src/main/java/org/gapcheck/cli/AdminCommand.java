package org.gapcheck.cli;

import picocli.CommandLine.Command;

/** {@code gapcheck admin ...}: work on the stored data that needs no running server. */
@Command(name = "admin", mixinStandardHelpOptions = true, subcommands = {CreateUserCommand.class, LinkIdentityCommand.class},
        description = "Administer the stored data (accounts) directly, without a running server.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:bad usage or a refused field (named with why)", "3:internal error"})
final class AdminCommand implements java.util.concurrent.Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.BAD_INPUT;
    }
}
