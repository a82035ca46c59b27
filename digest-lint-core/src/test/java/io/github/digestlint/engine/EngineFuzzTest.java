package io.github.digestlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.HostilePosts.Sample;
import io.github.digestlint.HostilePosts;
import io.github.digestlint.Lint;
import io.github.digestlint.rule.EngineFindings;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.source.Position;
import io.github.digestlint.source.SourceText;
import io.github.digestlint.source.TextEdit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a post holds, the engine ends in findings: no exception escapes it, no rule fails on
 * it ({@code rule-failure}), every finding and every repair lies inside the post, and a blog's
 * result does not depend on how many threads check it.
 */
class EngineFuzzTest {

    private final Linter linter = new Linter(Lint.DEFAULTS);

    @Property(tries = 3000)
    void aPublishedPostWithHostileChangesEndsInFindingsInsideIt(@ForAll("mutated") Sample post) {
        assertWellPlaced(SourceText.decode(post.bytes()), linter.lint(post.path(), SourceText.decode(post.bytes())));
    }

    @Property(tries = 3000)
    void aPostOfDigestLinesAndRandomTextEndsInFindingsInsideIt(@ForAll("generated") Sample post) {
        assertWellPlaced(SourceText.decode(post.bytes()), linter.lint(post.path(), SourceText.decode(post.bytes())));
    }

    /** The rules across posts included: a blog of changed posts, checked by one thread and by four. */
    @Property(tries = 1000)
    void aBlogIsCheckedAlikeByOneThreadAndByFour(@ForAll("blogs") List<Sample> posts)
            throws IOException, InterruptedException, ExecutionException {
        Path blog = Files.createTempDirectory("digest-lint-fuzz");
        try {
            for (int i = 0; i < posts.size(); i++) {
                // The same post twice in a blog is a case too; a number keeps the files apart.
                Path file = blog.resolve(posts.get(i).path().replace(".md", "-" + i + ".md"));
                Files.createDirectories(file.getParent());
                Files.write(file, posts.get(i).bytes());
            }
            PostFiles files = PostFiles.find(blog.resolve("_posts"), List.of("**/*.md"), List.of());

            assertThat(lintIn(new ForkJoinPool(4), blog, files)).isEqualTo(lintIn(new ForkJoinPool(1), blog, files));
        } finally {
            try (Stream<Path> paths = Files.walk(blog)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Linter.lint checks posts on the common pool, or on the pool of the thread that calls it. */
    private LintResult lintIn(ForkJoinPool pool, Path blog, PostFiles files)
            throws InterruptedException, ExecutionException {
        try {
            return pool.submit(() -> linter.lint(blog, files)).get();
        } finally {
            pool.shutdown();
        }
    }

    private static void assertWellPlaced(SourceText source, List<Finding> findings) {
        for (Finding finding : findings) {
            assertThat(finding.ruleId()).as(finding.format()).isNotEqualTo(EngineFindings.RULE_FAILURE.id());
            assertInside(source, finding.start(), finding);
            assertInside(source, finding.end(), finding);
            assertThat(finding.start()).as(finding.format()).isLessThanOrEqualTo(finding.end());
            for (TextEdit edit : finding.fix()) {
                assertThat(edit.span().end()).as(finding.format()).isLessThanOrEqualTo(source.length());
            }
        }
    }

    /** A position is on one of the post's lines, at most just past its last char. */
    private static void assertInside(SourceText source, Position position, Finding finding) {
        assertThat(position.line()).as(finding.format()).isBetween(1, source.lineCount());
        String line = source.line(position.line());
        assertThat(position.column()).as(finding.format()).isBetween(1, line.codePointCount(0, line.length()) + 1);
    }

    @Provide
    Arbitrary<Sample> mutated() {
        return HostilePosts.mutated();
    }

    @Provide
    Arbitrary<Sample> generated() {
        return HostilePosts.generated();
    }

    @Provide
    Arbitrary<List<Sample>> blogs() {
        return Arbitraries.oneOf(HostilePosts.mutated(), HostilePosts.generated()).list()
                .ofMinSize(1).ofMaxSize(5);
    }
}
