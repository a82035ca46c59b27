package io.github.digestlint.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digestlint.engine.LintResult;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.source.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The baseline file: what it holds, that it reads back as written, and that a broken one is named in one line. */
class BaselineFileTest {

    private static final String POST = "_posts/2025-09-26-daily-papers.md";

    @TempDir
    Path blog;

    @Test
    void holdsOneSortedEntryPerFindingWithItsFormatVersion() throws Exception {
        write(POST, "---\ntitle: Daily Papers — 2025-09-26\"\n---\n\n## Method  \n");
        Baseline baseline = Baseline.of(List.of(finding("heading-trailing-space", 5, "heading ends with 2 spaces"),
                finding("title-quotes", 2, "title has a closing quote")), new PostLines(blog));
        Path file = blog.resolve(Baseline.DEFAULT_FILE);

        baseline.write(file);

        String fingerprintOfTitle = new FindingFingerprints().next(finding("title-quotes", 2, "any"),
                "title: Daily Papers — 2025-09-26\"");
        String fingerprintOfHeading = new FindingFingerprints().next(finding("heading-trailing-space", 7, "any"),
                "## Method");
        assertThat(Files.readString(file)).isEqualTo("""
                {
                  "formatVersion" : 1,
                  "findings" : [ {
                    "path" : "_posts/2025-09-26-daily-papers.md",
                    "line" : 2,
                    "rule" : "title-quotes",
                    "message" : "title has a closing quote",
                    "fingerprint" : "%s"
                  }, {
                    "path" : "_posts/2025-09-26-daily-papers.md",
                    "line" : 5,
                    "rule" : "heading-trailing-space",
                    "message" : "heading ends with 2 spaces",
                    "fingerprint" : "%s"
                  } ]
                }
                """.formatted(fingerprintOfTitle, fingerprintOfHeading));
        assertThat(Baseline.read(file).entries()).isEqualTo(baseline.entries());
    }

    @Test
    void aBlogWithoutFindingsHasAnEmptyBaseline() throws Exception {
        Path file = blog.resolve("nested/baseline.json");

        Baseline.of(List.of(), new PostLines(blog)).write(file);

        assertThat(Files.readString(file)).isEqualTo("{\n  \"formatVersion\" : 1,\n  \"findings\" : [ ]\n}\n");
        assertThat(Baseline.read(file).entries()).isEmpty();
    }

    @Test
    void withoutTheDefaultFileThereIsNoBaselineButAFileNamedMustExist() throws Exception {
        assertThat(Baseline.find(blog, Optional.empty())).isEmpty();

        Path named = blog.resolve("old-posts.json");
        assertThatThrownBy(() -> Baseline.find(blog, Optional.of(named)))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("The baseline " + named + " does not exist");

        Files.writeString(blog.resolve(Baseline.DEFAULT_FILE), "{\"formatVersion\": 1, \"findings\": []}");
        assertThat(Baseline.find(blog, Optional.empty())).hasValueSatisfying(
                baseline -> assertThat(baseline.entries()).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                                               | it holds no JSON object
            '[1, 2]'                                         | it holds no JSON object
            '{"formatVersion": 1, "findings": [}'            | it is not valid JSON at line 1, column 35: Unexpected close marker '}': expected ']'
            '{"formatVersion": 1, "findings": ['             | it is not valid JSON at line 1, column 35: Unexpected end-of-input: expected close marker for Array
            'formatVersion: 1'                               | it is not valid JSON at line 1, column 1: Unrecognized token 'formatVersion': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')
            '{"findings": []}'                               | it has no formatVersion
            '{"formatVersion": 2, "findings": []}'           | its formatVersion is 2, and this digest-lint reads 1; write it again with the baseline goal
            '{"formatVersion": 1}'                           | it has no findings list
            '{"formatVersion": 1, "formatVersion": 1}'       | it is not valid JSON at line 1, column 37: Duplicate field 'formatVersion'
            '{"formatVersion": 1, "findings": [3]}'          | finding 1 is not a JSON object
            '{"formatVersion": 1, "findings": [{"path": "a.md", "line": 0, "rule": "r", "message": "m", "fingerprint": "f"}]}' | finding 1 has no line number
            '{"formatVersion": 1, "findings": [{"path": "a.md", "line": 1, "rule": "r", "message": "m"}]}'                     | finding 1 has no fingerprint
            '{"formatVersion": 1, "findings": [{"path": "", "line": 1, "rule": "r", "message": "m", "fingerprint": "f"}]}'     | finding 1 has no path
            """)
    void aMalformedFileIsOneLineNamingTheFileAndTheProblem(String content, String problem) throws IOException {
        Path file = blog.resolve(Baseline.DEFAULT_FILE);
        Files.writeString(file, content);

        assertThatThrownBy(() -> Baseline.find(blog, Optional.empty()))
                .isInstanceOf(BaselineException.class)
                .hasMessage("The baseline " + file + " cannot be used: " + problem);
    }

    @Test
    void aCheckListsTenEntriesThatNoLongerOccurAndCountsTheRest() {
        List<BaselineEntry> gone = IntStream.rangeClosed(1, 12)
                .mapToObj(line -> new BaselineEntry(POST, line, "title-quotes", "message " + line, "f" + line)).toList();
        BaselineMatch match = new BaselineMatch(new LintResult(List.of(), List.of(POST), 1, 0, List.of()), List.of(),
                gone);

        List<String> messages = match.messages("b.json", "digest-lint baseline", path -> "./" + path);

        assertThat(messages).hasSize(13);
        assertThat(messages.get(0)).isEqualTo("0 findings are in the baseline b.json and not reported");
        assertThat(messages.get(1)).isEqualTo(
                "12 baselined findings no longer occur: run digest-lint baseline to drop them");
        assertThat(messages.get(2)).isEqualTo("  ./_posts/2025-09-26-daily-papers.md:1: message 1 [title-quotes]");
        assertThat(messages.get(11)).isEqualTo("  ./_posts/2025-09-26-daily-papers.md:10: message 10 [title-quotes]");
        assertThat(messages.get(12)).isEqualTo("  and 2 more");
        assertThat(new BaselineMatch(match.reported(), List.of(), List.of()).messages("b.json", "x",
                UnaryOperator.identity())).containsExactly("0 findings are in the baseline b.json and not reported");
    }

    private static Finding finding(String rule, int line, String message) {
        return new Finding(rule, Severity.WARNING, POST, new Position(line, 1), new Position(line, 2), message,
                List.of());
    }

    private void write(String path, String text) throws IOException {
        Path file = blog.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

}
