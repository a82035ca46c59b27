package io.github.digestlint.report;

import io.github.digestlint.baseline.PostLines;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.source.SourceText;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the lines that findings point at from the posts under the report's base folder. Findings
 * come sorted by post, so only the post at hand is kept in memory, however large the blog.
 */
final class PostSources {

    private final PostLines posts;

    PostSources(Path baseDirectory) {
        this.posts = new PostLines(baseDirectory);
    }

    /**
     * The line the finding starts on; empty when the post cannot be read, or no longer has that
     * line because it changed after the check.
     */
    Optional<SourceLine> lineOf(Finding finding) {
        return posts.source(finding.path())
                .filter(source -> finding.start().line() <= source.lineCount())
                .map(source -> line(source, finding));
    }

    private static SourceLine line(SourceText source, Finding finding) {
        int line = finding.start().line();
        int lineStart = source.lineStart(line);
        String text = source.line(line);
        // Columns count code points and are 1-based; offset() takes 0-based ones and clamps them to the line.
        int markStart = source.offset(line, finding.start().column() - 1) - lineStart;
        int markEnd = finding.end().line() == line
                ? source.offset(line, finding.end().column() - 1) - lineStart
                : text.length();
        return new SourceLine(text, markStart, Math.max(markStart, markEnd));
    }
}
