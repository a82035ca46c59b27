package io.github.digestlint.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.Lint;
import io.github.digestlint.config.Configuration;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rules.BuiltInRules;
import io.github.digestlint.source.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fixes the published 2025-09-07 post, whose 14 entries all lack their Alphaxiv line, and holds
 * the result to what a blogger would have written by hand: each line added after its heading,
 * with its paper's id, and nothing else touched. The title on line 3 is title-quotes' repair and
 * is left out of the comparison.
 */
class CorpusFixTest {

    private static final String PATH = "_posts/2025-09-07-daily-papers.md";
    /**
     * Rules whose repairs rightly change other lines of this post (52 heading lines end in spaces,
     * five titles hold runs of spaces); they are tested on their own, and left out here so that
     * every other change shows.
     */
    private static final Set<String> WHITESPACE_RULES = Set.of("heading-trailing-space", "title-whitespace");
    private static final Pattern ENTRY_HEADING = Pattern.compile("# \\d+\\. \\[.*]\\(https://arxiv\\.org/abs/(.+)\\)");
    private static final Pattern ALPHAXIV_LINE = Pattern.compile("> \\[Alphaxiv]\\(.*\\)");
    private static final int TITLE_LINE = 3;

    @Test
    void addsTheFourteenAlphaxivLinesAndChangesNothingElse() throws IOException {
        String original = corpusPost(PATH);
        List<String> originalLines = lines(original);

        List<String> fixedLines = lines(fix(original));

        List<String> ids = new ArrayList<>();
        List<String> withoutInserted = new ArrayList<>();
        for (int i = 0; i < fixedLines.size(); i++) {
            if (ALPHAXIV_LINE.matcher(fixedLines.get(i)).matches()) {
                Matcher heading = ENTRY_HEADING.matcher(fixedLines.get(i - 2));
                assertThat(heading.matches()).as("the line two above line %d is an entry heading", i + 1).isTrue();
                ids.add(heading.group(1));
                assertThat(fixedLines.get(i)).isEqualTo(
                        "> [Alphaxiv](https://www.alphaxiv.org/ko/overview/" + heading.group(1) + ")");
                assertThat(fixedLines.get(i - 1)).as("line %d", i).isEmpty();
                assertThat(fixedLines.get(i + 1)).as("line %d", i + 2).isEmpty();
                // The inserted block is the Alphaxiv line and the blank line after it.
                i++;
            } else {
                withoutInserted.add(fixedLines.get(i));
            }
        }

        assertThat(ids).hasSize(14).containsExactlyElementsOf(originalLines.stream()
                .map(ENTRY_HEADING::matcher).filter(Matcher::matches).map(heading -> heading.group(1)).toList());
        assertThat(withoutInserted).hasSameSizeAs(originalLines);
        for (int line = 1; line <= originalLines.size(); line++) {
            if (line != TITLE_LINE) {
                assertThat(withoutInserted.get(line - 1)).as("line %d", line).isEqualTo(originalLines.get(line - 1));
            }
        }
    }

    /**
     * The page a reader sees changes only where a repair applied: the Alphaxiv quotes are new, and
     * the runs of spaces in titles are gone (the front matter and trailing spaces on headings do
     * not show in the HTML at all).
     */
    @ParameterizedTest
    @ValueSource(strings = {"2025-09-07", "2025-09-26", "2025-10-08", "2025-12-17", "2025-12-22"})
    void changesTheRenderedPageOnlyWhereARepairApplied(String day) throws IOException {
        String path = "_posts/" + day + "-daily-papers.md";
        String original = corpusPost(path);

        FixResult result = new Fixer(new Linter(Lint.DEFAULTS)).fix(path, SourceText.of(original));

        assertThat(result.remaining()).noneMatch(Finding::isFixable);
        assertThat(readerView(result.fixed())).isEqualTo(readerView(original));
    }

    /** What fix says it repaired, rule by rule, is what check listed as repairable. */
    @ParameterizedTest
    @ValueSource(strings = {"2025-09-07", "2025-09-26", "2025-10-08", "2025-12-17", "2025-12-22"})
    void countsItsRepairsAsCheckCountedTheFindings(String day) throws IOException {
        String path = "_posts/" + day + "-daily-papers.md";
        Linter linter = new Linter(Lint.DEFAULTS);
        SourceText post = SourceText.of(corpusPost(path));

        Map<String, Integer> listed = new TreeMap<>();
        linter.lint(path, post).stream().filter(Finding::isFixable)
                .forEach(finding -> listed.merge(finding.ruleId(), 1, Integer::sum));

        assertThat(new Fixer(linter).fix(path, post).fixesByRule()).isEqualTo(listed);
    }

    /** The rendered page without Alphaxiv quotes and with runs of spaces as one. */
    private static String readerView(String post) {
        return html(post).replaceAll("<blockquote>\\n<p><a href=\"https://www\\.alphaxiv\\.org/ko/overview/[^\"]+\">"
                + "Alphaxiv</a></p>\\n</blockquote>\\n", "").replaceAll(" {2,}", " ");
    }

    private static String html(String post) {
        Parser parser = Parser.builder().build();
        String body = post.substring(post.indexOf("\n---", 3) + 4);
        return HtmlRenderer.builder().build().render(parser.parse(body));
    }

    /**
     * The post's lines. It breaks lines with LF only, so the lines hold every other character and
     * comparing them compares the whole text.
     */
    private static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }

    private static String fix(String post) {
        Configuration configuration = Configuration.defaults(BuiltInRules.all().stream()
                .filter(rule -> !WHITESPACE_RULES.contains(rule.metadata().id())).toList());
        return new Fixer(new Linter(configuration)).fix(PATH, SourceText.of(post)).fixed();
    }

    private static String corpusPost(String path) throws IOException {
        try (InputStream in = CorpusFixTest.class.getResourceAsStream("/corpus/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
