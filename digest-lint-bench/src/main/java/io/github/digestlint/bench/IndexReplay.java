package io.github.digestlint.bench;

import io.github.digestlint.config.Configuration;
import io.github.digestlint.engine.ConfigurationFile;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.engine.PackedCheck;
import io.github.digestlint.engine.PostContent;
import io.github.digestlint.engine.PostFiles;
import io.github.digestlint.index.IncrementalIndex;
import io.github.digestlint.report.ToolVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What the incremental index alone costs a run in which no post changed, in a JVM of its own as a
 * run has: loading the index file, then each post's stamp, and unpacking its stored check, on as
 * many threads as the machine has cores. It is the floor of the daily run below the rules across posts, the
 * sorting and the printing.
 *
 * <p>Usage: {@code IndexReplay <blog>}, where {@code <blog>} holds {@code _posts} and the index
 * that {@code digest-lint-cli check} wrote there with the blog's configuration.
 */
public final class IndexReplay {

    private IndexReplay() {
    }

    public static void main(String[] args) throws Exception {
        Path blog = Path.of(args[0]).toAbsolutePath();
        Configuration configuration = ConfigurationFile.read(blog, Optional.empty());
        Path file = IncrementalIndex.file(blog.resolve("target"));
        Linter linter = new Linter(configuration);

        long start = System.nanoTime();
        IncrementalIndex index = IncrementalIndex.load(file,
                IncrementalIndex.fingerprint(ToolVersion.current(), configuration));
        long loaded = System.nanoTime();
        List<Path> posts = PostFiles.find(blog.resolve("_posts"), List.of(), List.of()).files();
        long listed = System.nanoTime();
        long findings = posts.parallelStream().mapToLong(post -> replay(index, blog, post, linter)).sum();
        long replayed = System.nanoTime();

        System.out.printf(Locale.ROOT, "index %,d bytes: loaded in %d ms; %,d posts listed in %d ms and replayed,"
                + " %,d findings, in %d ms; %d ms since the JVM started%n", Files.size(file), millis(start, loaded),
                posts.size(), millis(loaded, listed), findings, millis(listed, replayed),
                ManagementFactory.getRuntimeMXBean().getUptime());
    }

    private static long replay(IncrementalIndex index, Path blog, Path post, Linter linter) {
        String path = PostFiles.displayPath(blog, post);
        try {
            PackedCheck check = index.check(path, PostContent.file(post, linter::read), bytes -> {
                throw new IllegalStateException(path + " is not in the index, or changed since it was written");
            });
            return check.unpack(path, UnaryOperator.identity()).findings().size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
