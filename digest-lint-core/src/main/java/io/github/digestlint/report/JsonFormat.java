package io.github.digestlint.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.digestlint.engine.LintResult;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Every finding and the totals as JSON, for scripts: the console's output in a form a program reads. */
public final class JsonFormat implements ReportFormat {

    /** The file's shape; Jackson writes each record's components in the order declared. */
    record JsonReport(String tool, String version, Summary summary, List<String> posts, List<JsonFinding> findings) {
    }

    /**
     * The totals of the findings the run reports; with a baseline, how many findings it holds and how
     * many of its entries no longer occur, which a run without one leaves out.
     */
    record Summary(long errors, long warnings, int postsChecked, long postsWithFindings, String text,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer baselined,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer baselineEntriesGone) {
    }

    /**
     * A finding as the JSON file spells it; with a baseline, whether the baseline holds it, which a run
     * without one leaves out.
     */
    record JsonFinding(String rule, String severity, String path, int line, int column, int endLine, int endColumn,
            String message, boolean fixable, @JsonInclude(JsonInclude.Include.NON_NULL) Boolean baselined) {
    }

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String fileName() {
        return "digest-lint.json";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        LintResult result = report.result();
        boolean withBaseline = report.baseline().isPresent();
        Summary summary = new Summary(result.count(Severity.ERROR), result.count(Severity.WARNING),
                result.postsChecked(), result.postsWithFindings(), result.summary(),
                report.baseline().map(match -> match.baselined().size()).orElse(null),
                report.baseline().map(match -> match.gone().size()).orElse(null));
        List<JsonFinding> findings = ReportedFinding.of(report).stream()
                .map(reported -> json(reported.finding(), withBaseline ? reported.baselined() : null)).toList();
        Json.write(new JsonReport("digest-lint", report.toolVersion(), summary, result.posts(), findings), out);
    }

    private static JsonFinding json(Finding finding, Boolean baselined) {
        return new JsonFinding(finding.ruleId(), finding.severity().label(), finding.path(),
                finding.start().line(), finding.start().column(), finding.end().line(),
                finding.end().column(), finding.message(), finding.isFixable(), baselined);
    }
}
