package io.github.digestlint.cli;

import io.github.digestlint.config.Configuration;
import io.github.digestlint.config.ConfigurationLoader;
import io.github.digestlint.engine.ConfigurationFile;
import io.github.digestlint.engine.PostFiles;
import io.github.digestlint.engine.PostSelection;
import io.github.digestlint.rule.ConfigurationException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options {@code check} and {@code fix} share, named after the Maven plugin's parameters, with
 * their defaults; the blog is the current folder, as for the plugin's {@code check-folder}.
 */
final class BlogOptions {

    static final Path BLOG = Path.of("");

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "The folders that hold the posts (postsDirectory). Default: _posts.")
    List<Path> postsDirectories = new ArrayList<>();

    @Option(names = "--includes", split = ",", paramLabel = "PATTERN",
            description = "Patterns, relative to the posts folder, of the files to check; comma-separated or"
                    + " repeated. Default: the files Jekyll renders as posts (.markdown, .mkdown, .mkdn, .mkd, .md,"
                    + " in any case, in any subfolder).")
    List<String> includes = new ArrayList<>();

    @Option(names = "--excludes", split = ",", paramLabel = "PATTERN",
            description = "Patterns, relative to the posts folder, of files to leave out even if included.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--drafts", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Checks the drafts in _drafts too, when that folder exists (--no-drafts: not). Default: on.")
    boolean drafts;

    @Option(names = "--fail-if-no-posts", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Stops with exit code 2 when the folders and patterns select no post"
                    + " (--no-fail-if-no-posts: a warning). Default: on.")
    boolean failIfNoPosts;

    @Option(names = "--config-file", paramLabel = "FILE",
            description = "The configuration file, which must exist. Default: .digest-lint.yml in the current"
                    + " folder when it exists.")
    Path configFile;

    @Option(names = "--stdin", description = "Reads the post from standard input instead of its file.")
    boolean stdin;

    @Option(names = "--stdin-filename", paramLabel = "FILE",
            description = "With --stdin, the file the post is to be, as in _posts/YYYY-MM-DD-title.md: its"
                    + " name and folder matter to the rules.")
    Path stdinFilename;

    List<Path> folders() {
        return postsDirectories.isEmpty() ? List.of(Path.of("_posts")) : postsDirectories;
    }

    /** The post read from standard input, as findings will name it. */
    Optional<Path> standInFile() {
        if (stdinFilename != null && !stdin) {
            throw new ExitCodes.Stop(ExitCodes.USAGE, "--stdin-filename names the post read with --stdin; add --stdin");
        }
        if (stdin && stdinFilename == null) {
            throw new ExitCodes.Stop(ExitCodes.USAGE, "--stdin needs --stdin-filename, the file the post is to be,"
                    + " such as _posts/YYYY-MM-DD-title.md");
        }
        return Optional.ofNullable(stdinFilename);
    }

    Configuration configuration() {
        try {
            return ConfigurationFile.read(BLOG.toAbsolutePath(), Optional.ofNullable(configFile));
        } catch (NoSuchFileException e) {
            throw new ExitCodes.Stop(ExitCodes.USAGE, e.getReason() + "; point --config-file at it, or leave it out"
                    + " to use " + ConfigurationLoader.DEFAULT_FILE + " when there is one");
        } catch (ConfigurationException e) {
            throw new ExitCodes.Stop(ExitCodes.USAGE, "Invalid digest-lint configuration: " + e.getMessage());
        }
    }

    /**
     * The selected posts. A pattern that matches nothing is a warning; no post at all stops the run,
     * unless there is a post on standard input or {@code --no-fail-if-no-posts} says it may be so.
     */
    PostFiles posts(PrintStream err, boolean postOnStdin) {
        try {
            List<Path> folders = folders();
            PostSelection selection = PostSelection.find(BLOG.toAbsolutePath(), folders, includes, excludes, drafts,
                    UnaryOperator.identity(), new PostSelection.Messages() {
                        @Override
                        public void info(String line) {
                            err.println(line);
                        }

                        @Override
                        public void warn(String line) {
                            err.println("warning: " + line);
                        }
                    });
            if (selection.nothingSelected().isPresent() && !postOnStdin) {
                String what = selection.nothingSelected().get();
                if (failIfNoPosts) {
                    throw new ExitCodes.Stop(ExitCodes.USAGE, what + "; name the posts folder, or add"
                            + " --no-fail-if-no-posts for a blog that has none yet");
                }
                err.println("warning: " + what);
            }
            return selection.posts();
        } catch (NoSuchFileException e) {
            throw new ExitCodes.Stop(ExitCodes.USAGE, "The posts folder " + e.getFile() + " does not exist; run"
                    + " digest-lint in the blog's folder, or name the folder that holds the posts");
        } catch (NotDirectoryException e) {
            throw new ExitCodes.Stop(ExitCodes.USAGE, "The posts folder " + e.getFile() + " is a file, not a folder;"
                    + " name the folder that holds the posts");
        } catch (IOException e) {
            throw new ExitCodes.Stop(ExitCodes.FAILURE, e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ExitCodes.Stop(ExitCodes.USAGE, "Invalid includes or excludes: " + e.getMessage());
        }
    }
}
