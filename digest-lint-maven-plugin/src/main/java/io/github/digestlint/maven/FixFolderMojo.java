package io.github.digestlint.maven;

import org.apache.maven.plugins.annotations.Mojo;

/**
 * Repairs a blog that is not a Maven project: run by its full name in the blog's folder, it
 * repairs the posts in {@code _posts} there as {@code fix} does. It is a goal of its own because Maven runs a goal that
 * needs no POM once per build, never once per module; in a Maven project, use {@code fix}.
 */
@Mojo(name = "fix-folder", threadSafe = true, requiresProject = false)
public class FixFolderMojo extends FixMojo {
}
