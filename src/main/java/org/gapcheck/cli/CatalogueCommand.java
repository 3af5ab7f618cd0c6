package org.gapcheck.cli;

import org.gapcheck.core.RulePack;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.CatalogueMarkdown;
import org.gapcheck.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "catalogue", mixinStandardHelpOptions = true,
        description = "Print the commitments catalogue of the rule pack: the 2016 recommendations, the 2019 challenges,"
                + " the 2017 regional recommendations and the 2009/2014 references.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "2:bad usage, or the rule pack is broken (each problem is listed)"})
final class CatalogueCommand extends PrintCommand {

    enum Format { json, markdown }

    @Option(names = {"-f", "--format"}, defaultValue = "json", paramLabel = "FORMAT",
            description = "json or markdown (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    String render(RulePack loaded) {
        Catalogue catalogue = loaded.catalogue();
        return format == Format.json ? Json.write(catalogue) : CatalogueMarkdown.render(catalogue);
    }
}
