package io.github.digestlint.baseline;

import io.github.digestlint.parse.ParseLimits;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.source.SourceText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The posts that findings point at, read from a folder as findings name them. Findings come sorted
 * by post, so only the post at hand is kept in memory, however large the blog. A post given as a
 * stand-in, such as one read from standard input, is taken as given rather than read.
 */
public final class PostLines {

    private final Path baseDirectory;
    private final Map<String, SourceText> standIns;
    private String currentPath;
    private Optional<SourceText> current = Optional.empty();

    /** @param baseDirectory the folder that finding paths are relative to */
    public PostLines(Path baseDirectory) {
        this(baseDirectory, Map.of());
    }

    /** @param standIns the text of posts, by their path as findings name them */
    public PostLines(Path baseDirectory, Map<String, SourceText> standIns) {
        this.baseDirectory = baseDirectory;
        this.standIns = Map.copyOf(standIns);
    }

    /**
     * The post at this path; empty when it cannot be read: the check reported it as unreadable or too
     * large already.
     */
    public Optional<SourceText> source(String path) {
        if (!Objects.equals(path, currentPath)) {
            currentPath = path;
            current = standIns.containsKey(path) ? Optional.of(standIns.get(path)) : read(baseDirectory.resolve(path));
        }
        return current;
    }

    /**
     * The text of the line the finding starts on; empty when the post cannot be read or no longer has
     * that line.
     */
    public String lineText(Finding finding) {
        int line = finding.start().line();
        return source(finding.path()).filter(source -> line <= source.lineCount()).map(source -> source.line(line))
                .orElse("");
    }

    private static Optional<SourceText> read(Path file) {
        try {
            return Optional.of(SourceText.read(file, ParseLimits.DEFAULT.maxPostBytes()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
