package io.github.digestlint.maven;

import io.github.digestlint.config.Configuration;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.engine.PostFiles;
import io.github.digestlint.fix.FixResult;
import io.github.digestlint.fix.Fixer;
import io.github.digestlint.fix.UnifiedDiff;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.source.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Repairs what can be repaired safely, touching nothing else, and reports what remains. It never
 * fails the build on findings; {@code check} does that. In a build of several modules, each module
 * is repaired with its own configuration.
 */
@Mojo(name = "fix", threadSafe = true)
public class FixMojo extends AbstractDigestLintMojo {

    /** Prints each repair as a unified diff and writes nothing. */
    @Parameter(property = "digestlint.dryRun", defaultValue = "false")
    private boolean dryRun;

    @Override
    protected void execute(Configuration configuration, PostFiles posts) throws MojoExecutionException {
        Tally tally = new Tally();
        Fixer.FixRun run = new Fixer(new Linter(configuration)).fix(baseDirectory(), posts,
                (file, path, result) -> fixed(file, path, result, tally));
        // What the next check would report besides each post's own findings.
        for (List<Finding> findings : List.of(run.unreadable(), run.acrossPosts())) {
            findings.forEach(this::log);
            tally.remaining += findings.size();
        }
        getLog().info(inModule((dryRun ? "would fix " : "fixed ") + tally.fixes + " findings in " + tally.changedPosts + " of "
                + posts.files().size() + " posts; " + tally.remaining + " findings remain"));
        if (!tally.unwritten.isEmpty()) {
            throw new MojoExecutionException("Cannot write the repaired posts " + String.join(", ", tally.unwritten));
        }
    }

    /** What the run did so far. */
    private static final class Tally {
        int fixes;
        int changedPosts;
        long remaining;
        final List<String> unwritten = new ArrayList<>();
    }

    private void fixed(Path file, String postPath, FixResult result, Tally tally) {
        String path = consolePath(postPath);
        result.refused().ifPresent(reason -> getLog().warn(path + ": left untouched because " + reason));
        if (!result.converged()) {
            getLog().warn(path + ": repairs still enabled more repairs after the last pass; run fix again, and"
                    + " please report this post");
        }
        if (result.changed()) {
            try {
                apply(file, path, result);
                tally.changedPosts++;
                tally.fixes += result.fixesByRule().values().stream().mapToInt(Integer::intValue).sum();
            } catch (IOException e) {
                // The other posts are still repaired; the build fails at the end.
                tally.unwritten.add(path + " (" + PostFiles.describe(e) + ")");
                getLog().error(path + ": cannot write the repaired post: " + PostFiles.describe(e));
            }
        }
        result.remaining().forEach(this::log);
        tally.remaining += result.remaining().size();
    }

    private void apply(Path file, String path, FixResult result) throws IOException {
        String counts = result.fixesByRule().entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey()).collect(Collectors.joining(", "));
        if (dryRun) {
            getLog().info("would fix " + path + ": " + counts + System.lineSeparator()
                    + UnifiedDiff.of(path, result.original().text(), result.fixed()));
            return;
        }
        AtomicFile.write(file, result.bytes());
        getLog().info("fixed " + path + ": " + counts);
    }
}
