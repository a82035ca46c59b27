package io.github.digestlint.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks a blog that is not a Maven project: run by its full name in the blog's folder, it checks
 * {@code _posts} there as {@code check} does, and keeps its index and reports in
 * {@code ./target/digest-lint}.
 * It is a goal of its own because Maven runs a goal that needs no POM once per build, never once
 * per module; in a Maven project, use {@code check}.
 */
@Mojo(name = "check-folder", threadSafe = true, requiresProject = false)
public class CheckFolderMojo extends CheckMojo {

    @Parameter(defaultValue = "${plugin.groupId}:${plugin.artifactId}:${plugin.version}", readonly = true,
            required = true)
    private String pluginCoordinates;

    /** Without a POM there is no {@code digest-lint:} prefix to resolve; the goal goes by its full name. */
    @Override
    String fixCommand() {
        return "mvn " + pluginCoordinates + ":fix-folder";
    }

    @Override
    String baselineCommand() {
        return "mvn " + pluginCoordinates + ":baseline-folder";
    }
}
