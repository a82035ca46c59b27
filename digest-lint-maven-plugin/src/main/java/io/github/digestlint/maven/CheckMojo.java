package io.github.digestlint.maven;

import io.github.digestlint.config.Configuration;
import io.github.digestlint.engine.LintResult;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.engine.PostFiles;
import io.github.digestlint.rule.Diagnostic;
import io.github.digestlint.rule.Severity;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks the posts and fails the build on findings at or above {@code failOnSeverity}. Runs
 * without a POM too, so a blog that is not a Maven project can still be checked from the command
 * line.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractDigestLintMojo {

    @Override
    protected void execute(Configuration configuration, PostFiles posts, Optional<Severity> failureThreshold)
            throws MojoFailureException {
        LintResult result = new Linter(configuration).lint(baseDirectory(), posts);
        result.diagnostics().forEach(this::log);
        getLog().info(result.summary());
        long fixable = result.diagnostics().stream().filter(Diagnostic::isFixable).count();
        if (fixable > 0) {
            getLog().info(fixable + " of these can be repaired automatically: run mvn digest-lint:fix");
        }
        if (failureThreshold.isPresent() && result.hasFindingsAtLeast(failureThreshold.get())) {
            throw new MojoFailureException("digest-lint found " + result.summary());
        }
    }
}
