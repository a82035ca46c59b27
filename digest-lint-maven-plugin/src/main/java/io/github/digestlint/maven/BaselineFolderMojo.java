package io.github.digestlint.maven;

import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes the baseline of a blog that is not a Maven project: run by its full name in the blog's
 * folder, it writes {@code .digest-lint-baseline.json} there as {@code baseline} does, which
 * {@code check-folder} reads. It is a goal of its own because Maven runs a goal that needs no POM
 * once per build, never once per module; in a Maven project, use {@code baseline}.
 */
@Mojo(name = "baseline-folder", threadSafe = true, requiresProject = false)
public class BaselineFolderMojo extends BaselineMojo {
}
