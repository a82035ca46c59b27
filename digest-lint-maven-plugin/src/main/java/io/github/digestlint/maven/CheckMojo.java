package io.github.digestlint.maven;

import io.github.digestlint.baseline.Baseline;
import io.github.digestlint.baseline.BaselineException;
import io.github.digestlint.baseline.BaselineMatch;
import io.github.digestlint.baseline.PostLines;
import io.github.digestlint.config.Configuration;
import io.github.digestlint.engine.LintResult;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.engine.PostFiles;
import io.github.digestlint.index.IncrementalIndex;
import io.github.digestlint.report.GithubAnnotations;
import io.github.digestlint.report.PrintedFindings;
import io.github.digestlint.report.Report;
import io.github.digestlint.report.Reports;
import io.github.digestlint.report.RuleTotals;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.Severity;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the posts and fails the build on findings at or above {@code failOnSeverity}. In a build of
 * several modules, each module is checked with its own configuration, and a module without a
 * {@code _posts} folder is skipped.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractDigestLintMojo {

    /** The least serious finding that fails the build: {@code error}, {@code warning} or {@code none}. */
    @Parameter(property = "digestlint.failOnSeverity", defaultValue = "error")
    private String failOnSeverity;

    /**
     * The findings printed a line each: {@code all}, {@code errors} (the warnings only counted), or
     * {@code none} (the per-rule table and the summary only). Annotations and report files hold every
     * finding whatever this says.
     */
    @Parameter(property = "digestlint.printFindings", defaultValue = "all")
    private String printFindings;

    /**
     * Keeps each post's findings in {@code target/digest-lint/index.bin} and parses only the posts
     * that changed since the last run; a new plugin version or configuration starts afresh.
     */
    @Parameter(property = "digestlint.incremental", defaultValue = "true")
    private boolean incremental;

    /**
     * Report files to write besides the console output, into {@code outputDirectory}: {@code sarif}
     * ({@code digest-lint.sarif}), {@code checkstyle} ({@code checkstyle-result.xml}), {@code json}
     * ({@code digest-lint.json}) and {@code html} ({@code index.html}). The property takes them
     * comma-separated, as in {@code -Ddigestlint.formats=sarif,html}.
     */
    @Parameter(property = "digestlint.formats")
    private List<String> formats;

    /** Where the report files of {@code formats} go; it is created when needed. */
    @Parameter(property = "digestlint.outputDirectory", defaultValue = "${project.build.directory}/digest-lint")
    private File outputDirectory;

    /**
     * The baseline: findings written by {@code digest-lint:baseline} that the check does not report
     * and does not fail on. When not set, {@code .digest-lint-baseline.json} beside the POM (or in the
     * current folder when the goal runs without one) is read if it exists; when set, the file must exist.
     */
    @Parameter(property = "digestlint.baselineFile")
    private File baselineFile;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
    private String pluginVersion;

    private Optional<Severity> failureThreshold;
    private PrintedFindings printed;
    private List<String> reportFormats;
    private Optional<Baseline> baseline;

    @Override
    protected void checkParameters() throws MojoExecutionException {
        failureThreshold = failureThreshold();
        try {
            printed = PrintedFindings.byLabel(printFindings);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid printFindings " + e.getMessage());
        }
        reportFormats = reportFormats();
        baseline = baseline();
    }

    @Override
    protected void execute(Configuration configuration, PostFiles posts)
            throws MojoExecutionException, MojoFailureException {
        LintResult all = lint(configuration, posts);
        Optional<BaselineMatch> match = baseline.map(known -> known.match(all, new PostLines(baseDirectory())));
        LintResult result = match.map(BaselineMatch::reported).orElse(all);
        result.findings().stream().filter(printed::prints).forEach(this::log);
        LintResult fromRepositoryRoot = result.withPathsRelativeTo(baseDirectory(), repositoryRoot());
        if ("true".equals(System.getenv(GithubAnnotations.ENVIRONMENT_VARIABLE))) {
            annotate(fromRepositoryRoot.findings());
        }
        result.kindsWithoutPosts(configuration).forEach(getLog()::warn);
        writeReports(match.map(known -> Report.of(repositoryRoot(), known.withPathsRelativeTo(baseDirectory(),
                repositoryRoot()), fixCommand())).orElse(Report.of(repositoryRoot(), fromRepositoryRoot, fixCommand())),
                reportFormats);
        RuleTotals.table(result.findings()).forEach(getLog()::info);
        printed.unprinted(result.findings(), "-Ddigestlint.printFindings=all").ifPresent(getLog()::info);
        match.ifPresent(known -> known.messages(baselineName(), baselineCommand(), this::consolePath)
                .forEach(getLog()::info));
        getLog().info(inModule(result.summary()));
        getLog().info("parsed " + result.postsParsed() + " of " + result.postsChecked() + " posts" + (incremental
                ? " (" + result.postsReplayed() + " unchanged, replayed from the incremental index)"
                : ""));
        long fixable = result.findings().stream().filter(Finding::isFixable).count();
        if (fixable > 0) {
            getLog().info(fixable + " of these can be repaired automatically: run " + fixCommand());
        }
        if (failureThreshold.isPresent() && result.hasFindingsAtLeast(failureThreshold.get())) {
            throw new MojoFailureException(inModule("digest-lint found " + result.summary()));
        }
    }

    /**
     * Workflow commands must start their line, so they bypass Maven's "[ERROR]" prefix. They are
     * written to the process's own standard output, because Maven 4 sends {@code System.out} to its
     * log, prefixed with "[INFO] [stdout]".
     */
    private static void annotate(List<Finding> findings) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        findings.forEach(finding -> out.println(GithubAnnotations.format(finding)));
        out.flush();
    }

    /** The goal that repairs what this one found, as a blogger types it. */
    String fixCommand() {
        return "mvn digest-lint:fix";
    }

    private Optional<Severity> failureThreshold() throws MojoExecutionException {
        try {
            return Severity.threshold(failOnSeverity);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid failOnSeverity " + e.getMessage());
        }
    }

    /**
     * The build folder. Without a POM, Maven leaves {@code ${project.basedir}} in it unresolved, and
     * the files would land in a folder of that name, which Jekyll would publish: it is then
     * {@code target} in the current folder, as in a Maven project.
     */
    private Path buildDirectory() {
        return isUnresolved(buildDirectory) ? baseDirectory().resolve("target") : buildDirectory.toPath();
    }

    private Path outputDirectory() {
        return isUnresolved(outputDirectory) ? buildDirectory().resolve("digest-lint") : outputDirectory.toPath();
    }

    private static boolean isUnresolved(File folder) {
        return folder.getPath().contains("${");
    }

    /** The formats asked for. */
    private List<String> reportFormats() throws MojoExecutionException {
        try {
            return Reports.parseNames(formats == null ? List.of() : formats);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid formats: " + e.getMessage());
        }
    }

    private void writeReports(Report report, List<String> names) throws MojoExecutionException {
        if (names.isEmpty()) {
            return;
        }
        try {
            for (Path file : Reports.write(report, names, outputDirectory())) {
                getLog().info("wrote " + file);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the reports to " + outputDirectory() + ": "
                    + PostFiles.describe(e), e);
        }
    }

    private Optional<Baseline> baseline() throws MojoExecutionException {
        try {
            return Baseline.find(baseDirectory(), baselineFile());
        } catch (NoSuchFileException e) {
            throw new MojoExecutionException(e.getReason() + ". Point <baselineFile> or -Ddigestlint.baselineFile=..."
                    + " at it, or write it with " + baselineCommand() + ".");
        } catch (BaselineException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    private Optional<Path> baselineFile() {
        return Optional.ofNullable(baselineFile).map(File::toPath);
    }

    /** The command that writes the baseline this goal reads. */
    String baselineCommand() {
        return "mvn digest-lint:baseline";
    }

    /** The baseline file as the console names it. */
    private String baselineName() {
        return consolePath(PostFiles.displayPath(baseDirectory(), Baseline.file(baseDirectory(), baselineFile())));
    }

    private LintResult lint(Configuration configuration, PostFiles posts) {
        Linter linter = new Linter(configuration);
        if (!incremental) {
            return linter.lint(baseDirectory(), posts);
        }
        return IncrementalIndex.run(IncrementalIndex.file(buildDirectory()), pluginVersion,
                configuration, cache -> linter.lint(baseDirectory(), posts, cache), getLog()::warn);
    }
}
