package io.github.digestlint.bench;

import io.github.digestlint.bench.CorpusGenerator.GeneratedPost;
import io.github.digestlint.config.Configuration;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.rules.BuiltInRules;
import io.github.digestlint.source.SourceText;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The bytes {@code Linter.parse} and {@code Linter.lint} allocate per post, on the posts that
 * {@link EngineBenchmark} uses, warmed up by a number of posts rather than for a time: on a machine
 * that other builds share, JMH's timed iterations may check too few posts for its {@code -prof gc}
 * to see a collection, while a count is the same work under any load.
 *
 * <p>{@code java -cp digest-lint-bench/target/benchmarks.jar io.github.digestlint.bench.AllocationPerPost
 * [<warm-up posts> [<measured posts>]]}, 6,000 and 3,000 by default.
 */
public final class AllocationPerPost {

    private static final int CORPUS_POSTS = 1_000;

    /** Where each result goes, so that the JIT cannot drop the work that makes it. */
    private static volatile Object sink;

    private AllocationPerPost() {
    }

    public static void main(String[] args) {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 6_000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        List<GeneratedPost> posts = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).posts(CORPUS_POSTS);
        String[] paths = posts.stream().map(post -> "_posts/" + post.fileName()).toArray(String[]::new);
        byte[][] contents = posts.stream().map(GeneratedPost::bytes).toArray(byte[][]::new);
        Linter linter = new Linter(Configuration.defaults(BuiltInRules.all()));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (boolean lint : new boolean[] {false, true}) {
            for (int post = 0; post < warmUp; post++) {
                check(linter, lint, paths, contents, post % CORPUS_POSTS);
            }
            long before = threads.getCurrentThreadAllocatedBytes();
            for (int post = 0; post < measured; post++) {
                check(linter, lint, paths, contents, post % CORPUS_POSTS);
            }
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            System.out.printf("%s: %,d bytes per post, over %,d posts after %,d posts of warm-up%n",
                    lint ? "Linter.lint" : "Linter.parse", allocated / measured, measured, warmUp);
        }
    }

    private static void check(Linter linter, boolean lint, String[] paths, byte[][] contents, int post) {
        SourceText source = SourceText.decode(contents[post]);
        sink = lint ? linter.lint(paths[post], source) : linter.parse(paths[post], source);
    }
}
