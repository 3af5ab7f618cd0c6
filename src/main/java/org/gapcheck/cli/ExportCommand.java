package org.gapcheck.cli;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gapcheck.transfer.Exporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gapcheck export}: everything the database keeps that must survive a move, as JSON Lines. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the stored data (accounts with their password hashes and TOTP, API tokens, one-time links,"
                + " submissions with their save log, versions and carry-overs, section assignments, the audit log) as JSON Lines, for"
                + " 'gapcheck import' into an empty database of either kind. Sessions and rate-limit events are not carried.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:bad usage, no database, or a file that cannot be written", "3:internal error"})
final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (whole or not at all) instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        data.requireExisting(spec);
        try (ApplicationContext context = ApplicationContext.run(data.storage(spec))) {
            Exporter exporter = context.getBean(Exporter.class);
            if (output == null) {
                exporter.export(spec.commandLine().getOut());
                return ExitCode.OK;
            }
            OutputOption.writeFile(output, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                long rows = exporter.export(writer);
                writer.flush();
                return rows + (rows == 1 ? " row" : " rows");
            }, spec.commandLine().getErr());
            return ExitCode.OK;
        }
    }
}
