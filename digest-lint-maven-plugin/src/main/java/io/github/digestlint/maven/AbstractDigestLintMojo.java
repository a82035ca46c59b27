package io.github.digestlint.maven;

import io.github.digestlint.config.Configuration;
import io.github.digestlint.config.ConfigurationLoader;
import io.github.digestlint.engine.ConfigurationFile;
import io.github.digestlint.engine.PostFiles;
import io.github.digestlint.engine.PostSelection;
import io.github.digestlint.report.RepositoryRoot;
import io.github.digestlint.rule.ConfigurationException;
import io.github.digestlint.rule.Finding;
import java.io.File;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every digest-lint goal shares: the parameters that pick the posts and the configuration,
 * read once per run into the values the core is handed.
 * Bad configuration becomes a {@link MojoExecutionException} with a message a blog author can act
 * on, so Maven reports it in one line instead of a stack trace.
 */
public abstract class AbstractDigestLintMojo extends AbstractMojo {

    private static final String DEFAULT_POSTS_FOLDER = "_posts";

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

    /**
     * The folder that paths in report files and GitHub annotations are relative to. When not set,
     * the nearest folder at or above the project that holds {@code .git}, else the top-level project
     * of the build: code scanning places a finding on a pull request's lines only by a path from the
     * repository's root. The console names posts relative to the folder Maven was started in, so
     * that a terminal can open them.
     */
    @Parameter(property = "digestlint.repositoryRoot")
    private String repositoryRoot;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("digest-lint skipped");
            return;
        }
        // Parameters are checked before any post is read, so a typo fails fast whatever the posts hold.
        checkParameters();
        Configuration configuration = configuration();
        Optional<PostFiles> posts = findPosts();
        if (posts.isPresent()) {
            Reactor.checked(session);
            execute(configuration, posts.get());
        } else if (Reactor.skippedAsLast(session)) {
            throw new MojoFailureException("No module of this build has posts to check: none has "
                    + postsDirectory.getName() + " in its folder. " + howToSetPostsDirectory());
        }
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
                    getLog().error(finding.withPath(consolePath(finding.path())).format());
                }
            }
            case WARNING -> {
                if (getLog().isWarnEnabled()) {
                    getLog().warn(finding.withPath(consolePath(finding.path())).format());
                }
            }
        }
    }

    protected Path baseDirectory() {
        return baseDirectory.toPath();
    }

    /** A post's path, relative to the project as findings give it, as the console shows it. */
    protected String consolePath(String path) {
        return PostFiles.relocate(path, baseDirectory(), executionRoot());
    }

    /** The folder Maven was started in; an embedder may not say, and then the project's folder stands in. */
    private Path executionRoot() {
        String folder = session.getExecutionRootDirectory();
        return folder == null ? baseDirectory() : Path.of(folder);
    }

    /** The folder that report files and annotations name posts relative to. */
    protected Path repositoryRoot() {
        if (repositoryRoot != null && !repositoryRoot.isBlank()) {
            return executionRoot().resolve(repositoryRoot.strip()).normalize();
        }
        MavenProject topLevel = session.getTopLevelProject();
        Path fallback = topLevel != null && topLevel.getBasedir() != null ? topLevel.getBasedir().toPath()
                : baseDirectory();
        return RepositoryRoot.containing(baseDirectory()).orElse(fallback);
    }

    /** Names the module in a line that ends a run, where a build of several modules interleaves their logs. */
    protected String inModule(String line) {
        return Reactor.isReactor(session) ? project.getArtifactId() + ": " + line : line;
    }

    private Configuration configuration() throws MojoExecutionException {
        try {
            return ConfigurationFile.read(baseDirectory(), Optional.ofNullable(configFile).map(File::toPath));
        } catch (NoSuchFileException e) {
            throw new MojoExecutionException(e.getReason() + ". Point <configFile> or -Ddigestlint.configFile=..."
                    + " at it, or leave it unset to use " + ConfigurationLoader.DEFAULT_FILE + " when there is one.");
        } catch (ConfigurationException e) {
            throw new MojoExecutionException("Invalid digest-lint configuration: " + e.getMessage());
        }
    }

    /**
     * The selected posts; a pattern that matches nothing is a warning, no post at all a failure.
     * Empty for a module of a larger build that has no posts folder of its own, such as an
     * aggregator or a theme: it is skipped with a word.
     */
    private Optional<PostFiles> findPosts() throws MojoExecutionException, MojoFailureException {
        Path folder = postsDirectory.toPath();
        try {
            PostSelection selection = PostSelection.find(baseDirectory(), List.of(folder),
                    includes == null ? List.of() : includes, excludes == null ? List.of() : excludes, drafts,
                    this::consolePath, new PostSelection.Messages() {
                        @Override
                        public void info(String line) {
                            getLog().info(line);
                        }

                        @Override
                        public void warn(String line) {
                            getLog().warn(line);
                        }
                    });
            if (selection.nothingSelected().isPresent()) {
                String what = selection.nothingSelected().get();
                if (failIfNoPosts) {
                    throw new MojoFailureException(what + ". Point <postsDirectory> at the posts, or set"
                            + " -Ddigestlint.failIfNoPosts=false for a blog that has none yet.");
                }
                getLog().warn(what);
            }
            return Optional.of(selection.posts());
        } catch (NoSuchFileException e) {
            if (Reactor.isReactor(session) && folder.equals(baseDirectory().resolve(DEFAULT_POSTS_FOLDER))) {
                getLog().info("No " + DEFAULT_POSTS_FOLDER + " folder in " + project.getArtifactId()
                        + ": this module has no posts to check");
                return Optional.empty();
            }
            throw new MojoExecutionException("The posts directory " + folder + " does not exist. "
                    + howToSetPostsDirectory());
        } catch (NotDirectoryException e) {
            throw new MojoExecutionException("The posts directory " + folder + " is a file, not a directory. "
                    + howToSetPostsDirectory());
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Invalid includes or excludes: " + e.getMessage());
        }
    }

    private static String howToSetPostsDirectory() {
        return "Point <postsDirectory> in the plugin configuration, or -Ddigestlint.postsDirectory=..., "
                + "at the folder that holds your posts.";
    }
}
