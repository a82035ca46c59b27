package io.github.digestlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.source.Position;
import io.github.digestlint.source.Span;
import io.github.digestlint.source.TextEdit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleTotalsTest {

    private static Finding finding(String rule, Severity severity, boolean fixable) {
        return new Finding(rule, severity, "_posts/2025-09-26-daily-papers.md", new Position(1, 1), new Position(1, 1),
                "message", fixable ? List.of(TextEdit.delete(new Span(0, 1))) : List.of());
    }

    /** Errors first, the most of them first; then the rules with the most findings. */
    @Test
    void countsEachRuleAndPutsErrorsFirst() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            findings.add(finding("heading-trailing-space", Severity.WARNING, true));
        }
        findings.add(finding("title-quotes", Severity.ERROR, true));
        for (int i = 0; i < 14; i++) {
            findings.add(finding("alphaxiv-link", Severity.ERROR, i < 10));
        }
        findings.add(finding("placeholder", Severity.WARNING, false));

        assertThat(RuleTotals.table(findings)).containsExactly(
                "rule                     errors warnings  fixable",
                "alphaxiv-link                14        0       10",
                "title-quotes                  1        0        1",
                "heading-trailing-space        0       30       30",
                "placeholder                   0        1        0");
    }

    @Test
    void hasNoTableWhenNothingWasFound() {
        assertThat(RuleTotals.table(List.of())).isEmpty();
    }
}
