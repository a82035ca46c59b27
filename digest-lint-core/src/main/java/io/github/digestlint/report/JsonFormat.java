package io.github.digestlint.report;

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

    record Summary(long errors, long warnings, int postsChecked, long postsWithFindings, String text) {
    }

    /** A finding as the JSON file spells it. */
    record JsonFinding(String rule, String severity, String path, int line, int column, int endLine, int endColumn,
            String message, boolean fixable) {
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
        Summary summary = new Summary(result.count(Severity.ERROR), result.count(Severity.WARNING),
                result.postsChecked(), result.postsWithFindings(), result.summary());
        List<JsonFinding> findings = result.findings().stream().map(JsonFormat::json).toList();
        Json.write(new JsonReport("digest-lint", report.toolVersion(), summary, result.posts(), findings), out);
    }

    private static JsonFinding json(Finding finding) {
        return new JsonFinding(finding.ruleId(), finding.severity().label(), finding.path(),
                finding.start().line(), finding.start().column(), finding.end().line(),
                finding.end().column(), finding.message(), finding.isFixable());
    }
}
