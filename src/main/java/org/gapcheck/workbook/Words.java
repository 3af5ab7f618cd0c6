package org.gapcheck.workbook;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The workbook's words in one language, from the message bundles (the pages build them): the
 * questionnaire's own texts (questions, help, choices) come from the rule pack as they are.
 *
 * @param tokens      each fixed answer's word in the lists: {@code yes}, {@code partly}, {@code no}, {@code considered},
 *                    {@code never}, {@code not_known}
 * @param title       the first sheet's heading, the country and year in it
 * @param readMe      the first sheet's lines: what the file is, how to fill it in, how it is checked
 * @param heads       the nine column heads of a section's sheet (code, question, answer, unit and range, document, law,
 *                    web address, note, help and standard)
 * @param reservationHeads the four column heads of the reservations' sheet (criterion, recommendation, law, reason)
 * @param range       "from MIN to MAX" for a figure's range
 * @param listError   what the drop-down says when a word not in its list is typed
 * @param figureError what a figure's cell says when something else is typed, given its range
 */
public record Words(Map<String, String> tokens, String title, List<String> readMe, List<String> heads, List<String> reservationHeads,
                    String profileTitle, String reservationsTitle, String regionQuestion, BiFunction<Double, Double, String> range,
                    String listError, BiFunction<Double, Double, String> figureError) {
}
