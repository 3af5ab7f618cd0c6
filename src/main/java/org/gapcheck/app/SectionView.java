package org.gapcheck.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gapcheck.questionnaire.Choice;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.questionnaire.ItemType;

/**
 * The values a section page's template shows for one item: its question, help and standard, the
 * control its type asks for (radios for tokens and choices, a box for a figure, a year or a text),
 * what the form holds, and its error. Field ids are {@code a-CODE} (the value's first control),
 * {@code a-CODE-doc}, {@code -law}, {@code -url}, {@code -note}: the error summary links to them.
 */
final class SectionView {

    private SectionView() {
    }

    static Map<String, Object> item(Item item, SectionForm.Fields f, Map<String, String> errors, boolean editable, Messages m) {
        String c = item.code();
        Map<String, Object> view = new HashMap<>();
        view.put("code", c);
        view.put("id", "a-" + c);
        view.put("question", item.question());
        view.put("help", item.help());
        view.put("standard", item.standard() == null ? null : m.get("standard", "text", item.standard()));
        view.put("informs", m.get("informs", "ids", String.join(", ", item.recommendations())));
        view.put("disabled", !editable);
        boolean radios = !item.type().numeric() && item.type() != ItemType.TEXT;
        view.put("isRadios", radios);
        view.put("radios", radios ? radios(item, f, m) : List.of());
        view.put("typed", !radios && item.type() != ItemType.TEXT);
        view.put("text", item.type() == ItemType.TEXT);
        view.put("value", f.value());
        view.put("notKnown", f.notKnown());
        view.put("never", f.never());
        view.put("allowsNever", item.type() == ItemType.YEAR);
        view.put("inputMode", item.type() == ItemType.YEAR ? "numeric" : "decimal");
        view.put("unit", item.type() == ItemType.PERCENTAGE ? "%" : item.unit());
        view.put("range", item.type().numeric() ? m.get(item.type() == ItemType.YEAR ? "range_year" : "range_number",
                "min", item.lowest(), "max", item.highest()) : null);
        view.put("document", f.document());
        view.put("law", f.law());
        view.put("url", f.url());
        view.put("note", f.note());
        view.put("sourceOpen", f.hasSourceOrNote() || errors.keySet().stream().anyMatch(k -> !k.equals("a-" + c)));
        view.put("error", errors.get("a-" + c));
        view.put("docError", errors.get("a-" + c + "-doc"));
        view.put("lawError", errors.get("a-" + c + "-law"));
        view.put("urlError", errors.get("a-" + c + "-url"));
        view.put("noteError", errors.get("a-" + c + "-note"));
        view.put("hasError", !errors.isEmpty());
        return view;
    }

    private static List<Map<String, Object>> radios(Item item, SectionForm.Fields f, Messages m) {
        List<String[]> options = new ArrayList<>();
        if (item.type() == ItemType.CHOICE) {
            for (Choice choice : item.choices()) {
                options.add(new String[] {choice.value(), choice.label()});
            }
        } else {
            item.type().tokens().forEach(t -> options.add(new String[] {t, m.get("answer_" + t)}));
        }
        options.add(new String[] {SectionForm.NOT_KNOWN, m.get("answer_not_known")});
        return radios(options, "a-" + item.code(), f.value());
    }

    /**
     * Radios of {@code options} (value, label), the one holding {@code checked} checked; the first
     * has the id {@code idBase} (where an error links to), the others {@code idBase-1}, {@code -2}...
     */
    static List<Map<String, Object>> radios(List<String[]> options, String idBase, String checked) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            String[] option = options.get(i);
            out.add(Map.of("value", option[0], "label", option[1], "checked", option[0].equals(checked),
                    "id", i == 0 ? idBase : idBase + "-" + i, "notKnown", option[0].equals(SectionForm.NOT_KNOWN)));
        }
        return out;
    }
}
