package org.gapcheck.engine;

import java.util.Map;
import java.util.function.Function;
import org.gapcheck.submission.Answer;

/**
 * The fact criteria rules match: the submission's answers by item code, and the year it reports
 * for, against which a threshold such as "within five years" is counted.
 */
public final class Answers implements Function<String, Answer> {

    private final Function<String, Answer> byItem;
    private final int reportingYear;

    public Answers(Map<String, Answer> byItem, int reportingYear) {
        this(byItem::get, reportingYear);
    }

    /** Answers looked up through a function: a what-if's changed answers over a submission's. */
    public Answers(Function<String, Answer> byItem, int reportingYear) {
        this.byItem = byItem;
        this.reportingYear = reportingYear;
    }

    public int reportingYear() {
        return reportingYear;
    }

    /** The answer to an item, or null when the item was not answered. */
    public Answer get(String item) {
        return byItem.apply(item);
    }

    @Override
    public Answer apply(String item) {
        return byItem.apply(item);
    }
}
