package io.github.digestlint.cli;

import io.github.digestlint.baseline.Baseline;
import io.github.digestlint.baseline.BaselineMatch;
import io.github.digestlint.config.Configuration;
import io.github.digestlint.engine.LintResult;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.engine.PostCache;
import io.github.digestlint.engine.PostFiles;
import io.github.digestlint.index.IncrementalIndex;
import io.github.digestlint.report.GithubAnnotations;
import io.github.digestlint.report.PrintedFindings;
import io.github.digestlint.report.Report;
import io.github.digestlint.report.Reports;
import io.github.digestlint.report.RepositoryRoot;
import io.github.digestlint.report.RuleTotals;
import io.github.digestlint.report.ToolVersion;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.Severity;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code check}: the plugin's {@code check} goal, on the blog in the current folder. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = DigestLint.Version.class,
        description = {"Checks the posts and exits with 1 on findings at or above --fail-on-severity.",
            "Each finding is one line, path:line:column: severity: message [rule], then a summary line."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing at or above the failure threshold",
            "1:findings at or above the threshold",
            "2:bad usage or configuration",
            "3:an internal failure, or output that could not be written"})
final class CheckCommand implements Callable<Integer> {

    private static final String TEXT = "text";
    private static final String JSON = "json";
    /** The fix command as README and docs/cli.md name the jar, for the HTML report's hint. */
    private static final String FIX_COMMAND = "java -jar digest-lint-cli.jar fix";

    @Mixin
    private BlogOptions blog;

    @Mixin
    private BaselineOptions baselineFile;

    @Option(names = "--fail-on-severity", paramLabel = "SEVERITY", defaultValue = "error",
            description = "The least serious finding that fails the run: error, warning or none. Default: error.")
    private String failOnSeverity;

    @Option(names = "--print-findings", paramLabel = "WHICH", defaultValue = "all",
            description = "The findings printed a line each: all, errors (the warnings only counted) or none (the"
                    + " per-rule table and the summary only). Annotations and --formats reports hold them all."
                    + " Default: all.")
    private String printFindings;

    @Option(names = "--incremental", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Keeps each post's findings in target/digest-lint/index.bin and parses only the posts"
                    + " that changed since the last run (--no-incremental: parses all). Default: on.")
    private boolean incremental;

    @Option(names = "--formats", split = ",", paramLabel = "FORMAT",
            description = "Report files to write into --output-directory: sarif (digest-lint.sarif), checkstyle"
                    + " (checkstyle-result.xml), json (digest-lint.json), html (index.html); comma-separated.")
    private List<String> formats = new ArrayList<>();

    @Option(names = "--output-directory", paramLabel = "FOLDER", defaultValue = "target/digest-lint",
            description = "Where the report files of --formats go; created when needed. Default: target/digest-lint.")
    private Path outputDirectory;

    @Option(names = "--repository-root", paramLabel = "FOLDER",
            description = "The folder that paths in report files and GitHub annotations are relative to. Default:"
                    + " the folder that holds .git, above or at the current folder.")
    private Path repositoryRoot;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = TEXT,
            description = "What standard output gets: text (one line per finding and a summary) or json (the"
                    + " findings as digest-lint.json holds them, for a script). Default: text.")
    private String format;

    @Override
    public Integer call() {
        Optional<Severity> threshold;
        try {
            threshold = Severity.threshold(failOnSeverity);
        } catch (IllegalArgumentException e) {
            throw new ExitCodes.Stop(ExitCodes.USAGE, "Invalid --fail-on-severity " + e.getMessage());
        }
        PrintedFindings printed;
        try {
            printed = PrintedFindings.byLabel(printFindings);
        } catch (IllegalArgumentException e) {
            throw new ExitCodes.Stop(ExitCodes.USAGE, "Invalid --print-findings " + e.getMessage());
        }
        List<String> reportFormats;
        try {
            reportFormats = Reports.parseNames(formats);
        } catch (IllegalArgumentException e) {
            throw new ExitCodes.Stop(ExitCodes.USAGE, "Invalid --formats: " + e.getMessage());
        }
        if (!format.equals(TEXT) && !format.equals(JSON)) {
            throw new ExitCodes.Stop(ExitCodes.USAGE, "Invalid --format '" + format + "': use text or json");
        }
        Optional<Path> standInFile = blog.standInFile();
        if (standInFile.isPresent() && !reportFormats.isEmpty()) {
            throw new ExitCodes.Stop(ExitCodes.USAGE, "--formats writes the blog's report files, which --stdin does"
                    + " not check; use --format json for the post's findings on standard output");
        }
        PrintStream out = utf8(new FileOutputStream(FileDescriptor.out));
        PrintStream err = utf8(new FileOutputStream(FileDescriptor.err));
        try {
            return check(threshold, printed, reportFormats, standInFile, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int check(Optional<Severity> threshold, PrintedFindings printed, List<String> reportFormats,
            Optional<Path> standInFile, PrintStream out, PrintStream err) {
        Terminal terminal = Terminal.detect();
        Configuration configuration = blog.configuration();
        Optional<Baseline> baseline = baselineFile.read();
        Linter linter = new Linter(configuration);
        Map<Path, byte[]> standIns = standInFile.map(file -> Map.of(file.toAbsolutePath().normalize(),
                readStandardInput(linter))).orElse(Map.of());
        PostFiles posts = blog.posts(err, standInFile.isPresent());
        if (standInFile.isPresent()) {
            posts = posts.with(standInFile.get());
        }
        Path base = BlogOptions.BLOG.toAbsolutePath();
        Terminal.Progress progress = terminal.progress(err);
        PostFiles selected = posts;
        LintResult result = incremental
                ? IncrementalIndex.run(IncrementalIndex.file(Path.of("target")), ToolVersion.current(),
                        configuration, cache -> linter.lint(base, selected, cache, standIns, progress),
                        line -> err.println("warning: " + line))
                : linter.lint(base, selected, PostCache.NONE, standIns, progress);
        progress.done();
        if (standInFile.isPresent()) {
            result = onlyThe(result, PostFiles.displayPath(base, standInFile.get()));
        }
        LintResult all = result;
        Optional<BaselineMatch> match = baseline.map(known -> BaselineOptions.match(known, all, base,
                standInFile.map(file -> Map.entry(PostFiles.displayPath(base, file),
                        standIns.get(file.toAbsolutePath().normalize())))));
        result = match.map(BaselineMatch::reported).orElse(all);
        Path root = repositoryRoot != null ? repositoryRoot.toAbsolutePath().normalize()
                : RepositoryRoot.containing(base).orElse(base);
        LintResult fromRepositoryRoot = result.withPathsRelativeTo(base, root);
        if (format.equals(JSON)) {
            writeJson(report(base, result, match, base), out);
        } else {
            result.findings().stream().filter(printed::prints).forEach(finding -> out.println(
                    terminal.severity(finding.format(), finding.severity().label())));
            if ("true".equals(System.getenv(GithubAnnotations.ENVIRONMENT_VARIABLE))) {
                fromRepositoryRoot.findings().forEach(finding -> out.println(GithubAnnotations.format(finding)));
            }
        }
        if (standInFile.isEmpty()) {
            result.kindsWithoutPosts(configuration).forEach(line -> err.println("warning: " + line));
        }
        writeReports(report(root, fromRepositoryRoot, match, base), reportFormats, err);
        match.ifPresent(known -> known.messages(baselineFile.name(), BaselineOptions.REWRITE, path -> path)
                .forEach(err::println));
        if (format.equals(TEXT)) {
            RuleTotals.table(result.findings()).forEach(out::println);
            printed.unprinted(result.findings(), "--print-findings=all").ifPresent(out::println);
            out.println(result.summary());
        }
        long fixable = result.findings().stream().filter(Finding::isFixable).count();
        if (fixable > 0) {
            err.println(fixable + " of these can be repaired automatically: run fix with the same options");
        }
        return threshold.isPresent() && result.hasFindingsAtLeast(threshold.get()) ? ExitCodes.FINDINGS
                : ExitCodes.CLEAN;
    }

    /** The run's outcome for the post on standard input alone, findings of the rules across posts included. */
    private static LintResult onlyThe(LintResult result, String path) {
        return new LintResult(result.findings().stream().filter(finding -> finding.path().equals(path)).toList(),
                List.of(path), Math.min(result.postsParsed(), 1), 0, result.kinds());
    }

    private static byte[] readStandardInput(Linter linter) {
        try {
            return linter.read(System.in);
        } catch (IOException e) {
            throw new ExitCodes.Stop(ExitCodes.USAGE, "Cannot read the post from standard input: "
                    + PostFiles.describe(e));
        }
    }

    /**
     * The report of a run, with paths relative to a folder, held against the baseline when there is one.
     *
     * @param result the run's reported findings, with paths relative to {@code folder}
     * @param base the folder that the baseline match's paths are relative to
     */
    private static Report report(Path folder, LintResult result, Optional<BaselineMatch> match, Path base) {
        return match.map(known -> Report.of(folder, known.withPathsRelativeTo(base, folder), FIX_COMMAND))
                .orElse(Report.of(folder, result, FIX_COMMAND));
    }

    private static void writeJson(Report report, PrintStream out) {
        try {
            OutputStream json = new BufferedOutputStream(out);
            Reports.format(JSON).write(report, json);
            json.flush();
            out.println();
        } catch (IOException e) {
            throw new ExitCodes.Stop(ExitCodes.FAILURE, "Cannot write the findings: " + PostFiles.describe(e), e);
        }
    }

    private void writeReports(Report report, List<String> names, PrintStream err) {
        if (names.isEmpty()) {
            return;
        }
        try {
            for (Path file : Reports.write(report, names, outputDirectory)) {
                err.println("wrote " + file);
            }
        } catch (IOException e) {
            throw new ExitCodes.Stop(ExitCodes.FAILURE, "Cannot write the reports to " + outputDirectory + ": "
                    + PostFiles.describe(e), e);
        }
    }

    static PrintStream utf8(OutputStream stream) {
        return new PrintStream(new BufferedOutputStream(stream, 1 << 16), false, StandardCharsets.UTF_8);
    }
}
