package org.gapcheck.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gapcheck.questionnaire.Item;
import org.gapcheck.questionnaire.ItemType;
import org.gapcheck.submission.Pointer;

/**
 * The errors of a section's save in words that say how to put each right, at the field they are
 * about: the submission reader's errors (at JSON Pointers such as {@code /answers/CODE/source/url})
 * and the form's own (both "not known" and a figure).
 */
final class SectionErrors {

    private SectionErrors() {
    }

    /** An error as the reader or the save gave it: where, its code, its message. */
    record Raw(String path, String code, String message) {
    }

    /** Field id to message, in the order of the section's items, then its reservations ({@code r-ID-law}, {@code r-ID-reason}). */
    static Map<String, String> of(List<Item> items, List<String> reservable, List<Raw> raw, Messages m) {
        Map<String, String> byField = new LinkedHashMap<>();
        answers(items, raw, m, byField);
        for (String id : reservable) {
            String prefix = Pointer.of("reservations", id);
            for (Raw error : raw) {
                if (error.path().equals(prefix) || error.path().startsWith(prefix + "/")) {
                    String field = "r-" + id + (error.path().endsWith("/reason") ? "-reason" : "-law");
                    byField.putIfAbsent(field, switch (error.code()) {
                        case "missing_field" -> m.get("error_reservation_missing");
                        case "changed_since_read" -> m.get("error_changed");
                        default -> error.message();
                    });
                }
            }
        }
        return byField;
    }

    private static void answers(List<Item> items, List<Raw> raw, Messages m, Map<String, String> byField) {
        for (Item item : items) {
            String prefix = Pointer.of("answers", item.code());
            for (Raw error : raw) {
                if (error.path().equals(prefix) || error.path().startsWith(prefix + "/")) {
                    String rest = error.path().substring(prefix.length());
                    String field = "a-" + item.code() + switch (rest) {
                        case "/source", "/source/document" -> "-doc";
                        case "/source/law" -> "-law";
                        case "/source/url" -> "-url";
                        case "/note" -> "-note";
                        default -> "";
                    };
                    byField.putIfAbsent(field, words(item, error, m));
                }
            }
        }
    }

    private static String words(Item item, Raw error, Messages m) {
        boolean number = item.type().numeric();
        return switch (error.code()) {
            case "choice_not_allowed" -> m.get("error_choice");
            case "out_of_range" -> number ? m.get(item.type() == ItemType.YEAR ? "error_range_year" : "error_range", "min", item.lowest(),
                    "max", item.highest()) : m.get("error_too_long");
            case "wrong_type" -> number ? m.get(item.type() == ItemType.YEAR ? "error_year" : "error_number") : error.message();
            case "invalid_url" -> m.get("error_url");
            case "missing_field" -> m.get("error_value_missing");
            case "changed_since_read" -> m.get("error_changed");
            case "both_given" -> m.get("error_both");
            default -> error.message();
        };
    }
}
