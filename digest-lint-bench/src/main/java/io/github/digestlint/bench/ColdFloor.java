package io.github.digestlint.bench;

import io.github.digestlint.engine.PostFiles;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonmark.node.Node;

/**
 * The floor under a full check of a blog in one cold JVM, as a user starts it: every post of a
 * folder read and parsed by commonmark-java configured as the core's parser is, on as many threads
 * as the machine has cores, and nothing else (no front matter, no model, no rule, no index). The
 * second mode only reads and decodes. What a check costs above these is digest-lint's own; what
 * they cost, class loading and the JIT compilers included, no engine that parses with
 * commonmark-java in a fresh JVM can save.
 *
 * <p>{@code java -cp digest-lint-bench/target/benchmarks.jar io.github.digestlint.bench.ColdFloor
 * <posts folder> [read-parse|read]}: prints the posts, bytes, threads, wall time and CPU time.
 * The posts are the files Jekyll renders as Markdown, in any subfolder, as the engine selects them
 * by default.
 */
public final class ColdFloor {

    /** What is done with each post. */
    enum Work {
        /** Reads the file and decodes it as UTF-8. */
        READ("read", "chars decoded") {
            @Override
            long process(byte[] content) {
                return decode(content).length();
            }
        },
        /** Reads, decodes and parses with commonmark-java. */
        READ_PARSE("read-parse", "top-level blocks parsed") {
            @Override
            long process(byte[] content) {
                long blocks = 0;
                for (Node node = CoreCommonmark.PARSER.parse(decode(content)).getFirstChild(); node != null;
                        node = node.getNext()) {
                    blocks++;
                }
                return blocks;
            }
        };

        private final String label;
        private final String unit;

        Work(String label, String unit) {
            this.label = label;
            this.unit = unit;
        }

        /**
         * Does the work on one post's bytes and returns a count of what it made, which the caller
         * sums: printed, it shows the work was done, and used, the JIT cannot leave it out.
         */
        abstract long process(byte[] content);

        static Work byLabel(String label) {
            return Arrays.stream(values()).filter(work -> work.label.equals(label)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown mode '" + label + "'; expected "
                            + Arrays.stream(values()).map(work -> work.label).collect(Collectors.joining(" or "))));
        }

        private static String decode(byte[] content) {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    /**
     * What a run went through.
     *
     * @param posts the posts read
     * @param bytes their bytes
     * @param units the sum of {@link Work#process}'s counts
     * @param finishedNanos {@link System#nanoTime()} when the last post was done
     * @param workerCpuNanos the CPU time of the threads that did the work, without the JIT
     *     compilers' and the collector's
     * @param failures the posts that could not be read, each with the reason
     */
    record Totals(int posts, long bytes, long units, long finishedNanos, long workerCpuNanos, List<String> failures) {
    }

    /** Jekyll's default Markdown extensions, as the engine selects posts when no pattern is given. */
    private static final List<String> EXTENSIONS = PostFiles.JEKYLL_MARKDOWN.stream()
            .map(pattern -> pattern.substring(pattern.lastIndexOf('*') + 1)).toList();

    private ColdFloor() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        long start = System.nanoTime();
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: ColdFloor <posts folder> [read-parse|read]");
            System.exit(2);
        }
        Work work;
        try {
            work = args.length == 2 ? Work.byLabel(args[1]) : Work.READ_PARSE;
        } catch (IllegalArgumentException e) {
            System.err.println("ColdFloor: " + e.getMessage());
            System.exit(2);
            return;
        }
        Path folder = Path.of(args[0]);
        if (!Files.isDirectory(folder)) {
            System.err.println("ColdFloor: " + folder + " is not a folder");
            System.exit(2);
        }
        List<Path> posts = posts(folder);
        if (posts.isEmpty()) {
            System.err.println("ColdFloor: no post (" + String.join(", ", EXTENSIONS) + ") under " + folder
                    + ": nothing was measured");
            System.exit(1);
        }
        int threads = Runtime.getRuntime().availableProcessors();
        Totals totals = run(posts, work, threads);
        long wallNanos = totals.finishedNanos() - start;
        double sinceJvmStart = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3
                - (System.nanoTime() - totals.finishedNanos()) / 1e9;
        double processCpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        System.out.printf(Locale.ROOT, "%s: %,d posts, %,.1f MB, %,d %s, on %d threads: %.2f s wall in main"
                + " (%.2f s since the JVM started); %.2f s CPU of the process so far, %.2f s of it on the"
                + " threads that did the work%n", work.label, totals.posts(), totals.bytes() / 1e6, totals.units(),
                work.unit, threads, wallNanos / 1e9, sinceJvmStart, processCpu, totals.workerCpuNanos() / 1e9);
        if (!totals.failures().isEmpty()) {
            totals.failures().forEach(failure -> System.err.println("ColdFloor: could not read " + failure));
            System.err.printf("ColdFloor: %,d of %,d posts could not be read; the figures above leave them out%n",
                    totals.failures().size(), posts.size());
            System.exit(1);
        }
    }

    /** The files under a folder, in any subfolder, with one of Jekyll's Markdown extensions in any case. */
    static List<Path> posts(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                return EXTENSIONS.stream().anyMatch(name::endsWith) && Files.isRegularFile(file);
            }).sorted().toList();
        }
    }

    /**
     * Reads and processes the posts on {@code threads} threads, each taking the next post not yet
     * taken; a post that cannot be read is counted as a failure, and the others still are read.
     */
    static Totals run(List<Path> posts, Work work, int threads) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger read = new AtomicInteger();
        LongAdder bytes = new LongAdder();
        LongAdder units = new LongAdder();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch done = new CountDownLatch(threads);
        // The workers stay alive until their CPU time is read: a finished thread has none to read.
        CountDownLatch measured = new CountDownLatch(1);
        Runnable worker = () -> {
            for (int index = next.getAndIncrement(); index < posts.size(); index = next.getAndIncrement()) {
                Path post = posts.get(index);
                try {
                    byte[] content = Files.readAllBytes(post);
                    units.add(work.process(content));
                    bytes.add(content.length);
                    read.incrementAndGet();
                } catch (IOException e) {
                    failures.add(post + ": " + PostFiles.describe(e));
                }
            }
            done.countDown();
            awaitUninterruptibly(measured);
        };
        List<Thread> workers = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            Thread started = new Thread(worker, "cold-floor-" + thread);
            started.start();
            workers.add(started);
        }
        done.await();
        long finished = System.nanoTime();
        // Loaded once the work is done, so that the management classes are no part of it.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long workerCpu = workers.stream().mapToLong(started -> cpu.getThreadCpuTime(started.getId())).sum();
        measured.countDown();
        for (Thread started : workers) {
            started.join();
        }
        return new Totals(read.get(), bytes.sum(), units.sum(), finished, workerCpu, List.copyOf(failures));
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
