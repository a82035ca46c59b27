package io.github.digestlint.bench;

import io.github.digestlint.bench.CorpusGenerator.GeneratedPost;
import io.github.digestlint.config.Configuration;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.rules.BuiltInRules;
import io.github.digestlint.source.SourceText;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * The thread CPU time that decoding a post and {@code Linter.lint} take per post, on the posts that
 * {@link EngineBenchmark} uses, warmed up by a number of posts and measured over rounds of a number
 * of posts: the least round is the figure. CPU time rather than wall time, and a count rather than
 * a time, so that a machine other builds share changes the figure less; it still does (a busy core
 * runs slower), so compare runs taken one after the other.
 *
 * <p>{@code java -cp digest-lint-bench/target/benchmarks.jar io.github.digestlint.bench.CpuPerPost
 * [<warm-up posts> [<posts per round> [<rounds>]]]}, 6,000, 2,000 and 5 by default.
 */
public final class CpuPerPost {

    private static final int CORPUS_POSTS = 1_000;
    private static final long NANOS_PER_MICRO = 1_000;

    /** Where each result goes, so that the JIT cannot drop the work that makes it. */
    private static volatile Object sink;

    private CpuPerPost() {
    }

    public static void main(String[] args) {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 6_000;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<GeneratedPost> posts = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).posts(CORPUS_POSTS);
        String[] paths = posts.stream().map(post -> "_posts/" + post.fileName()).toArray(String[]::new);
        byte[][] contents = posts.stream().map(GeneratedPost::bytes).toArray(byte[][]::new);
        Linter linter = new Linter(Configuration.defaults(BuiltInRules.all()));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int post = 0; post < warmUp; post++) {
            check(linter, paths, contents, post % CORPUS_POSTS);
        }
        List<Long> micros = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long before = threads.getCurrentThreadCpuTime();
            for (int post = 0; post < perRound; post++) {
                check(linter, paths, contents, post % CORPUS_POSTS);
            }
            micros.add((threads.getCurrentThreadCpuTime() - before) / perRound / NANOS_PER_MICRO);
        }
        System.out.printf("decode and Linter.lint: %,d µs of thread CPU per post, the least of %d rounds of %,d posts"
                + " after %,d posts of warm-up (rounds: %s)%n", micros.stream().mapToLong(Long::longValue).min()
                .orElseThrow(), rounds, perRound, warmUp, micros);
    }

    private static void check(Linter linter, String[] paths, byte[][] contents, int post) {
        sink = linter.lint(paths[post], SourceText.decode(contents[post]));
    }
}
