package org.gapcheck.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.gapcheck.questionnaire.Choice;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.questionnaire.ItemType;

/**
 * A stored answer in words, as check-your-answers shows it: the label of the choice or token, the
 * figure with its unit, the year, "Not known", or "Not answered" where there is none.
 */
final class AnswerWords {

    private AnswerWords() {
    }

    static String of(Item item, JsonNode answer, Messages m) {
        if (answer == null) {
            return m.get("check_not_answered");
        }
        SectionForm.Fields f = SectionForm.of(item, answer);
        if (f.notKnown() || SectionForm.NOT_KNOWN.equals(f.value())) {
            return m.get("answer_not_known");
        }
        if (f.never()) {
            return m.get("answer_never");
        }
        if (f.value().isEmpty()) {
            return m.get("check_not_answered");
        }
        if (item.type() == ItemType.CHOICE) {
            return item.choices().stream().filter(c -> c.value().equals(f.value())).map(Choice::label).findFirst().orElse(f.value());
        }
        if (item.type().tokens().contains(f.value())) {
            return m.get("answer_" + f.value());
        }
        String unit = item.type() == ItemType.PERCENTAGE ? "%" : item.unit();
        return item.type().numeric() && unit != null && !unit.isBlank() && item.type() != ItemType.YEAR
                ? f.value() + (unit.equals("%") ? "" : " ") + unit : f.value();
    }

    /** Whether the answer is "not known" (a not-known answer leaves its criteria not reported, as no answer does). */
    static boolean notKnown(Item item, JsonNode answer) {
        if (answer == null) {
            return false;
        }
        SectionForm.Fields f = SectionForm.of(item, answer);
        return f.notKnown() || SectionForm.NOT_KNOWN.equals(f.value());
    }

    /** The source and note given with the answer, one line each, or none. */
    static List<String> sourceAndNote(Item item, JsonNode answer, Messages m) {
        List<String> out = new ArrayList<>();
        if (answer == null) {
            return out;
        }
        SectionForm.Fields f = SectionForm.of(item, answer);
        if (!f.document().isBlank()) {
            out.add(m.get("check_document", "text", f.document()));
        }
        if (!f.law().isBlank()) {
            out.add(m.get("check_law", "text", f.law()));
        }
        if (!f.url().isBlank()) {
            out.add(m.get("check_url", "text", f.url()));
        }
        if (!f.note().isBlank()) {
            out.add(m.get("check_note", "text", f.note()));
        }
        return out;
    }
}
