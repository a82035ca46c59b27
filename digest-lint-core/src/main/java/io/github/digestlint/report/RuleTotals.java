package io.github.digestlint.report;

import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A run's findings counted per rule: what a person reads at the end of a long log to decide what to
 * do first. Errors come first, then the rules with the most findings; one line per rule, so the
 * table is as long as the rule set at most, whatever the blog.
 *
 * @param ruleId the rule
 * @param errors its findings that are errors
 * @param warnings its findings that are warnings
 * @param fixable how many of them {@code fix} repairs
 */
public record RuleTotals(String ruleId, long errors, long warnings, long fixable) {

    private static final Comparator<RuleTotals> ORDER = Comparator.comparingLong(RuleTotals::errors).reversed()
            .thenComparing(Comparator.comparingLong(RuleTotals::total).reversed())
            .thenComparing(RuleTotals::ruleId);

    public long total() {
        return errors + warnings;
    }

    /** The totals of each rule that found something, in the order to read them. */
    public static List<RuleTotals> of(List<Finding> findings) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Finding finding : findings) {
            long[] count = counts.computeIfAbsent(finding.ruleId(), id -> new long[3]);
            count[finding.severity() == Severity.ERROR ? 0 : 1]++;
            if (finding.isFixable()) {
                count[2]++;
            }
        }
        return counts.entrySet().stream()
                .map(entry -> new RuleTotals(entry.getKey(), entry.getValue()[0], entry.getValue()[1],
                        entry.getValue()[2]))
                .sorted(ORDER).toList();
    }

    /** The totals as a table of aligned columns, its header first; empty when nothing was found. */
    public static List<String> table(List<Finding> findings) {
        List<RuleTotals> totals = of(findings);
        if (totals.isEmpty()) {
            return List.of();
        }
        int width = Math.max("rule".length(), totals.stream().mapToInt(total -> total.ruleId().length()).max()
                .orElse(0));
        String row = "%-" + width + "s %8s %8s %8s";
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, row, "rule", "errors", "warnings", "fixable"));
        for (RuleTotals total : totals) {
            lines.add(String.format(Locale.ROOT, row, total.ruleId(), total.errors(), total.warnings(),
                    total.fixable()));
        }
        return lines;
    }
}
