package io.github.digestlint.rules.links;

import io.github.digestlint.model.ArxivId;
import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.Entry;
import io.github.digestlint.model.Post;
import io.github.digestlint.model.PostDates;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.DigestRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import java.time.YearMonth;
import java.util.Optional;

/**
 * An arXiv id that cannot exist (month 13, a number of the wrong length for its year) or that is
 * newer than the post is a typo, and the link leads to another paper or to nothing. Ids are
 * {@code YYMM.NNNN} from April 2007 to December 2014, {@code YYMM.NNNNN} from January 2015, and
 * {@code archive/YYMMNNN} from August 1991 to March 2007.
 */
public final class ArxivIdRule implements DigestRule {

    private static final RuleMetadata METADATA = new RuleMetadata("arxiv-id",
            "An arXiv id that cannot exist, or that is newer than the post.", Severity.ERROR, false, Concern.LINKS);

    private static final YearMonth FIRST_NEW_STYLE = YearMonth.of(2007, 4);
    private static final YearMonth FIRST_FIVE_DIGITS = YearMonth.of(2015, 1);
    private static final YearMonth FIRST_OLD_STYLE = YearMonth.of(1991, 8);
    private static final YearMonth LAST_OLD_STYLE = YearMonth.of(2007, 3);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Post post, DigestKind kind, Reporter reporter) {
        Optional<YearMonth> postMonth = PostDates.day(post).filter(PostDates::isCalendarDay)
                .map(day -> YearMonth.parse(day.substring(0, "YYYY-MM".length())));
        for (Entry entry : post.entries()) {
            entry.paper().flatMap(id -> problem(id, postMonth)).ifPresent(problem -> reporter.report(
                    entry.link().orElseThrow().destinationSpan(), entry.label() + "'s arXiv id " + problem));
        }
    }

    /** What is wrong with the id, as the end of a sentence that starts with the entry. */
    private static Optional<String> problem(ArxivId id, Optional<YearMonth> postMonth) {
        String quoted = "'" + id + "' ";
        if (id.month() < 1 || id.month() > 12) {
            return Optional.of(quoted + "cannot exist: its first four digits are the year and month (YYMM), and "
                    + String.format("%02d", id.month()) + " is not a month");
        }
        YearMonth month = YearMonth.of(id.year(), id.month());
        if (id.isOldStyle()) {
            if (month.isBefore(FIRST_OLD_STYLE) || month.isAfter(LAST_OLD_STYLE)) {
                return Optional.of(quoted + "cannot exist: ids of the form 'archive/YYMMNNN' were given from"
                        + " August 1991 to March 2007");
            }
            if (id.number().length() != 3) {
                return Optional.of(quoted + "cannot exist: an id of the form 'archive/YYMMNNN' has seven digits"
                        + " after the '/'");
            }
        } else if (month.isBefore(FIRST_NEW_STYLE)) {
            return Optional.of(quoted + "cannot exist: ids of the form 'YYMM.NNNNN' start in April 2007"
                    + " (0704); older papers have ids of the form 'archive/YYMMNNN'");
        } else if (month.isBefore(FIRST_FIVE_DIGITS) && id.number().length() != 4) {
            return Optional.of(quoted + "cannot exist: ids from April 2007 to December 2014 have four digits after"
                    + " the dot, as in 'YYMM.NNNN'");
        } else if (!month.isBefore(FIRST_FIVE_DIGITS) && id.number().length() != 5) {
            return Optional.of(quoted + "cannot exist: ids from 2015 on have five digits after the dot, as in"
                    + " 'YYMM.NNNNN'");
        }
        return postMonth.filter(month::isAfter).map(posted -> quoted + "is dated " + month + " by its YYMM, "
                + id.yymm() + ", later than the post (" + posted + "); check the id");
    }
}
