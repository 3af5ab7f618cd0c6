package org.gapcheck.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.security.authentication.Authentication;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gapcheck.access.Caller;
import org.gapcheck.app.Messages;
import org.gapcheck.app.WorkbookWords;
import org.gapcheck.core.RulePack;
import org.gapcheck.http.Refusal;
import org.gapcheck.storage.AccountRepository;
import org.gapcheck.text.Printable;
import org.gapcheck.workbook.WorkbookReader;
import org.gapcheck.workbook.WorkbookRefused;
import org.gapcheck.workflow.Workbooks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gapcheck workbook export|import}: the Excel round trip of the pages from a terminal, acting
 * as a delegation's account (whoever runs it with the database's credentials may; the save log and
 * the audit log name that account).
 */
@Command(name = "workbook", mixinStandardHelpOptions = true,
        description = "Download a country's questionnaire as an .xlsx workbook with its draft's answers, or save a filled-in"
                + " workbook into the draft, as the delegation's pages do.",
        subcommands = {WorkbookCommand.Export.class, WorkbookCommand.Import.class})
final class WorkbookCommand {

    /** The options both take: the database and the account acted as. */
    static final class Account {

        @Mixin
        DataOption data;

        @Mixin
        PackOption pack;

        @Option(names = "--login", required = true, paramLabel = "LOGIN",
                description = "The coordinator or contributor to act as; a contributor changes only its sections' answers.")
        String login;

        Map<String, Object> properties(CommandLine.Model.CommandSpec spec) {
            data.requireExisting(spec);
            Map<String, Object> properties = new HashMap<>(data.storage(spec));
            if (pack.rules != null) {
                properties.put("gapcheck.rules", pack.rules.toString());
            }
            return properties;
        }

        Authentication as(ApplicationContext context, CommandLine.Model.CommandSpec spec) {
            return context.getBean(AccountRepository.class).findByLogin(login).filter(org.gapcheck.storage.Account::active)
                    .map(Caller::onCommandLine).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                            "--login: no active account '" + Printable.of(login) + "'"));
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the questionnaire of --country for --year as an .xlsx workbook, with the draft's answers.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:written", "2:bad usage, no such account or report, or a file that cannot be written", "3:internal error"})
    static final class Export implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        Account account;

        @Option(names = "--country", required = true, paramLabel = "ISO3", description = "The country, e.g. XAF.")
        String country;

        @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The reporting year.")
        int year;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The .xlsx file to write (whole or not at all).")
        Path output;

        @Override
        public Integer call() throws IOException {
            try (ApplicationContext context = ApplicationContext.run(account.properties(spec))) {
                RulePack pack = context.getBean(RulePack.class);
                Messages m = Messages.of("en");
                byte[] xlsx = context.getBean(Workbooks.class).export(account.as(context, spec), country, year, m.language(),
                        WorkbookWords.of(m, pack.regions().nameOf(country), year, pack.manifest().version()));
                OutputOption.writeFile(output, xlsx, "xlsx", spec.commandLine().getErr());
                return ExitCode.OK;
            } catch (Refusal refused) {
                spec.commandLine().getErr().println("gapcheck workbook export: " + refused.getMessage());
                return ExitCode.BAD_INPUT;
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Save the answers a filled-in workbook changes into its country's draft for its year, as the upload page"
                    + " does: a file with any cell that cannot be saved saves nothing and lists each as sheet!cell: reason.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:saved (a contributor's changes outside its sections are listed, not saved)",
                "2:bad usage, no such account, a refused file or cells in error (nothing saved)", "3:internal error"})
    static final class Import implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        Account account;

        @Parameters(index = "0", paramLabel = "FILE", description = "The .xlsx workbook to read.")
        Path file;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString(), null, "cannot read " + file + ": no such file");
            }
            if (Files.size(file) > WorkbookReader.MAX_BYTES) {
                return refused("the file is " + Files.size(file) + " bytes; the limit is " + WorkbookReader.MAX_BYTES + " (5 MiB)");
            }
            PrintWriter out = spec.commandLine().getOut();
            try (ApplicationContext context = ApplicationContext.run(account.properties(spec))) {
                Workbooks.Imported done = context.getBean(Workbooks.class).upload(account.as(context, spec), null, null,
                        Files.readAllBytes(file), WorkbookWords.forReading());
                out.println("Saved " + done.saved().size() + (done.saved().size() == 1 ? " answer" : " answers") + " of " + done.country()
                        + " " + done.year() + " from " + file + " (draft version " + done.draftVersion() + ")");
                done.saved().forEach(c -> out.println("  " + c.cell() + " " + c.pointer()));
                done.refused().forEach(r -> spec.commandLine().getErr().println(Printable.of("not saved: " + r.cell() + ": " + r.reason())));
                return ExitCode.OK;
            } catch (WorkbookRefused e) {
                return refused(e.getMessage());
            } catch (Workbooks.CellErrors e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("gapcheck workbook import: " + file + ": " + e.getMessage() + ":");
                e.errors().forEach(x -> err.println(Printable.of(x.toString())));
                return ExitCode.BAD_INPUT;
            } catch (Refusal refused) {
                return refused(refused.getMessage());
            }
        }

        private int refused(String reason) {
            spec.commandLine().getErr().println(Printable.of("gapcheck workbook import: " + file + ": " + reason));
            return ExitCode.BAD_INPUT;
        }
    }
}
