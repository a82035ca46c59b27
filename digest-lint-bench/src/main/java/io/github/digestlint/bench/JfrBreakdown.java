package io.github.digestlint.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU time of a Java Flight Recorder recording goes: {@code JfrBreakdown <recording.jfr>
 * [<methods to list>]}. Each execution sample counts for the innermost frame that belongs to a
 * known part (SnakeYAML, commonmark, the rules, file reading, Maven...), so that a JDK method such
 * as a regex match counts for the code that called it. Then the time of the rules by rule; the
 * methods of the parser and the rules with the most time spent in them and in what they call, and
 * the hottest methods by their own time; and the garbage collector's pauses, which execution samples do not
 * see, with the most heap that was still in use after a collection: what the run needed.
 */
public final class JfrBreakdown {

    /** A part of the work, known by the packages or classes its frames are in. */
    private record Part(String name, List<String> prefixes) {

        boolean owns(String className) {
            return prefixes.stream().anyMatch(className::startsWith);
        }
    }

    /** Searched in order; the first part that owns a frame takes it. */
    private static final List<Part> PARTS = List.of(
            new Part("YAML front matter (SnakeYAML)", List.of("org.yaml.snakeyaml.")),
            new Part("Markdown body (commonmark)", List.of("org.commonmark.")),
            new Part("rules", List.of("io.github.digestlint.rules.", "io.github.digestlint.rule.")),
            new Part("model building (digestlint.parse, .model)",
                    List.of("io.github.digestlint.parse.", "io.github.digestlint.model.")),
            new Part("decoding, line index, positions (digestlint.source)", List.of("io.github.digestlint.source.")),
            new Part("engine, suppressions, config", List.of("io.github.digestlint.engine.",
                    "io.github.digestlint.config.", "io.github.digestlint.fix.", "io.github.digestlint.report.")),
            new Part("Maven plugin glue", List.of("io.github.digestlint.maven.")),
            new Part("file reading and listing", List.of("sun.nio.fs.", "sun.nio.ch.", "java.nio.file.",
                    "java.nio.channels.")),
            new Part("class loading", List.of("java.lang.ClassLoader", "jdk.internal.loader.",
                    "java.net.URLClassLoader", "org.codehaus.plexus.classworlds.")),
            new Part("Maven itself (startup, model, logging)", List.of("org.apache.maven.", "org.eclipse.aether.",
                    "org.codehaus.plexus.", "org.eclipse.sisu.", "com.google.inject.", "org.slf4j.")),
            new Part("JMH harness", List.of("org.openjdk.jmh.")));
    private static final String UNOWNED = "JDK only (no owner in the stack)";
    private static final String RULES_PACKAGE = "io.github.digestlint.rules.";
    /** Where the work is done, below the engine and the plugin that only call it. */
    private static final List<String> WORK_PACKAGES = List.of(RULES_PACKAGE, "io.github.digestlint.parse.",
            "io.github.digestlint.source.", "io.github.digestlint.model.");
    private static final int DEFAULT_METHODS = 15;

    private JfrBreakdown() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: JfrBreakdown <recording.jfr> [<methods to list>]");
            System.exit(2);
        }
        int methods = args.length == 2 ? Integer.parseInt(args[1]) : DEFAULT_METHODS;
        Map<String, Long> byPart = new TreeMap<>();
        Map<String, Long> byRule = new TreeMap<>();
        Map<String, Long> underMethod = new TreeMap<>();
        Map<String, Long> byMethod = new TreeMap<>();
        long samples = 0;
        long collections = 0;
        Duration pauses = Duration.ZERO;
        long liveHeap = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            switch (event.getEventType().getName()) {
                case "jdk.ExecutionSample" -> {
                    List<RecordedFrame> frames = event.getStackTrace() == null ? List.of()
                            : event.getStackTrace().getFrames();
                    if (frames.isEmpty()) {
                        continue;
                    }
                    samples++;
                    byPart.merge(owner(frames), 1L, Long::sum);
                    rule(frames).ifPresent(rule -> byRule.merge(rule, 1L, Long::sum));
                    workMethods(frames).forEach(method -> underMethod.merge(method, 1L, Long::sum));
                    byMethod.merge(name(frames.get(0).getMethod()), 1L, Long::sum);
                }
                case "jdk.GarbageCollection" -> {
                    collections++;
                    pauses = pauses.plus(event.getDuration("sumOfPauses"));
                }
                case "jdk.GCHeapSummary" -> {
                    if ("After GC".equals(event.getString("when"))) {
                        liveHeap = Math.max(liveHeap, event.getLong("heapUsed"));
                    }
                }
                default -> {
                }
            }
        }
        System.out.printf("%,d execution samples; each counts for the innermost frame of a known part%n", samples);
        print(byPart, samples, Long.MAX_VALUE);
        System.out.printf("%nsamples under each rule, whatever they are in (all of the rule's time)%n");
        print(byRule, samples, Long.MAX_VALUE);
        System.out.printf("%nparser and rule methods by the time in them and in what they call%n");
        print(underMethod, samples, methods);
        System.out.printf("%nhottest methods by own time%n");
        print(byMethod, samples, methods);
        System.out.printf("%n%d garbage collections, %d ms of pauses in all; at most %.0f MB of heap in use after"
                + " one%n", collections, pauses.toMillis(), liveHeap / 1e6);
    }

    private static void print(Map<String, Long> counts, long total, long limit) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .forEach(count -> System.out.printf("  %5.1f%%  %s%n", 100.0 * count.getValue() / total,
                        count.getKey()));
    }

    /** The rule a sample is in: the outermost frame in the rules' packages, below the engine's call. */
    private static Optional<String> rule(List<RecordedFrame> frames) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            String className = frames.get(i).getMethod().getType().getName();
            if (className.startsWith(RULES_PACKAGE)) {
                return Optional.of(className.substring(RULES_PACKAGE.length()));
            }
        }
        return Optional.empty();
    }

    private static String owner(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String className = frame.getMethod().getType().getName();
            Optional<Part> part = PARTS.stream().filter(candidate -> candidate.owns(className)).findFirst();
            if (part.isPresent()) {
                return part.get().name();
            }
        }
        return UNOWNED;
    }

    /** The parser and rule methods on a stack, each once however deep its recursion; lambdas left out. */
    private static Set<String> workMethods(List<RecordedFrame> frames) {
        return frames.stream().map(RecordedFrame::getMethod)
                .filter(method -> WORK_PACKAGES.stream().anyMatch(method.getType().getName()::startsWith))
                .map(JfrBreakdown::name).filter(name -> !name.contains("ambda$"))
                .collect(Collectors.toSet());
    }

    private static String name(RecordedMethod method) {
        return method.getType().getName() + "." + method.getName();
    }
}
