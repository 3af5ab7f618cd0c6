package org.gapcheck.cli;

import org.gapcheck.core.RulePack;
import org.gapcheck.json.Json;
import org.gapcheck.questionnaire.Questionnaire;
import org.gapcheck.questionnaire.QuestionnaireMarkdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "questionnaire", mixinStandardHelpOptions = true,
        description = "Print the questionnaire a State answers: items by section (code, question, type, range or choices,"
                + " the recommendations each informs), the country profile and the situation indicators.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "2:bad usage, or the rule pack is broken (each problem is listed)"})
final class QuestionnaireCommand extends PrintCommand {

    enum Format { json, markdown }

    @Option(names = {"-f", "--format"}, defaultValue = "json", paramLabel = "FORMAT",
            description = "json or markdown (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    String render(RulePack loaded) {
        Questionnaire questionnaire = loaded.questionnaire();
        return format == Format.json ? Json.write(questionnaire) : QuestionnaireMarkdown.render(questionnaire);
    }
}
