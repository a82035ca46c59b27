package io.github.digestlint.report;

import io.github.digestlint.rule.Finding;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A finding as the reports that mark baselined findings list it.
 *
 * @param baselined whether the run's baseline holds it, so that it is not reported as new
 */
record ReportedFinding(Finding finding, boolean baselined) {

    /** Every finding of the report, the baselined ones included, in the run's order. */
    static List<ReportedFinding> of(Report report) {
        Stream<ReportedFinding> reported = report.result().findings().stream()
                .map(finding -> new ReportedFinding(finding, false));
        Stream<ReportedFinding> baselined = report.baseline().stream().flatMap(match -> match.baselined().stream())
                .map(finding -> new ReportedFinding(finding, true));
        return Stream.concat(reported, baselined).sorted(Comparator.comparing(ReportedFinding::finding)).toList();
    }
}
