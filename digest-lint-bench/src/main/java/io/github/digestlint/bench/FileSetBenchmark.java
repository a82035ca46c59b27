package io.github.digestlint.bench;

import io.github.digestlint.config.Configuration;
import io.github.digestlint.engine.LintResult;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.engine.PostFiles;
import io.github.digestlint.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine as the Maven goal runs it, warm: listing a generated blog on disk, reading, parsing
 * and checking every post with every rule (the rules across posts included), in parallel on every
 * core as {@link Linter#lint(Path, PostFiles)} does. One operation is the whole blog; the
 * {@code posts} and {@code bytes} counters are per second. After the first operation the files
 * are in the page cache, as on any run but the first after a checkout.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// An operation takes a second or more, so iterations are longer than the engine benchmark's.
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
@Threads(1)
public class FileSetBenchmark {

    private static final List<String> INCLUDES = List.of("**/*.md");

    @Param("1000")
    public int corpusPosts;

    private Path blog;
    private long blogBytes;
    private Linter linter;

    @Setup(Level.Trial)
    public void write() throws IOException {
        blog = Files.createTempDirectory("digest-lint-bench");
        blogBytes = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).write(blog.resolve("_posts"), corpusPosts);
        linter = new Linter(Configuration.defaults(BuiltInRules.all()));
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Folders.deleteTree(blog);
    }

    /** What one operation checked; JMH reports both per second. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Volume {

        public long posts;
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            posts = 0;
            bytes = 0;
        }
    }

    @Benchmark
    public LintResult lintBlog(Volume volume) throws IOException {
        PostFiles files = PostFiles.find(blog.resolve("_posts"), INCLUDES, List.of());
        LintResult result = linter.lint(blog, files);
        volume.posts += files.files().size();
        volume.bytes += blogBytes;
        return result;
    }
}
