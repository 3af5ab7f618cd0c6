package org.gapcheck.report.render;

import java.util.List;

/**
 * The report as the reader's formats print it, in words: what the HTML template and the Markdown
 * writer both walk, so that the two carry the same content in the same order. Codes stay only
 * in fields named {@code id} or {@code item} (and {@code codes()}), which print as small print.
 */
final class Views {

    private Views() {
    }

    /** A thing with an id (small print) and a title (running text). */
    record Named(String id, String title) {
    }

    /** One row of the chapter or challenge table: scores on 0-100, the rating as a word and a class. */
    record GroupRow(String id, String label, String title, String score, String policy, String implementation,
                    String completeness, String rating, String ratingCss, long met, long partial, long gap, long notReported,
                    long other, Prose note) {

        boolean policyNone() {
            return Words.NONE.equals(policy);
        }

        boolean implementationNone() {
            return Words.NONE.equals(implementation);
        }
    }

    /** A priority of "what to do first". */
    record PriorityView(int rank, String title, String owner, String now, String asked, String source, List<String> steps,
                        List<String> recommendations, List<Named> challenges, String criteria) {
    }

    /** An answer or indicator that moved since the previous submission, in words. */
    record MovementView(String kind, String css, String question, String item, String before, String after, String criteria) {
    }

    /** A chapter's or challenge's score then and now. */
    record ScoreRow(String label, String title, String before, String after, String change) {
    }

    /** A recommendation whose status changed since the previous submission. */
    record StatusChange(String recommendation, String before, String after) {
    }

    /** A situation indicator as reported. */
    record IndicatorRow(String challenge, String name, String values, String trend) {
    }

    /** What the State answered to one question a criterion read. */
    record AnswerView(String item, String question, String answer, String note, String source) {
    }

    /**
     * One criterion in words. {@code full} criteria (not met) show the question asked, the words
     * cited, the basis and what would close them; met ones only the answer.
     */
    record CriterionView(String id, String status, String css, String title, boolean element, String cites,
                         List<AnswerView> answers, String basis, String closes, Prose reason, boolean full) {

        /** The answers alone, as a met criterion shows them ("160 syringes per person who injects drugs per year"); null when each is a plain yes. */
        String answerLine() {
            List<String> said = answers.stream().map(AnswerView::answer).toList();
            return said.stream().allMatch("yes"::equals) ? null : String.join("; ", said);
        }

        /** The criterion's id and the items it read, for small print. */
        String codes() {
            return String.join(" ", java.util.stream.Stream.concat(java.util.stream.Stream.of(id),
                    answers.stream().map(AnswerView::item)).toList());
        }
    }

    /** One recommendation's finding: its unmet criteria first, the met ones apart. */
    record FindingView(String id, int chapter, String status, String css, String score, String text, Prose scope,
                       Prose reason, List<String> challenges, List<CriterionView> open, List<CriterionView> met) {

        /** The status box of the findings' filter: not applicable and not assessed share one. */
        String filter() {
            return "nx".equals(css) ? "na" : css;
        }

        String challengeList() {
            return String.join(" ", challenges);
        }

        /** The met criteria folded under a line of their own when unmet ones come first, else listed as they are. */
        boolean metApart() {
            return !open.isEmpty() && !met.isEmpty();
        }

        boolean anyOpen() {
            return !open.isEmpty();
        }

        boolean anyMet() {
            return !met.isEmpty();
        }

        boolean anyChallenge() {
            return !challenges.isEmpty();
        }

        String metLabel() {
            return Words.plural(met.size(), "criterion", "criteria") + " met";
        }
    }

    /** A chapter's findings: the ones to act on open, the met and not applicable ones apart. */
    record ChapterFindings(int number, String title, List<FindingView> open, List<FindingView> closed) {
    }
}
