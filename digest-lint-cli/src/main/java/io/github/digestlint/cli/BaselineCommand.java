package io.github.digestlint.cli;

import io.github.digestlint.baseline.Baseline;
import io.github.digestlint.baseline.PostLines;
import io.github.digestlint.engine.LintResult;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.engine.PostFiles;
import io.github.digestlint.report.RuleTotals;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code baseline}: the plugin's {@code baseline} goal, on the blog in the current folder. Like the goal it
 * never fails on findings.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true, versionProvider = DigestLint.Version.class,
        description = {"Writes the posts' current findings to the baseline file for the blog to commit, so that"
                + " check fails only on findings that are not in it. Run it again to drop the findings that no"
                + " longer occur."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the baseline was written, whatever it holds",
            "2:bad usage or configuration",
            "3:an internal failure, or a baseline that could not be written"})
final class BaselineCommand implements Callable<Integer> {

    @Mixin
    private BlogOptions blog;

    @Mixin
    private BaselineOptions baselineFile;

    @Override
    public Integer call() {
        if (blog.stdin || blog.stdinFilename != null) {
            throw new ExitCodes.Stop(ExitCodes.USAGE, "--stdin checks one post, and a baseline is of the whole blog;"
                    + " leave it out");
        }
        PrintStream out = CheckCommand.utf8(new FileOutputStream(FileDescriptor.out));
        PrintStream err = CheckCommand.utf8(new FileOutputStream(FileDescriptor.err));
        try {
            Linter linter = new Linter(blog.configuration());
            PostFiles posts = blog.posts(err, false);
            Path base = BlogOptions.BLOG.toAbsolutePath();
            LintResult result = linter.lint(base, posts);
            Baseline baseline = Baseline.of(result.findings(), new PostLines(base));
            try {
                baseline.write(baselineFile.file());
            } catch (IOException e) {
                throw new ExitCodes.Stop(ExitCodes.FAILURE, "Cannot write the baseline " + baselineFile.name() + ": "
                        + PostFiles.describe(e), e);
            }
            if (!baseline.entries().isEmpty()) {
                RuleTotals.table(result.findings()).forEach(out::println);
            }
            out.println(baseline.written(baselineFile.name(), result.postsChecked()));
            return ExitCodes.CLEAN;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
