package io.github.digestlint.fix;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import io.github.digestlint.HostilePosts;
import io.github.digestlint.Lint;
import io.github.digestlint.Seeded.Drawn;
import io.github.digestlint.Seeded;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.source.SourceText;
import io.github.digestlint.source.Span;
import io.github.digestlint.source.TextEdit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInfo;

/**
 * Properties of {@code fix} over the published posts with the mistakes models make mixed in:
 * run-on spaces, trailing spaces, dropped Alphaxiv lines, non-canonical links, wrong numbers,
 * stray quotes, CRLF line endings, model tokens the browser hides, Liquid, kramdown math; and over
 * the same posts with hostile changes ({@link HostilePosts#mutated}).
 */
class FixPropertiesTest {

    /** A post and the path it is checked under. */
    record Sample(String path, String text) {
        Sample with(String changed) {
            return new Sample(path, changed);
        }

        @Override
        public String toString() {
            return path + ":\n" + text;
        }
    }

    private static final List<Sample> POSTS = corpus();

    private final Linter linter = new Linter(Lint.DEFAULTS);
    private final Fixer fixer = new Fixer(linter);

    @TestFactory
    Stream<DynamicTest> fixingTwiceChangesNothingTheSecondTime(TestInfo test) {
        return Seeded.forAll(test, 300, FixPropertiesTest::brokenPost, post -> {
            String once = fixer.fix(post.path(), SourceText.of(post.text())).fixed();

            assertThat(fixer.fix(post.path(), SourceText.of(once)).fixed()).isEqualTo(once);
        });
    }

    @TestFactory
    Stream<DynamicTest> leavesNoFindingThatCouldBeFixed(TestInfo test) {
        return Seeded.forAll(test, 300, FixPropertiesTest::brokenPost, post -> {
            FixResult result = fixer.fix(post.path(), SourceText.of(post.text()));

            assertThat(result.remaining()).noneMatch(Finding::isFixable);
        });
    }

    /**
     * Line for line: every line that {@code fix} changes or removes has a repairable finding, and
     * where it writes more lines than it replaces, the extra ones are Alphaxiv lines or blank.
     */
    @TestFactory
    Stream<DynamicTest> changesOnlyLinesWithARepairableFindingAndInsertsOnlyAlphaxivLines(TestInfo test) {
        return Seeded.forAll(test, 300, FixPropertiesTest::brokenPost, post -> {
            Set<Integer> repairable = linter.lint(post.path(), SourceText.of(post.text())).stream()
                    .filter(Finding::isFixable).map(finding -> finding.start().line())
                    .collect(Collectors.toSet());
            List<String> before = post.text().lines().toList();
            List<String> after = fixer.fix(post.path(), SourceText.of(post.text())).fixed().lines().toList();

            for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
                int firstLine = delta.getSource().getPosition() + 1;
                for (int line = firstLine; line < firstLine + delta.getSource().size(); line++) {
                    assertThat(repairable).as("line %d changed: %s", line, before.get(line - 1)).contains(line);
                }
                List<String> written = delta.getTarget().getLines().stream()
                        .filter(line -> !line.isBlank() && !line.startsWith("> [Alphaxiv](")).toList();
                assertThat(written).as("lines written for the %d at line %d", delta.getSource().size(), firstLine)
                        .hasSizeLessThanOrEqualTo(delta.getSource().size());
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> keepsCrlfLineEndings(TestInfo test) {
        return Seeded.forAll(test, 100, FixPropertiesTest::brokenPost, post -> {
            String crlf = post.text().replace("\n", "\r\n");

            String fixed = fixer.fix(post.path(), SourceText.of(crlf)).fixed();

            assertThat(fixed.replace("\r\n", "")).doesNotContain("\n");
        });
    }

    /**
     * Hostile changes too: random bytes, truncation, flipped quotes and brackets, mixed line
     * endings. The second run reads the file as the first left it: a post that is not UTF-8 text
     * is not written, so it is read as the same bytes again.
     */
    @TestFactory
    Stream<DynamicTest> fixingAHostilePostTwiceChangesNothingTheSecondTime(TestInfo test) {
        return Seeded.forAll(test, 1000, HostilePosts::mutated, post -> {
            FixResult once = fixer.fix(post.path(), SourceText.decode(post.bytes()));
            byte[] written = once.changed() ? once.bytes() : post.bytes();

            assertThat(fixer.fix(post.path(), SourceText.decode(written)).changed()).isFalse();
        });
    }

    /**
     * Char for char: the fixed post is the text outside the spans that the post's fixable findings
     * repair, unchanged and in order, with only repairs between its pieces. It starts with the first
     * piece and ends with the last; the pieces between are found in order after the first, and end
     * before the last begins.
     *
     * <p>A front matter that a title quote breaks is not YAML, so check shows none of its other
     * findings; fix repairs the quote, then what the front matter's rules find once it parses (such
     * as a key given twice). All of such a block counts as repaired.
     */
    @TestFactory
    Stream<DynamicTest> changesNoCharOutsideTheRepairedSpans(TestInfo test) {
        return Seeded.forAll(test, 1000, HostilePosts::mutated, post -> {
            SourceText source = SourceText.decode(post.bytes());
            List<Span> repaired = new ArrayList<>(linter.lint(post.path(), source).stream()
                    .flatMap(finding -> finding.fix().stream()).map(TextEdit::span).toList());
            linter.parse(post.path(), source).frontMatter().filter(block -> block.problem().isPresent())
                    .ifPresent(block -> repaired.add(block.content()));
            repaired.sort(Comparator.comparingInt(Span::start));
            String text = source.text();
            List<String> kept = new ArrayList<>();
            int copied = 0;
            for (Span span : repaired) {
                kept.add(text.substring(copied, Math.max(copied, span.start())));
                copied = Math.max(copied, span.end());
            }
            kept.add(text.substring(copied));

            String fixed = fixer.fix(post.path(), source).fixed();

            if (repaired.isEmpty()) {
                assertThat(fixed).isEqualTo(text);
                return;
            }
            String first = kept.get(0);
            String last = kept.get(kept.size() - 1);
            assertThat(fixed).startsWith(first).endsWith(last);
            int at = first.length();
            for (String piece : kept.subList(1, kept.size() - 1)) {
                int found = fixed.indexOf(piece, at);
                assertThat(found).as("unchanged text %s after offset %d", piece, at).isNotNegative();
                at = found + piece.length();
            }
            assertThat(fixed.length() - last.length()).as("where the unchanged end %s starts", last)
                    .isGreaterThanOrEqualTo(at);
        });
    }

    /** One of the published posts with up to six of the mistakes models make. */
    private static Drawn<Mistake, Sample> brokenPost(SplittableRandom random) {
        Sample post = Seeded.pick(random, POSTS);
        List<Mistake> mistakes = Seeded.listOf(random, 0, 6,
                () -> new Mistake(Seeded.pick(random, MUTATIONS), random.nextInt(10_001)));
        return new Drawn<>(mistakes, chosen -> {
            String text = post.text();
            for (Mistake mistake : chosen) {
                text = mistake.mutation().apply(text, mistake.place());
            }
            return post.with(text);
        }, Mistake::simpler);
    }

    /** A mutation made at the place a number picks among the lines it applies to. */
    record Mistake(Mutation mutation, int place) {

        List<Mistake> simpler() {
            return place > 0 ? List.of(new Mistake(mutation, place / 2)) : List.of();
        }
    }

    /** A mistake a model makes, on one of the lines that start with a prefix, chosen by a number. */
    record Mutation(String name, String linePrefix, UnaryOperator<String> change) {

        @Override
        public String toString() {
            return name;
        }

        String apply(String post, int place) {
            List<String> lines = new ArrayList<>(List.of(post.split("\n", -1)));
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(linePrefix)) {
                    candidates.add(i);
                }
            }
            if (candidates.isEmpty()) {
                return post;
            }
            int index = candidates.get(place % candidates.size());
            lines.set(index, change.apply(lines.get(index)));
            return String.join("\n", lines);
        }
    }

    private static final List<Mutation> MUTATIONS = List.of(
            new Mutation("run-on spaces", "# ", line -> line.replaceFirst(" ", "   ")),
            new Mutation("trailing spaces", "## ", line -> line + "  "),
            new Mutation("dropped Alphaxiv line", "> [Alphaxiv]", line -> ""),
            new Mutation("PDF link", "# ", line -> line.replace("https://arxiv.org/abs/", "http://www.arxiv.org/pdf/")),
            new Mutation("versioned link", "# ", line -> line.replaceFirst("\\)$", "v2)")),
            new Mutation("wrong number", "# ", line -> line.replaceFirst("^# \\d+\\.", "# 99.")),
            new Mutation("stray quote", "title:", line -> line.replace("title: \"", "title: ")),
            new Mutation("English Alphaxiv", "> [Alphaxiv]", line -> line.replace("/ko/", "/en/")),
            new Mutation("model token", "- ", line -> line + " <Plan>과 <Step> 토큰을 낸다."),
            new Mutation("token around a title's first words", "# ", line -> line.replaceFirst("\\[", "[<think>")
                    .replaceFirst(": ", "</think>: ")),
            new Mutation("prompt placeholder", "- ", line -> line + " 프롬프트는 {{ question }}이다."),
            new Mutation("unclosed Liquid loop", "- ", line -> line + " {% for x in xs %}"),
            new Mutation("Jinja tag", "## ", line -> line + " {% set x = 1 %}"),
            new Mutation("kramdown math", "- ", line -> line + " 비용은 $$5에서 $$10이다."));

    private static List<Sample> corpus() {
        try (Stream<Path> files = Files.list(Path.of(FixPropertiesTest.class.getResource("/corpus/_posts").toURI()))) {
            return files.sorted().map(FixPropertiesTest::read).toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Sample read(Path file) {
        try {
            return new Sample("_posts/" + file.getFileName(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
