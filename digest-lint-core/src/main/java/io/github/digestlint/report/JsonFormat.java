package io.github.digestlint.report;

import io.github.digestlint.engine.LintResult;
import io.github.digestlint.rule.Diagnostic;
import io.github.digestlint.rule.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Every finding and the totals as JSON, for scripts: the console's output in a form a program reads. */
public final class JsonFormat implements ReportFormat {

    /** The file's shape; Jackson writes each record's components in the order declared. */
    record JsonReport(String tool, String version, Summary summary, List<String> posts, List<Finding> findings) {
    }

    record Summary(long errors, long warnings, int postsChecked, long postsWithFindings, String text) {
    }

    record Finding(String rule, String severity, String path, int line, int column, int endLine, int endColumn,
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
        List<Finding> findings = result.diagnostics().stream().map(JsonFormat::finding).toList();
        Json.write(new JsonReport("digest-lint", report.toolVersion(), summary, result.posts(), findings), out);
    }

    private static Finding finding(Diagnostic diagnostic) {
        return new Finding(diagnostic.ruleId(), diagnostic.severity().label(), diagnostic.path(),
                diagnostic.start().line(), diagnostic.start().column(), diagnostic.end().line(),
                diagnostic.end().column(), diagnostic.message(), diagnostic.isFixable());
    }
}
