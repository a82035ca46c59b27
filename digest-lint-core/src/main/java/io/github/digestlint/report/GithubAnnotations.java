package io.github.digestlint.report;

import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.Severity;

/**
 * GitHub Actions workflow commands that put findings on a pull request's changed lines:
 * {@code ::error file=<path>,line=<l>,col=<c>,title=<rule-id>::<message>}.
 */
public final class GithubAnnotations {

    /** The variable GitHub Actions sets to {@code true} in every job. */
    public static final String ENVIRONMENT_VARIABLE = "GITHUB_ACTIONS";

    private GithubAnnotations() {
    }

    public static String format(Finding finding) {
        String command = finding.severity() == Severity.ERROR ? "error" : "warning";
        return "::" + command + " file=" + property(finding.path()) + ",line=" + finding.start().line()
                + ",col=" + finding.start().column() + ",endColumn=" + finding.end().column() + ",title="
                + property(finding.ruleId()) + "::" + data(finding.message());
    }

    /** The runner reads a command up to the end of its line, so line breaks and '%' are encoded. */
    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** In a property, ':' and ',' end the value, so they are encoded too. */
    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
