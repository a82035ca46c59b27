package io.github.digestlint.maven;

import io.github.digestlint.config.Configuration;
import io.github.digestlint.config.ConfigurationLoader;
import io.github.digestlint.engine.PostFiles;
import io.github.digestlint.model.Post;
import io.github.digestlint.rule.ConfigurationException;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rules.BuiltInRules;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every digest-lint goal shares: the parameters that pick the posts and the configuration,
 * read once per run into the values the core is handed.
 * Bad configuration becomes a {@link MojoExecutionException} with a message a blog author can act
 * on, so Maven reports it in one line instead of a stack trace.
 */
public abstract class AbstractDigestLintMojo extends AbstractMojo {

    /** Skips the goal, for example while drafting posts. */
    @Parameter(property = "digestlint.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The folder that holds the posts: Jekyll's {@code _posts} beside the POM, or in the current folder
     * when the goal runs without one.
     */
    @Parameter(property = "digestlint.postsDirectory", defaultValue = "${basedir}/_posts")
    private File postsDirectory;

    /**
     * Patterns, relative to the posts folder, of the files to check. When empty, the files Jekyll
     * renders as posts: its default {@code markdown_ext} ({@code .markdown}, {@code .mkdown},
     * {@code .mkdn}, {@code .mkd}, {@code .md}), in any case, in any subfolder.
     */
    @Parameter(property = "digestlint.includes")
    private List<String> includes;

    /** Patterns, relative to the posts folder, of files to leave out even if included. */
    @Parameter(property = "digestlint.excludes")
    private List<String> excludes;

    /**
     * Checks the drafts too, in {@code _drafts} beside the POM, when that folder exists: Jekyll
     * publishes them with {@code --drafts}, and a draft is where a broken post is cheapest to fix.
     */
    @Parameter(property = "digestlint.drafts", defaultValue = "true")
    private boolean drafts;

    /**
     * Fails the build when the folder and patterns select no post, which almost always means the
     * wrong folder or a mistyped pattern. Set it to {@code false} for a blog that may have none yet.
     */
    @Parameter(property = "digestlint.failIfNoPosts", defaultValue = "true")
    private boolean failIfNoPosts;

    /**
     * The configuration file. When not set, {@code .digest-lint.yml} beside the POM (or in the current
     * folder when the goal runs without one) is read if it exists; when set, the file must exist.
     */
    @Parameter(property = "digestlint.configFile")
    private File configFile;

    /**
     * Findings name posts relative to this folder, so they read the same on every machine. It is
     * {@code ${basedir}} rather than {@code ${project.basedir}} because only the former falls back
     * to the current folder when the goal runs without a POM.
     */
    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    private File baseDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("digest-lint skipped");
            return;
        }
        // Parameters are checked before any post is read, so a typo fails fast whatever the posts hold.
        checkParameters();
        Configuration configuration = configuration();
        execute(configuration, findPosts());
    }

    /** Checks the goal's own parameters; the ones all goals share are checked already. */
    protected void checkParameters() throws MojoExecutionException {
    }

    /**
     * Does the goal's work.
     *
     * @param configuration the rules and digest kinds to check with
     * @param posts the selected posts
     */
    protected abstract void execute(Configuration configuration, PostFiles posts)
            throws MojoExecutionException, MojoFailureException;

    /**
     * One log line per finding; Maven's level mirrors the severity, so CI log viewers highlight errors.
     * A line that {@code -q} hides is not formatted: a large blog has hundreds of thousands.
     */
    protected void log(Finding finding) {
        switch (finding.severity()) {
            case ERROR -> {
                if (getLog().isErrorEnabled()) {
                    getLog().error(finding.format());
                }
            }
            case WARNING -> {
                if (getLog().isWarnEnabled()) {
                    getLog().warn(finding.format());
                }
            }
        }
    }

    protected Path baseDirectory() {
        return baseDirectory.toPath();
    }

    /** The configuration file to read; empty when there is none and none was asked for. */
    private Optional<Path> configurationFile() {
        Path file = configFile != null ? configFile.toPath()
                : baseDirectory().resolve(ConfigurationLoader.DEFAULT_FILE);
        return configFile == null && !Files.exists(file) ? Optional.empty() : Optional.of(file);
    }

    private Configuration configuration() throws MojoExecutionException {
        Optional<Path> found = configurationFile();
        if (found.isEmpty()) {
            return Configuration.defaults(BuiltInRules.all());
        }
        Path file = found.get();
        if (!Files.isRegularFile(file)) {
            throw new MojoExecutionException("The configuration file " + file + " does not exist. Point"
                    + " <configFile> or -Ddigestlint.configFile=... at it, or leave it unset to use "
                    + ConfigurationLoader.DEFAULT_FILE + " when there is one.");
        }
        try {
            return ConfigurationLoader.load(file, PostFiles.displayPath(baseDirectory(), file), BuiltInRules.all());
        } catch (ConfigurationException e) {
            throw new MojoExecutionException("Invalid digest-lint configuration: " + e.getMessage());
        }
    }

    /** The selected posts; a pattern that matches nothing is a warning, no post at all a failure. */
    private PostFiles findPosts() throws MojoExecutionException, MojoFailureException {
        Path folder = postsDirectory.toPath();
        List<String> included = includes == null ? List.of() : includes;
        List<String> excluded = excludes == null ? List.of() : excludes;
        Path listing = folder;
        try {
            PostFiles posts = PostFiles.find(folder, included, excluded);
            String searched = folder.toString();
            Path draftsFolder = baseDirectory().resolve(Post.DRAFTS);
            if (Files.isDirectory(draftsFolder)) {
                if (drafts) {
                    listing = draftsFolder;
                    PostFiles draftFiles = PostFiles.find(draftsFolder, included, excluded);
                    getLog().info("Checking " + draftFiles.count() + (draftFiles.count() == 1 ? " draft" : " drafts")
                            + " in " + draftsFolder + " too");
                    posts = posts.plus(draftFiles);
                    searched += " or " + draftsFolder;
                } else {
                    getLog().info("The drafts in " + draftsFolder + " are not checked (drafts=false)");
                }
            }
            for (String pattern : posts.unmatched()) {
                getLog().warn("The pattern '" + pattern + "' matches no file in " + searched
                        + "; check it for a typo");
            }
            if (posts.count() == 0) {
                String what = "No post to check: " + searched + " holds no file that matches "
                        + (included.isEmpty() ? String.join(", ", PostFiles.JEKYLL_MARKDOWN) + " (Jekyll's Markdown"
                                + " extensions, in any case)" : String.join(", ", included))
                        + (excluded.isEmpty() ? "" : " and not " + String.join(", ", excluded));
                if (failIfNoPosts) {
                    throw new MojoFailureException(what + ". Point <postsDirectory> at the posts, or set"
                            + " -Ddigestlint.failIfNoPosts=false for a blog that has none yet.");
                }
                getLog().warn(what);
            }
            return posts;
        } catch (NoSuchFileException e) {
            throw new MojoExecutionException("The posts directory " + folder + " does not exist. "
                    + howToSetPostsDirectory());
        } catch (NotDirectoryException e) {
            throw new MojoExecutionException("The posts directory " + folder + " is a file, not a directory. "
                    + howToSetPostsDirectory());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot list the posts in " + listing + ": " + e, e);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid includes or excludes: " + e.getMessage());
        }
    }

    private static String howToSetPostsDirectory() {
        return "Point <postsDirectory> in the plugin configuration, or -Ddigestlint.postsDirectory=..., "
                + "at the folder that holds your posts.";
    }
}
