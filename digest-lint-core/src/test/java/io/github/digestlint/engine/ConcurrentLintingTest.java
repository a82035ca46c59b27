package io.github.digestlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.Lint;
import io.github.digestlint.fix.Fixer;
import io.github.digestlint.source.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Maven goals are declared thread-safe, so that {@code mvn -T 4} checks the blogs of a
 * multi-module build at once: one linter, and one fixer, used by eight threads at the same time
 * give every thread what they give one thread alone.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ConcurrentLintingTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 3;

    private final Linter linter = new Linter(Lint.DEFAULTS);

    @Test
    void eightThreadsCheckingTheSameBlogsWithOneLinterEachGetTheirResult() throws Exception {
        List<Path> blogs = List.of(blog("/corpus"), blog("/hostile"));
        List<PostFiles> posts = new ArrayList<>();
        List<LintResult> alone = new ArrayList<>();
        for (Path blog : blogs) {
            posts.add(PostFiles.find(blog.resolve("_posts"), List.of("**/*.md"), List.of()));
            alone.add(linter.lint(blog, posts.get(posts.size() - 1)));
        }

        List<List<LintResult>> together = allAtOnce(() -> {
            List<LintResult> results = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (int i = 0; i < blogs.size(); i++) {
                    results.add(linter.lint(blogs.get(i), posts.get(i)));
                }
            }
            return results;
        });

        for (List<LintResult> results : together) {
            for (int round = 0; round < ROUNDS; round++) {
                assertThat(results.subList(round * blogs.size(), (round + 1) * blogs.size())).isEqualTo(alone);
            }
        }
    }

    @Test
    void eightThreadsRepairingTheSamePostsWithOneFixerEachGetTheirRepairs() throws Exception {
        Fixer fixer = new Fixer(linter);
        PostFiles posts = PostFiles.find(blog("/corpus").resolve("_posts"), List.of("**/*.md"), List.of());
        List<String> alone = new ArrayList<>();
        for (Path post : posts.files()) {
            alone.add(fixer.fix(post.getFileName().toString(), SourceText.decode(Files.readAllBytes(post))).fixed());
        }

        List<List<String>> together = allAtOnce(() -> {
            List<String> fixed = new ArrayList<>();
            for (Path post : posts.files()) {
                fixed.add(fixer.fix(post.getFileName().toString(), SourceText.decode(Files.readAllBytes(post)))
                        .fixed());
            }
            return fixed;
        });

        assertThat(together).hasSize(THREADS).allSatisfy(fixed -> assertThat(fixed).isEqualTo(alone));
    }

    /** Runs the task on eight threads that start together, and returns each thread's result. */
    private static <T> List<T> allAtOnce(Callable<T> task) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> running = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                running.add(threads.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> result : running) {
                results.add(result.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    private static Path blog(String resource) throws Exception {
        return Path.of(ConcurrentLintingTest.class.getResource(resource).toURI());
    }
}
