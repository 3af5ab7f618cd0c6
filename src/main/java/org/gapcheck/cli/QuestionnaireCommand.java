package org.gapcheck.cli;

import java.util.concurrent.Callable;
import org.gapcheck.json.Json;
import org.gapcheck.questionnaire.Questionnaire;
import org.gapcheck.questionnaire.QuestionnaireMarkdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "questionnaire", mixinStandardHelpOptions = true,
        description = "Print the questionnaire a State answers: items by section (code, question, type, range or choices,"
                + " the recommendations each informs), the country profile and the situation indicators.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "2:bad usage, or the rule pack is broken (each problem is listed)"})
final class QuestionnaireCommand implements Callable<Integer> {

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
        Questionnaire questionnaire = pack.load().questionnaire();
        output.write(format == Format.json ? Json.write(questionnaire) : QuestionnaireMarkdown.render(questionnaire),
                spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
