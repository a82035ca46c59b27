package io.github.digestlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.HostilePosts.Sample;
import io.github.digestlint.HostilePosts;
import io.github.digestlint.Lint;
import io.github.digestlint.Seeded.Drawn;
import io.github.digestlint.Seeded;
import io.github.digestlint.rule.EngineFindings;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.source.Position;
import io.github.digestlint.source.SourceText;
import io.github.digestlint.source.TextEdit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInfo;

/**
 * Whatever a post holds, the engine ends in findings: no exception escapes it, no rule fails on
 * it ({@code rule-failure}), every finding and every repair lies inside the post, and a blog's
 * result does not depend on how many threads check it.
 */
class EngineFuzzTest {

    private final Linter linter = new Linter(Lint.DEFAULTS);

    @TestFactory
    Stream<DynamicTest> aPublishedPostWithHostileChangesEndsInFindingsInsideIt(TestInfo test) {
        return Seeded.forAll(test, 3000, HostilePosts::mutated, this::assertWellPlaced);
    }

    @TestFactory
    Stream<DynamicTest> aPostOfDigestLinesAndRandomTextEndsInFindingsInsideIt(TestInfo test) {
        return Seeded.forAll(test, 3000, HostilePosts::generated, this::assertWellPlaced);
    }

    /**
     * The rules across posts included: a blog of changed posts, checked by one thread and by four. The
     * blog is written to the temporary folder, which the build keeps under target/.
     */
    @TestFactory
    Stream<DynamicTest> aBlogIsCheckedAlikeByOneThreadAndByFour(TestInfo test) {
        return Seeded.forAll(test, 1000, EngineFuzzTest::blog, posts -> {
            Path blog = Files.createTempDirectory("digest-lint-fuzz");
            try {
                for (int i = 0; i < posts.size(); i++) {
                    // The same post twice in a blog is a case too; a number keeps the files apart.
                    Path file = blog.resolve(posts.get(i).path().replace(".md", "-" + i + ".md"));
                    Files.createDirectories(file.getParent());
                    Files.write(file, posts.get(i).bytes());
                }
                PostFiles files = PostFiles.find(blog.resolve("_posts"), List.of("**/*.md"), List.of());

                assertThat(lintIn(new ForkJoinPool(4), blog, files))
                        .isEqualTo(lintIn(new ForkJoinPool(1), blog, files));
            } finally {
                try (Stream<Path> paths = Files.walk(blog)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
        });
    }

    /** One to five posts, each a mutated or a generated one; a failing blog is cut down to its fewest posts. */
    private static Drawn<Sample, List<Sample>> blog(SplittableRandom random) {
        List<Sample> posts = Seeded.listOf(random, 1, 5, () -> random.nextBoolean()
                ? HostilePosts.mutated(random).value() : HostilePosts.generated(random).value());
        return new Drawn<>(posts, chosen -> chosen);
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

    private void assertWellPlaced(Sample post) {
        SourceText source = SourceText.decode(post.bytes());
        List<Finding> findings = linter.lint(post.path(), source);
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
}
