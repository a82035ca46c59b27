package io.github.digestlint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.source.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintedFindingsTest {

    private static final String PRINT_ALL = "--print-findings=all";
    private static final Finding ERROR = finding("title-quotes", Severity.ERROR);
    private static final Finding WARNING = finding("placeholder", Severity.WARNING);
    private static final List<Finding> FINDINGS = List.of(ERROR, WARNING, WARNING);

    @Test
    void printsEveryFindingByDefaultAndSaysNothingMore() {
        assertThat(FINDINGS).filteredOn(PrintedFindings.ALL::prints).hasSize(3);
        assertThat(PrintedFindings.ALL.unprinted(FINDINGS, PRINT_ALL)).isEmpty();
    }

    @Test
    void printsOnlyTheErrorsAndCountsTheRest() {
        assertThat(FINDINGS).filteredOn(PrintedFindings.ERRORS::prints).containsExactly(ERROR);
        assertThat(PrintedFindings.ERRORS.unprinted(FINDINGS, PRINT_ALL)).hasValue("printed 1 of 3 findings"
                + " (errors); the table above counts them all, and --print-findings=all prints each");
    }

    @Test
    void printsNoFindingButSaysHowManyThereAre() {
        assertThat(FINDINGS).filteredOn(PrintedFindings.NONE::prints).isEmpty();
        assertThat(PrintedFindings.NONE.unprinted(FINDINGS, PRINT_ALL)).hasValue("printed 0 of 3 findings"
                + " (none); the table above counts them all, and --print-findings=all prints each");
        assertThat(PrintedFindings.NONE.unprinted(List.of(), PRINT_ALL)).isEmpty();
    }

    @Test
    void readsTheChoiceAsABuildFileWritesIt() {
        assertThat(PrintedFindings.byLabel(" Errors ")).isEqualTo(PrintedFindings.ERRORS);
        assertThatThrownBy(() -> PrintedFindings.byLabel("warnings")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'warnings': use all, errors or none");
    }

    private static Finding finding(String ruleId, Severity severity) {
        return new Finding(ruleId, severity, "_posts/2025-01-02-daily-papers.md", new Position(3, 8),
                new Position(3, 9), "a message", List.of());
    }
}
