package org.gapcheck.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gapcheck.questionnaire.Choice;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.questionnaire.ItemType;

/**
 * What the pages show of an item: its texts in a language, escaped for HTML once; its answers as
 * radios (for tokens and choices, with Not known); its whole question on a section page
 * ({@link ItemHtml}).
 */
final class SectionView {

    /** Each item's texts in a language, escaped for HTML once (again for another pack's item of the same code). */
    private static final Map<String, Texts> TEXTS = new java.util.concurrent.ConcurrentHashMap<>();

    private SectionView() {
    }

    /** An item's question, help, standard, the recommendations it informs and its range, as HTML (the templates' {{{...}}}). */
    record Texts(Item item, String question, String help, String standard, String informs, String range) {

        static Texts of(Item item, Messages m) {
            return new Texts(item, html(item.question()), html(item.help()), item.standard() == null ? null : html(m.get("standard", "text",
                    item.standard())), html(m.get("informs", "ids", String.join(", ", item.recommendations()))),
                    item.type().numeric() ? html(m.get(item.type() == ItemType.YEAR ? "range_year" : "range_number", "min", item.lowest(),
                            "max", item.highest())) : null);
        }

        private static String html(String text) {
            if (text == null) {
                return null;
            }
            java.io.StringWriter out = new java.io.StringWriter(text.length() + 16);
            com.github.mustachejava.util.HtmlEscaper.escape(text, out);
            return out.toString();
        }
    }

    /** An item's HTML on a section page ({@link ItemHtml}), its texts escaped once per language. */
    static String html(Item item, SectionForm.Fields f, Map<String, String> errors, boolean editable, Messages m,
                       @io.micronaut.core.annotation.Nullable String carried) {
        Texts texts = TEXTS.compute(m.language() + " " + item.code(), (k, known) -> known != null && known.item() == item ? known
                : Texts.of(item, m));
        return ItemHtml.of(item, f, errors, editable, m, texts, carried);
    }

    /**
     * One radio of an answer: its id on the page, value and label, whether it is checked, whether it
     * is "Not known", and the label's language where it is the rule pack's text ({@code en}), not the page's.
     */
    record Radio(String id, String value, String label, boolean checked, boolean notKnown, String textLang) {
    }

    static List<Radio> radios(Item item, SectionForm.Fields f, Messages m) {
        List<String[]> options = new ArrayList<>();
        if (item.type() == ItemType.CHOICE) {
            for (Choice choice : item.choices()) {
                options.add(new String[] {choice.value(), choice.label(), "en"});
            }
        } else {
            item.type().tokens().forEach(t -> options.add(new String[] {t, m.get("answer_" + t)}));
        }
        options.add(new String[] {SectionForm.NOT_KNOWN, m.get("answer_not_known")});
        return radios(options, "a-" + item.code(), f.value());
    }

    /**
     * Radios of {@code options} (value, label, and "en" where the label is the rule pack's), the one holding {@code checked} checked; the first
     * has the id {@code idBase} (where an error links to), the others {@code idBase-1}, {@code -2}...
     */
    static List<Radio> radios(List<String[]> options, String idBase, String checked) {
        List<Radio> out = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            String[] option = options.get(i);
            out.add(new Radio(i == 0 ? idBase : idBase + "-" + i, option[0], option[1], option[0].equals(checked),
                    option[0].equals(SectionForm.NOT_KNOWN), option.length > 2 ? option[2] : null));
        }
        return out;
    }
}
