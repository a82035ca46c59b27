package io.github.digestlint.bench;

import io.github.digestlint.bench.CorpusGenerator.GeneratedPost;
import io.github.digestlint.config.Configuration;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.model.Post;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rules.BuiltInRules;
import io.github.digestlint.source.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.Node;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The core on posts held in memory, without file I/O: decoding and parsing alone, and decoding,
 * parsing and every rule that looks at one post, on one thread and on every core; and, as the
 * floor under both, commonmark-java alone reading the decoded posts as the parser asks it to. One operation is
 * one post, so the score is posts per second; the {@code bytes} counter, summed over the threads,
 * is the bytes of those posts per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class EngineBenchmark {

    /** Posts in the rotation: enough variety that the JIT cannot tune itself to a few. */
    @Param("1000")
    public int corpusPosts;

    private String[] paths;
    private byte[][] contents;
    private Linter linter;

    @Setup(Level.Trial)
    public void generate() {
        List<GeneratedPost> posts = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).posts(corpusPosts);
        paths = posts.stream().map(post -> "_posts/" + post.fileName()).toArray(String[]::new);
        contents = posts.stream().map(GeneratedPost::bytes).toArray(byte[][]::new);
        linter = new Linter(Configuration.defaults(BuiltInRules.all()));
    }

    /** Each thread goes round the posts on its own. */
    @State(Scope.Thread)
    public static class Cursor {

        private int next;

        int advance(int size) {
            int current = next;
            next = (next + 1) % size;
            return current;
        }
    }

    /** The bytes of the posts checked; JMH reports it per second, like the score. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Volume {

        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Benchmark
    @Threads(1)
    public Post parseOneThread(Cursor cursor, Volume volume) {
        return parse(cursor, volume);
    }

    @Benchmark
    @Threads(Threads.MAX)
    public Post parseAllCores(Cursor cursor, Volume volume) {
        return parse(cursor, volume);
    }

    @Benchmark
    @Threads(1)
    public List<Finding> lintOneThread(Cursor cursor, Volume volume) {
        return lint(cursor, volume);
    }

    @Benchmark
    @Threads(Threads.MAX)
    public List<Finding> lintAllCores(Cursor cursor, Volume volume) {
        return lint(cursor, volume);
    }

    @Benchmark
    @Threads(1)
    public Node commonmarkOneThread(Cursor cursor, Volume volume) {
        return commonmark(cursor, volume);
    }

    @Benchmark
    @Threads(Threads.MAX)
    public Node commonmarkAllCores(Cursor cursor, Volume volume) {
        return commonmark(cursor, volume);
    }

    private Node commonmark(Cursor cursor, Volume volume) {
        int post = cursor.advance(contents.length);
        volume.bytes += contents[post].length;
        return CoreCommonmark.PARSER.parse(new String(contents[post], StandardCharsets.UTF_8));
    }

    private Post parse(Cursor cursor, Volume volume) {
        int post = cursor.advance(contents.length);
        volume.bytes += contents[post].length;
        return linter.parse(paths[post], SourceText.decode(contents[post]));
    }

    private List<Finding> lint(Cursor cursor, Volume volume) {
        int post = cursor.advance(contents.length);
        volume.bytes += contents[post].length;
        return linter.lint(paths[post], SourceText.decode(contents[post]));
    }
}
