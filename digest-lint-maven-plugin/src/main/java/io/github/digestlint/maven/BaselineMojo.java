package io.github.digestlint.maven;

import io.github.digestlint.baseline.Baseline;
import io.github.digestlint.baseline.PostLines;
import io.github.digestlint.config.Configuration;
import io.github.digestlint.engine.LintResult;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.engine.PostFiles;
import io.github.digestlint.report.RuleTotals;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the posts' current findings to a baseline file for the blog to commit, so that {@code check}
 * fails only on findings that are not in it: the way to adopt digest-lint on a blog with old posts.
 * Run it again to drop the findings that no longer occur. It never fails the build on findings. In a
 * build of several modules, each module gets its own baseline.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractDigestLintMojo {

    /**
     * The baseline file to write, which {@code check} reads. When not set,
     * {@code .digest-lint-baseline.json} beside the POM (or in the current folder when the goal runs
     * without one).
     */
    @Parameter(property = "digestlint.baselineFile")
    private File baselineFile;

    @Override
    protected void execute(Configuration configuration, PostFiles posts) throws MojoExecutionException {
        // Every post is parsed, without the incremental index: a baseline is written rarely.
        LintResult result = new Linter(configuration).lint(baseDirectory(), posts);
        Baseline baseline = Baseline.of(result.findings(), new PostLines(baseDirectory()));
        Path file = Baseline.file(baseDirectory(), Optional.ofNullable(baselineFile).map(File::toPath));
        try {
            baseline.write(file);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the baseline " + file + ": " + PostFiles.describe(e), e);
        }
        if (!baseline.entries().isEmpty()) {
            RuleTotals.table(result.findings()).forEach(getLog()::info);
        }
        getLog().info(inModule(baseline.written(consolePath(PostFiles.displayPath(baseDirectory(), file)),
                result.postsChecked())));
    }
}
