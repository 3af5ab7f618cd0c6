package org.gapcheck.questionnaire;

import org.gapcheck.text.Numbers;
import java.util.stream.Collectors;

/** The questionnaire as a document a focal point can read through before answering. */
public final class QuestionnaireMarkdown {

    private QuestionnaireMarkdown() {
    }

    public static String render(Questionnaire q) {
        StringBuilder md = new StringBuilder("# ").append(q.title()).append("\n\n");
        md.append("Answer each item with its value, or `").append(q.notKnown())
                .append("` when the information is not available (that is not the same as \"no\"). An item left out is not reported.\n");
        md.append("\n## Country profile\n\n| field | question | answers |\n| --- | --- | --- |\n");
        q.profile().forEach(f -> md.append("| `").append(f.code()).append("` | ").append(cell(f.question())).append(" | ")
                .append(String.join(", ", f.allowedTokens())).append(" |\n"));
        for (Section section : q.sections()) {
            md.append("\n## ").append(section.id()).append(". ").append(section.title()).append("\n\n*")
                    .append(section.arq()).append("*\n");
            q.items().stream().filter(i -> i.section().equals(section.id())).forEach(item -> {
                md.append("\n### `").append(item.code()).append("` ").append(item.question()).append("\n\n");
                md.append("- Answer: ").append(answerForm(item)).append("\n");
                md.append("- Informs: ").append(String.join(", ", item.recommendations())).append(" (")
                        .append(item.aspect().name().toLowerCase(java.util.Locale.ROOT)).append(")\n");
                if (item.standard() != null) {
                    md.append("- Standard: ").append(item.standard()).append("\n");
                }
                md.append("- ").append(item.help()).append("\n");
            });
        }
        md.append("\n## Situation indicators (optional)\n\n| code | indicator | unit | challenges |\n| --- | --- | --- | --- |\n");
        q.indicators().forEach(i -> md.append("| `").append(i.code()).append("` | ").append(cell(i.name())).append(" | ")
                .append(cell(i.unit())).append(" | ").append(String.join(", ", i.challenges())).append(" |\n"));
        return md.toString();
    }

    private static String answerForm(Item item) {
        return switch (item.type()) {
            case NUMBER, PERCENTAGE -> "a number from " + Numbers.plain(item.min()) + " to " + Numbers.plain(item.max()) + " (" + item.unit() + ")";
            case YEAR -> "a year";
            case TEXT -> "free text";
            case CHOICE -> item.choices().stream().map(c -> "`" + c.value() + "` (" + c.label() + ")").collect(Collectors.joining(", "));
            default -> item.allowedTokens().stream().map(t -> "`" + t + "`").collect(Collectors.joining(", "));
        };
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
