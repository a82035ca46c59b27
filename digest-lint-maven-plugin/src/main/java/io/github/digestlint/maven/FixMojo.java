package io.github.digestlint.maven;

import io.github.digestlint.config.Configuration;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.engine.PostFiles;
import io.github.digestlint.fix.FixResult;
import io.github.digestlint.fix.Fixer;
import io.github.digestlint.fix.UnifiedDiff;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.source.AtomicFile;
import io.github.digestlint.source.SourceText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Repairs what can be repaired safely, touching nothing else, and reports what remains. It never
 * fails the build on findings; {@code check} does that.
 */
@Mojo(name = "fix", threadSafe = true, requiresProject = false)
public class FixMojo extends AbstractDigestLintMojo {

    /** Prints each repair as a unified diff and writes nothing. */
    @Parameter(property = "digestlint.dryRun", defaultValue = "false")
    private boolean dryRun;

    @Override
    protected void execute(Configuration configuration, PostFiles posts, Optional<Severity> failureThreshold)
            throws MojoExecutionException {
        Fixer fixer = new Fixer(new Linter(configuration));
        int fixes = 0;
        int changedPosts = 0;
        long remaining = 0;
        List<String> unwritten = new ArrayList<>();
        posts.unreadable().forEach((file, reason) -> getLog().error(PostFiles.displayPath(baseDirectory(), file)
                + ": cannot read this file: " + reason));
        for (Path file : posts.files()) {
            String path = PostFiles.displayPath(baseDirectory(), file);
            SourceText source;
            try {
                source = SourceText.read(file, configuration.limits().maxPostBytes());
            } catch (IOException e) {
                getLog().error(path + ": cannot read this file: " + PostFiles.describe(e));
                continue;
            }
            FixResult result = fixer.fix(path, source);
            result.refused().ifPresent(reason -> getLog().warn(path + ": left untouched because " + reason));
            if (result.changed()) {
                try {
                    apply(file, path, result);
                    changedPosts++;
                    fixes += result.fixesByRule().values().stream().mapToInt(Integer::intValue).sum();
                } catch (IOException e) {
                    // The other posts are still repaired; the build fails at the end.
                    unwritten.add(path + " (" + PostFiles.describe(e) + ")");
                    getLog().error(path + ": cannot write the repaired post: " + PostFiles.describe(e));
                }
            }
            result.remaining().forEach(this::log);
            remaining += result.remaining().size();
        }
        getLog().info((dryRun ? "would fix " : "fixed ") + fixes + " findings in " + changedPosts + " of "
                + posts.files().size() + " posts; " + remaining + " findings remain");
        if (!unwritten.isEmpty()) {
            throw new MojoExecutionException("Cannot write the repaired posts " + String.join(", ", unwritten));
        }
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
