package io.github.digestlint.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The posts' days a convention holds for. A blog's format changes over time: a convention adopted
 * midway (an Alphaxiv line in every entry, say) does not hold for the posts written before it.
 *
 * @param since the first day; empty for every day up to {@code until}
 * @param until the last day; empty for every day from {@code since}
 */
public record Days(Optional<LocalDate> since, Optional<LocalDate> until) {

    /** Every day. */
    public static final Days ALL = new Days(Optional.empty(), Optional.empty());

    /**
     * Whether a post of this day ({@code YYYY-MM-DD}) is covered. A post without a day is: nothing
     * says it is older than the convention. So is a post whose file name starts with a day the
     * calendar does not have, such as {@code 2025-13-45}, which {@code filename-date} reports.
     */
    public boolean contain(Optional<String> day) {
        if (day.isEmpty() || this.equals(ALL) || !PostDates.isCalendarDay(day.get())) {
            return true;
        }
        LocalDate date = LocalDate.parse(day.get());
        return since.map(first -> !date.isBefore(first)).orElse(true)
                && until.map(last -> !date.isAfter(last)).orElse(true);
    }
}
