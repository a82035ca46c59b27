package io.github.digestlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.Lint;
import io.github.digestlint.parse.ParseLimits;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.source.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each limit of docs/configuration.md at its edge: a post just within it is checked as usual, one
 * just past it gets the finding that names the limit.
 */
class LimitsTest {

    private static final String PATH = "_posts/2025-09-26-notes.md";
    private static final String FRONT_MATTER = "layout: post\ntitle: \"Notes\"\ndate: 2025-09-26 08:15:00\ntags: []\n"
            + "categories: []\n";

    private final Linter linter = new Linter(Lint.DEFAULTS);

    @TempDir
    Path blog;

    @Test
    void theLimitsAreTheDocumentedOnes() {
        assertThat(ParseLimits.DEFAULT).isEqualTo(new ParseLimits(50, 50, 1_000_000, 1_048_576));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void aPostOfUpTo1048576BytesIsChecked(int over) throws IOException {
        String post = "---\n" + FRONT_MATTER + "title: \"Again\"\n---\n";
        Path file = Files.createDirectories(blog.resolve("_posts")).resolve("2025-09-26-notes.md");
        Files.writeString(file, post + " ".repeat(1_048_576 + over - post.length()), StandardCharsets.US_ASCII);

        List<String> findings = linter.lint(blog, new PostFiles(List.of(file), Map.of(), List.of())).findings()
                .stream().map(Finding::format).toList();

        assertThat(Files.size(file)).isEqualTo(1_048_576 + over);
        assertThat(findings).containsExactly(over == 0
                ? PATH + ":7:1: error: key 'title' is given twice (also on line 3); Jekyll uses only this last"
                        + " one, so delete the one on line 3 [front-matter-keys]"
                : PATH + ":1:1: error: cannot read this file: it is larger than 1 MB (1,048,576 bytes), the most"
                        + " digest-lint reads of one post, so it is not checked [unreadable-file]");
    }

    @ParameterizedTest
    @ValueSource(ints = {50, 51})
    void aFrontMatterMayUse50AliasesToListsAndMappings(int aliases) {
        String uses = String.join(", ", Collections.nCopies(aliases, "*list"));

        assertThat(frontMatterFindings(FRONT_MATTER + "list: &list [x]\nuses: [" + uses + "]\n")).isEqualTo(
                aliases <= 50 ? List.of() : List.of(PATH + ":2:1: error: front matter cannot be read: Number of aliases"
                        + " for non-scalar nodes exceeds the specified max=50 [front-matter]"));
    }

    /** The front matter's own mapping is one of the 50; block mappings and flow lists count alike. */
    @ParameterizedTest
    @ValueSource(ints = {50, 51})
    void aValueMaySitInside50ListsAndMappings(int depth) {
        StringBuilder block = new StringBuilder(FRONT_MATTER);
        for (int level = 1; level <= depth; level++) {
            block.append("  ".repeat(level - 1)).append("k").append(level).append(":\n");
        }
        block.append("  ".repeat(depth)).append("value\n");
        String flow = FRONT_MATTER + "deep: " + "[".repeat(depth - 1) + "value" + "]".repeat(depth - 1) + "\n";
        List<String> expected = depth <= 50 ? List.of() : List.of(PATH + ":2:1: error: front matter cannot be read:"
                + " Nesting Depth exceeded max 50 [front-matter]");

        assertThat(frontMatterFindings(block.toString())).isEqualTo(expected);
        assertThat(frontMatterFindings(flow)).isEqualTo(expected);
    }

    /**
     * The YAML parser checks the length between values, so the edge is the first value that starts
     * past 1,000,000 code points; 10-code-point lines put one within a few code points of it.
     */
    @ParameterizedTest
    @ValueSource(ints = {999_990, 1_000_020})
    void aFrontMatterMayHoldAMillionCodePoints(int codePoints) {
        StringBuilder yaml = new StringBuilder(FRONT_MATTER).append("notes:\n");
        while (yaml.length() + 10 <= codePoints) {
            yaml.append("  - 00000\n");
        }
        yaml.append("\n".repeat(codePoints - yaml.length()));

        assertThat(yaml.length()).isEqualTo(codePoints);
        assertThat(frontMatterFindings(yaml.toString())).isEqualTo(codePoints <= 1_000_000 ? List.of()
                : List.of(PATH + ":2:1: error: front matter cannot be read: The incoming YAML document exceeds the"
                        + " limit: 1000000 code points. [front-matter]"));
    }

    private List<String> frontMatterFindings(String yaml) {
        return linter.lint(PATH, SourceText.of("---\n" + yaml + "---\n")).stream().map(Finding::format).toList();
    }
}
