package org.gapcheck.cli;

import java.util.concurrent.Callable;
import org.gapcheck.core.RulePack;
import org.gapcheck.json.Json;
import org.gapcheck.submission.SubmissionSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema of a national submission to the rule pack (generated from its questionnaire)."
                + " The shipped copy is rules/submission.schema.json; refresh it with: schema -o rules/submission.schema.json",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "2:bad usage, or the rule pack is broken (each problem is listed)"})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PackOption pack;

    @Mixin
    OutputOption output;

    @Override
    public Integer call() throws Exception {
        RulePack loaded = pack.load();
        output.write(Json.write(SubmissionSchema.generate(loaded.manifest(), loaded.questionnaire())), spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
