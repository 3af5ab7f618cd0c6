package org.gapcheck.cli;

import java.util.concurrent.Callable;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.CatalogueMarkdown;
import org.gapcheck.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "catalogue", mixinStandardHelpOptions = true,
        description = "Print the commitments catalogue of the rule pack: the 2016 recommendations, the 2019 challenges,"
                + " the 2017 regional recommendations and the 2009/2014 references.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "2:bad usage, or the rule pack is broken (each problem is listed)"})
final class CatalogueCommand implements Callable<Integer> {

    enum Format { json, markdown }

    @Spec
    CommandSpec spec;

    @Mixin
    PackOption pack;

    @Mixin
    OutputOption output;

    @Option(names = {"-f", "--format"}, defaultValue = "json", paramLabel = "FORMAT",
            description = "json or markdown (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        Catalogue catalogue = pack.load().catalogue();
        String text = format == Format.json ? Json.write(catalogue) : CatalogueMarkdown.render(catalogue);
        output.write(text, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
