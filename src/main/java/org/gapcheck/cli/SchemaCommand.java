package org.gapcheck.cli;

import org.gapcheck.core.RulePack;
import org.gapcheck.json.Json;
import org.gapcheck.submission.SubmissionSchema;
import org.gapcheck.report.ReportSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema of a national submission to the rule pack (generated from its questionnaire)."
                + " The shipped copy is rules/submission.schema.json; refresh it with: schema -o rules/submission.schema.json",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "2:bad usage, or the rule pack is broken (each problem is listed)"})
final class SchemaCommand extends PrintCommand {

    @Option(names = "--report", description = "Print the JSON Schema of the gap report (evaluate's JSON) instead.")
    boolean report;

    @Override
    String render(RulePack loaded) {
        return report ? ReportSchema.text() : Json.write(SubmissionSchema.generate(loaded.manifest(), loaded.questionnaire()));
    }

    @Override
    String formatName() {
        return "JSON Schema";
    }
}
