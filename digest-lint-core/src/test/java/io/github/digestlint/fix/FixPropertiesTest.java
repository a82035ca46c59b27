package io.github.digestlint.fix;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import io.github.digestlint.HostilePosts;
import io.github.digestlint.Lint;
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
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of {@code fix} over the published posts with the mistakes models make mixed in:
 * run-on spaces, trailing spaces, dropped Alphaxiv lines, non-canonical links, wrong numbers,
 * stray quotes, CRLF line endings; and over the same posts with hostile changes
 * ({@link HostilePosts#mutated()}).
 */
class FixPropertiesTest {

    /** A post and the path it is checked under. */
    record Sample(String path, String text) {
        Sample with(String changed) {
            return new Sample(path, changed);
        }
    }

    private static final List<Sample> POSTS = corpus();

    private final Linter linter = new Linter(Lint.DEFAULTS);
    private final Fixer fixer = new Fixer(linter);

    @Property(tries = 300)
    void fixingTwiceChangesNothingTheSecondTime(@ForAll("brokenPosts") Sample post) {
        String once = fixer.fix(post.path(), SourceText.of(post.text())).fixed();

        assertThat(fixer.fix(post.path(), SourceText.of(once)).fixed()).isEqualTo(once);
    }

    @Property(tries = 300)
    void leavesNoFindingThatCouldBeFixed(@ForAll("brokenPosts") Sample post) {
        FixResult result = fixer.fix(post.path(), SourceText.of(post.text()));

        assertThat(result.remaining()).noneMatch(Finding::isFixable);
    }

    @Property(tries = 300)
    void changesOnlyLinesWithARepairableFindingAndInsertsOnlyAlphaxivLines(@ForAll("brokenPosts") Sample post) {
        Set<Integer> repairable = linter.lint(post.path(), SourceText.of(post.text())).stream()
                .filter(Finding::isFixable).map(finding -> finding.start().line()).collect(Collectors.toSet());
        List<String> before = post.text().lines().toList();
        List<String> after = fixer.fix(post.path(), SourceText.of(post.text())).fixed().lines().toList();

        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            int firstLine = delta.getSource().getPosition() + 1;
            for (int line = firstLine; line < firstLine + delta.getSource().size(); line++) {
                assertThat(repairable).as("line %d changed: %s", line, before.get(line - 1)).contains(line);
            }
            assertThat(delta.getTarget().getLines().stream().filter(line -> !before.contains(line)))
                    .allMatch(line -> line.isBlank() || line.startsWith("> [Alphaxiv](")
                            || repairable.contains(firstLine) || isTitleOrHeading(line));
        }
    }

    @Property(tries = 100)
    void keepsCrlfLineEndings(@ForAll("brokenPosts") Sample post) {
        String crlf = post.text().replace("\n", "\r\n");

        String fixed = fixer.fix(post.path(), SourceText.of(crlf)).fixed();

        assertThat(fixed.replace("\r\n", "")).doesNotContain("\n");
    }

    /**
     * Hostile changes too: random bytes, truncation, flipped quotes and brackets, mixed line
     * endings. The second run reads the file as the first left it: a post that is not UTF-8 text
     * is not written, so it is read as the same bytes again.
     */
    @Property(tries = 1000)
    void fixingAHostilePostTwiceChangesNothingTheSecondTime(@ForAll("hostilePosts") HostilePosts.Sample post) {
        FixResult once = fixer.fix(post.path(), SourceText.decode(post.bytes()));
        byte[] written = once.changed() ? once.bytes() : post.bytes();

        assertThat(fixer.fix(post.path(), SourceText.decode(written)).changed()).isFalse();
    }

    /**
     * Char for char: the text outside the spans that the post's fixable findings repair comes
     * through unchanged and in order, with only repairs between its pieces.
     */
    @Property(tries = 1000)
    void changesNoCharOutsideTheRepairedSpans(@ForAll("hostilePosts") HostilePosts.Sample post) {
        SourceText source = SourceText.decode(post.bytes());
        List<Span> repaired = linter.lint(post.path(), source).stream().flatMap(finding -> finding.fix().stream())
                .map(TextEdit::span).sorted(Comparator.comparingInt(Span::start)).toList();
        String text = source.text();
        List<String> kept = new ArrayList<>();
        int copied = 0;
        for (Span span : repaired) {
            kept.add(text.substring(copied, Math.max(copied, span.start())));
            copied = Math.max(copied, span.end());
        }
        kept.add(text.substring(copied));

        String fixed = fixer.fix(post.path(), source).fixed();

        assertThat(fixed).startsWith(kept.get(0)).endsWith(kept.get(kept.size() - 1));
        int at = kept.get(0).length();
        for (String piece : kept.subList(1, kept.size())) {
            int found = fixed.indexOf(piece, at);
            assertThat(found).as("unchanged text %s after offset %d", piece, at).isNotNegative();
            at = found + piece.length();
        }
        assertThat(at).isLessThanOrEqualTo(fixed.length());
    }

    private static boolean isTitleOrHeading(String line) {
        return line.startsWith("title:") || line.startsWith("#");
    }

    @Provide
    Arbitrary<HostilePosts.Sample> hostilePosts() {
        return HostilePosts.mutated();
    }

    @Provide
    Arbitrary<Sample> brokenPosts() {
        Arbitrary<Sample> post = Arbitraries.of(POSTS);
        Arbitrary<List<Mutation>> mutations = Arbitraries.of(MUTATIONS).list().ofMaxSize(6);
        Arbitrary<List<Integer>> places = Arbitraries.integers().between(0, 10_000).list().ofSize(6);
        return Combinators.combine(post, mutations, places).as((sample, chosen, where) -> {
            String result = sample.text();
            for (int i = 0; i < chosen.size(); i++) {
                result = chosen.get(i).apply(result, where.get(i));
            }
            return sample.with(result);
        });
    }

    /** A mistake a model makes, on one of the lines that start with a prefix, chosen by a number. */
    record Mutation(String linePrefix, UnaryOperator<String> change) {

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
            new Mutation("# ", line -> line.replaceFirst(" ", "   ")),
            new Mutation("## ", line -> line + "  "),
            new Mutation("> [Alphaxiv]", line -> ""),
            new Mutation("# ", line -> line.replace("https://arxiv.org/abs/", "http://www.arxiv.org/pdf/")),
            new Mutation("# ", line -> line.replaceFirst("\\)$", "v2)")),
            new Mutation("# ", line -> line.replaceFirst("^# \\d+\\.", "# 99.")),
            new Mutation("title:", line -> line.replace("title: \"", "title: ")),
            new Mutation("> [Alphaxiv]", line -> line.replace("/ko/", "/en/")));

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
