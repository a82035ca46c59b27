package io.github.digestlint.engine;

import io.github.digestlint.config.Configuration;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.Severity;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The outcome of a run.
 *
 * @param findings every finding, ordered by path, line, column and rule
 * @param posts every post that was checked, as findings name them, in order
 * @param postsParsed how many posts were parsed
 * @param postsReplayed how many posts were unchanged, their findings taken from the incremental index; the
 *     posts neither parsed nor replayed could not be read
 * @param kinds the names of the digest kinds that selected at least one post, in order
 */
public record LintResult(List<Finding> findings, List<String> posts, int postsParsed, int postsReplayed,
        List<String> kinds) {

    public LintResult {
        findings = List.copyOf(findings);
        posts = List.copyOf(posts);
        kinds = List.copyOf(kinds);
    }

    /**
     * The same outcome with every path relative to another folder: to the repository's root, for
     * reports that code review tools place on a pull request's lines.
     *
     * @param baseDir the folder that the paths are relative to now
     * @param folder the folder they are to be relative to
     */
    public LintResult withPathsRelativeTo(Path baseDir, Path folder) {
        // The usual case, a blog at its repository's root: a large blog's hundreds of thousands of
        // findings need no copy.
        if (baseDir.toAbsolutePath().normalize().equals(folder.toAbsolutePath().normalize())) {
            return this;
        }
        // Each post's path once, not once per finding on it.
        Map<String, String> relocated = new HashMap<>();
        UnaryOperator<String> relocate = path -> relocated.computeIfAbsent(path,
                known -> PostFiles.relocate(known, baseDir, folder));
        return new LintResult(findings.stream().map(finding -> finding.withPath(relocate.apply(finding.path())))
                .sorted().toList(), posts.stream().map(relocate).toList(), postsParsed, postsReplayed, kinds);
    }

    /**
     * A warning for each digest kind of the configuration that selected no post: it checks nothing,
     * most likely because its patterns do not fit the blog. A run without posts has said so already.
     */
    public List<String> kindsWithoutPosts(Configuration configuration) {
        if (posts.isEmpty()) {
            return List.of();
        }
        return configuration.kinds().stream().filter(kind -> !kinds.contains(kind.name()))
                .map(kind -> "The digest kind '" + kind.name() + "' selects no post: no path matches "
                        + quotedOrNone(kind.pathGlob()) + " and no title matches " + quotedOrNone(kind.titleGlob())
                        + ", so no post is checked as such a digest")
                .toList();
    }

    private static String quotedOrNone(Optional<?> pattern) {
        return pattern.map(value -> "'" + value + "'").orElse("(none given)");
    }

    public int postsChecked() {
        return posts.size();
    }

    public long count(Severity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).count();
    }

    public long postsWithFindings() {
        return findings.stream().map(Finding::path).distinct().count();
    }

    /** Whether any finding is at least as serious as the threshold. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return findings.stream().anyMatch(finding -> finding.severity().isAtLeast(threshold));
    }

    /** One line for the end of a run: {@code 15 errors and 3 warnings in 2 of 5 posts}. */
    public String summary() {
        return plural(count(Severity.ERROR), "error") + " and " + plural(count(Severity.WARNING), "warning") + " in "
                + postsWithFindings() + " of " + plural(postsChecked(), "post");
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
