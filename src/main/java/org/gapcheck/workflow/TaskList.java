package org.gapcheck.workflow;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * A country's report for one year as its delegation works through it: the submission's state and
 * one task per part of the questionnaire (the country's profile, each section, the optional
 * situation indicators), each with how far it is, who answers it and its last change.
 *
 * @param state        null before the first save; else draft, submitted, acknowledged or returned
 * @param draftVersion the draft's version a submit carries (0 before the first save)
 * @param years        every year the country has a submission for, newest first
 * @param carryFrom    for the coordinator of an empty draft: the earlier year whose submitted answers it may start from
 * @param carriedFrom  the year the draft's answers were carried over from, where it started so
 */
public record TaskList(String country, String countryName, int year, @Nullable String state, boolean editable, long draftVersion,
                       @Nullable String returnComments, List<Task> tasks, List<YearState> years, @Nullable Integer carryFrom,
                       @Nullable Integer carriedFrom) {

    /** Not started (nothing answered), in progress, or completed (every item answered, "not known" included). */
    public enum Progress { NOT_STARTED, IN_PROGRESS, COMPLETED }

    /**
     * One part of the questionnaire.
     *
     * @param id        a section id, or {@code profile} or {@code indicators}
     * @param title     the section's title in the questionnaire; null for the profile and the indicators, which pages name
     * @param optional  whether the report is complete without it (the situation indicators)
     * @param assignees the contributors who answer it (the coordinator answers everything)
     * @param mine      whether the caller answers it (a contributor its assigned sections; the coordinator every part)
     * @param carried   how many of its answers are still as carried over from the last cycle, to confirm or change
     */
    public record Task(String id, @Nullable String title, boolean optional, int answered, int total, Progress progress, List<String> assignees,
                       @Nullable Instant lastChangeAt, @Nullable String lastChangeBy, boolean mine, int carried) {
    }

    /** A year the country has a submission for, and its state. */
    public record YearState(int year, String state) {
    }

    /** The tasks the report needs, those completed among them. */
    public long completed() {
        return tasks.stream().filter(t -> !t.optional() && t.progress() == Progress.COMPLETED).count();
    }

    public long required() {
        return tasks.stream().filter(t -> !t.optional()).count();
    }
}
