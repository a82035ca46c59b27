package io.github.digestlint.engine;

import io.github.digestlint.rule.Diagnostic;
import io.github.digestlint.rule.Severity;
import java.util.List;

/**
 * The outcome of a run.
 *
 * @param diagnostics every finding, ordered by path, line, column and rule
 * @param posts every post that was checked, as findings name them, in order
 * @param postsParsed how many posts were parsed
 * @param postsReplayed how many posts were unchanged, their findings taken from the incremental index; the
 *     posts neither parsed nor replayed could not be read
 */
public record LintResult(List<Diagnostic> diagnostics, List<String> posts, int postsParsed, int postsReplayed) {

    public LintResult {
        diagnostics = List.copyOf(diagnostics);
        posts = List.copyOf(posts);
    }

    public int postsChecked() {
        return posts.size();
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(diagnostic -> diagnostic.severity() == severity).count();
    }

    public long postsWithFindings() {
        return diagnostics.stream().map(Diagnostic::path).distinct().count();
    }

    /** Whether any finding is at least as serious as the threshold. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return diagnostics.stream().anyMatch(diagnostic -> diagnostic.severity().isAtLeast(threshold));
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
