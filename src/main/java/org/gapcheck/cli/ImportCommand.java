package org.gapcheck.cli;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.gapcheck.text.Printable;
import org.gapcheck.transfer.ImportRefused;
import org.gapcheck.transfer.Importer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code gapcheck import FILE}: an export into an empty database, all of it or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Load a file written by 'gapcheck export' into an empty database (the embedded one under --data,"
                + " created if new, or PostgreSQL by GAPCHECK_DB_URL), in one transaction: ids are kept, every line is"
                + " checked, and the audit log's hash chain must hold; any problem stores nothing.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported", "2:bad usage, an unreadable or refused file (FILE:LINE: why), or a database not empty",
                "3:internal error"})
final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Parameters(index = "0", paramLabel = "FILE", description = "The export to load.")
    Path file;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) { // before any database is created for it
            throw new NoSuchFileException(file.toString(), null, "cannot read " + file + ": no such file");
        }
        try (ApplicationContext context = ApplicationContext.run(data.storage(spec))) {
            Map<String, Long> rows = context.getBean(Importer.class).load(file, file.toString());
            long total = rows.values().stream().mapToLong(Long::longValue).sum();
            spec.commandLine().getOut().println("Imported " + total + (total == 1 ? " row" : " rows") + " ("
                    + rows.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))
                    + ") from " + file + " into " + data.describe());
            return ExitCode.OK;
        } catch (ImportRefused e) {
            spec.commandLine().getErr().println(Printable.of("gapcheck import: " + e.getMessage()));
            return ExitCode.BAD_INPUT;
        }
    }
}
