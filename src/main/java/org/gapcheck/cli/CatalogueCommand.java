package org.gapcheck.cli;

import org.gapcheck.core.RulePack;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.CatalogueMarkdown;
import picocli.CommandLine.Command;

@Command(name = "catalogue", mixinStandardHelpOptions = true,
        description = "Print the commitments catalogue of the rule pack: the 2016 recommendations, the 2019 challenges,"
                + " the 2017 regional recommendations and the 2009/2014 references.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "2:bad usage, or the rule pack is broken (each problem is listed)"})
final class CatalogueCommand extends DocumentCommand<Catalogue> {

    CatalogueCommand() {
        super(RulePack::catalogue, CatalogueMarkdown::render);
    }
}
