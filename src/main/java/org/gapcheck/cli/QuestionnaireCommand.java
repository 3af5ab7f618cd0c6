package org.gapcheck.cli;

import org.gapcheck.core.RulePack;
import org.gapcheck.questionnaire.Questionnaire;
import org.gapcheck.questionnaire.QuestionnaireMarkdown;
import picocli.CommandLine.Command;

@Command(name = "questionnaire", mixinStandardHelpOptions = true,
        description = "Print the questionnaire a State answers: items by section (code, question, type, range or choices,"
                + " the recommendations each informs), the country profile and the situation indicators.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "2:bad usage, or the rule pack is broken (each problem is listed)"})
final class QuestionnaireCommand extends DocumentCommand<Questionnaire> {

    QuestionnaireCommand() {
        super(RulePack::questionnaire, QuestionnaireMarkdown::render);
    }
}
