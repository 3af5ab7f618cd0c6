package org.gapcheck.workbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gapcheck.questionnaire.Choice;
import org.gapcheck.questionnaire.ItemType;

/**
 * The words a row's answer cell takes, each to its token: an item's fixed answers or choices and
 * "Not known" ("Never" too for a year). The writer shows the words in a drop-down; the reader takes
 * a word back to its token, or a token typed as it is, ignoring case and outer spaces.
 */
record Vocabulary(Map<String, String> words) {

    static final String NOT_KNOWN = "not_known";

    /** token to word, in the list's order */
    static Vocabulary of(ItemType type, List<Choice> choices, Words w) {
        Map<String, String> words = new LinkedHashMap<>();
        if (type == ItemType.CHOICE) {
            choices.forEach(c -> words.put(c.value(), c.label()));
        } else {
            type.tokens().forEach(t -> words.put(t, w.tokens().getOrDefault(t, t)));
        }
        words.put(NOT_KNOWN, w.tokens().getOrDefault(NOT_KNOWN, NOT_KNOWN));
        return new Vocabulary(words);
    }

    /** A list of its own: the regional groups, by id. */
    static Vocabulary of(Map<String, String> words) {
        return new Vocabulary(words);
    }

    /** The token a cell's text names, else the text as it is (a figure's or a text item's). */
    String tokenOrText(String text) {
        String token = token(text);
        return token == null ? text : token;
    }

    /** The token a cell's text names, or null where it names none. */
    String token(String text) {
        String typed = text.strip().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : words.entrySet()) {
            if (e.getValue().strip().toLowerCase(Locale.ROOT).equals(typed) || e.getKey().toLowerCase(Locale.ROOT).equals(typed)) {
                return e.getKey();
            }
        }
        return null;
    }
}
