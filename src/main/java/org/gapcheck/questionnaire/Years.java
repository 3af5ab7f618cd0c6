package org.gapcheck.questionnaire;

import java.util.ArrayList;
import java.util.List;

/**
 * The years Gapcheck accepts, written once: the years a submission may report for and name in an
 * indicator series (the 2009 Plan of Action to beyond the 2029 review), and the earliest year a
 * year item may answer (when a law was adopted, say). The reader, the published schema and the
 * validator all take them from here.
 */
public final class Years {

    public static final int FIRST_REPORTING = 2009;
    public static final int LAST_REPORTING = 2035;
    public static final int EARLIEST_ANSWER = 1900;

    private Years() {
    }

    /** Whether a submission may report for this year, or give an indicator's value for it. */
    public static boolean reportable(int year) {
        return year >= FIRST_REPORTING && year <= LAST_REPORTING;
    }

    /** The reportable years as {@link #FIRST_REPORTING}-{@link #LAST_REPORTING}, as messages name them. */
    public static String reportableRange() {
        return FIRST_REPORTING + "-" + LAST_REPORTING;
    }

    /**
     * A regular expression matching exactly the reportable years written as four digits, one
     * alternative per decade ({@code ^(2009|201[0-9]|202[0-9]|203[0-5])$}): what the published
     * schema asks of an indicator series' keys.
     */
    public static String reportablePattern() {
        List<String> decades = new ArrayList<>();
        for (int decade = FIRST_REPORTING / 10; decade <= LAST_REPORTING / 10; decade++) {
            int from = Math.max(FIRST_REPORTING, decade * 10) % 10;
            int to = Math.min(LAST_REPORTING, decade * 10 + 9) % 10;
            decades.add(decade + (from == to ? String.valueOf(from) : "[" + from + "-" + to + "]"));
        }
        return "^(" + String.join("|", decades) + ")$";
    }
}
