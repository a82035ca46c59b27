package io.github.digestlint.report;

import io.github.digestlint.Lint;
import io.github.digestlint.baseline.Baseline;
import io.github.digestlint.baseline.PostLines;
import io.github.digestlint.engine.LintResult;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.engine.PostFiles;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.rules.BuiltInRules;
import io.github.digestlint.source.Position;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reports the format tests write: the five corpus posts, and a single finding with a hostile message. */
final class ReportFixtures {

    /** Quotes, markup, an ampersand, a control character and Korean text: what each format must carry safely. */
    static final String HOSTILE_MESSAGE = "title \"Daily\" <b>Papers</b> & 'friends'\u0001 — 한국어 제목";

    static final String FIX_COMMAND = "mvn digest-lint:fix";

    private ReportFixtures() {
    }

    static Path corpus() throws URISyntaxException {
        return Path.of(ReportFixtures.class.getResource("/corpus").toURI());
    }

    /** The five posts' findings, every rule on, so that the reports show findings of each kind. */
    static LintResult lintCorpus() throws IOException, URISyntaxException {
        Path blog = corpus();
        return new Linter(Lint.EVERY_RULE)
                .lint(blog, PostFiles.find(blog.resolve("_posts"), List.of("**/*.md"), List.of()));
    }

    static Report corpusReport() throws IOException, URISyntaxException {
        return Report.of(corpus(), lintCorpus(), FIX_COMMAND);
    }

    /**
     * The corpus checked against a baseline of all its findings but the stray quote in a title: one new
     * finding, the others baselined.
     */
    static Report corpusReportAgainstABaselineWithoutTheTitleQuote() throws IOException, URISyntaxException {
        LintResult result = lintCorpus();
        List<Finding> accepted = result.findings().stream()
                .filter(finding -> !finding.ruleId().equals("title-quotes")).toList();
        Baseline baseline = Baseline.of(accepted, new PostLines(corpus()));
        return Report.of(corpus(), baseline.match(result, new PostLines(corpus())), FIX_COMMAND);
    }

    /** The report with the post's findings left out, so that it passes whatever the rules find in the corpus. */
    static Report withoutFindingsOf(String post, Report report) {
        List<Finding> others = report.result().findings().stream()
                .filter(finding -> !finding.path().equals(post)).toList();
        return new Report(report.toolVersion(), report.baseDirectory(), report.rules(),
                result(others, report.result().posts()), report.fixCommand());
    }

    /** The report with these findings too, in order among the others. */
    static Report withFindings(Report report, Finding... more) {
        List<Finding> all = Stream.concat(report.result().findings().stream(), Stream.of(more)).sorted().toList();
        return new Report(report.toolVersion(), report.baseDirectory(), report.rules(),
                result(all, report.result().posts()), report.fixCommand());
    }

    /** One error on a post that does not exist under the base folder, so no source line can be read. */
    static Report hostileReport(Path baseDirectory) {
        return reportOfOneFinding(baseDirectory, "_posts/2025-09-07-daily-papers.md", HOSTILE_MESSAGE);
    }

    static Report reportOfOneFinding(Path baseDirectory, String path, String message) {
        Finding finding = new Finding("title-quotes", Severity.ERROR, path, new Position(3, 8),
                new Position(3, 40), message, List.of());
        return new Report(ToolVersion.current(), baseDirectory, BuiltInRules.metadata(),
                result(List.of(finding), List.of(path)), FIX_COMMAND);
    }

    private static LintResult result(List<Finding> findings, List<String> posts) {
        return new LintResult(findings, posts, posts.size(), 0, List.of("daily-papers"));
    }

    static String write(ReportFormat format, Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
