package io.github.digestlint.engine;

import io.github.digestlint.config.Configuration;
import io.github.digestlint.config.ConfiguredRule;
import io.github.digestlint.model.Post;
import io.github.digestlint.model.PostDates;
import io.github.digestlint.parse.PostParser;
import io.github.digestlint.rule.BlogRule;
import io.github.digestlint.rule.EngineFindings;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.PostRule;
import io.github.digestlint.rule.PostSummary;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.source.FileBytes;
import io.github.digestlint.source.Position;
import io.github.digestlint.source.SourceText;
import io.github.digestlint.source.Span;
import io.github.digestlint.source.TextEdit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Runs the rules over posts. Each post is read and parsed once, checked by every rule, and
 * dropped; posts are checked in parallel and the findings come back in a fixed order. Nothing a
 * post holds, and nothing a rule does, stops the other posts from being checked.
 */
public final class Linter {

    private static final Position START = new Position(1, 1);

    private final List<ConfiguredRule> rules;
    private final PostParser parser;
    private final int maxPostBytes;

    public Linter(Configuration configuration) {
        this.rules = configuration.rules();
        this.parser = new PostParser(configuration.kinds(), configuration.limits());
        this.maxPostBytes = configuration.limits().maxPostBytes();
    }

    /**
     * Checks the selected posts, in parallel, then the rules across posts over their summaries.
     *
     * @param baseDir the folder that finding paths are relative to
     */
    public LintResult lint(Path baseDir, PostFiles posts) {
        return lint(baseDir, posts, PostCache.NONE);
    }

    /**
     * Checks the selected posts; a post whose bytes the cache already knows is not parsed again,
     * its findings and summary are taken from the cache, which learns every post checked.
     */
    public LintResult lint(Path baseDir, PostFiles posts, PostCache cache) {
        return lint(baseDir, posts, cache, Map.of(), Progress.NONE);
    }

    /**
     * Checks the selected posts as {@link #lint(Path, PostFiles, PostCache)} does, with the content of
     * some of them given rather than read: a post not yet written is checked against the posts on disk.
     *
     * @param standIns the content of posts, by their absolute, normalised file; each must be selected,
     *     see {@link PostFiles#with(Path)}
     * @param progress told of each post checked
     */
    public LintResult lint(Path baseDir, PostFiles posts, PostCache cache, Map<Path, byte[]> standIns,
            Progress progress) {
        AtomicInteger checked = new AtomicInteger();
        AtomicInteger parsed = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        int total = posts.files().size();
        List<String> filePaths = posts.files().stream().map(file -> PostFiles.displayPath(baseDir, file)).toList();
        List<PackedCheck> packed = IntStream.range(0, total).parallel()
                .mapToObj(post -> {
                    PackedCheck check = checkFile(filePaths.get(post), posts.files().get(post), standIns, cache,
                            checked, parsed);
                    progress.checked(done.incrementAndGet(), total);
                    return check;
                })
                .toList();
        Messages messages = new Messages();
        List<PostCheck> checks = IntStream.range(0, total).parallel()
                .mapToObj(post -> unpack(packed.get(post), filePaths.get(post), messages, () -> {
                    // A check that the cache stored and cannot give back: the post is checked afresh, and
                    // counted as parsed if it is, in place of replayed.
                    cache.forget(filePaths.get(post));
                    checked.decrementAndGet();
                    return checkFile(filePaths.get(post), posts.files().get(post), standIns, cache, checked,
                            parsed);
                }))
                .toList();
        Stream<Finding> postFindings = checks.stream().flatMap(check -> check.findings().stream());
        List<PostSummary> summaries = checks.stream().flatMap(check -> check.summary().stream()).toList();
        List<Finding> all = Stream.of(unreadable(baseDir, posts).stream(), postFindings,
                acrossPosts(summaries).stream()).flatMap(findings -> findings).sorted().toList();
        List<String> paths = Stream.concat(filePaths.stream(),
                posts.unreadable().keySet().stream().map(file -> PostFiles.displayPath(baseDir, file))).sorted().toList();
        List<String> kinds = summaries.stream().flatMap(summary -> summary.kind().stream()).distinct().sorted()
                .toList();
        return new LintResult(all, paths, parsed.get(), checked.get() - parsed.get(), kinds);
    }

    private PackedCheck checkFile(String path, Path file, Map<Path, byte[]> standIns, PostCache cache,
            AtomicInteger checked, AtomicInteger parsed) {
        byte[] standIn = standIns.isEmpty() ? null : standIns.get(file.toAbsolutePath().normalize());
        PostContent content = standIn != null ? PostContent.given(standIn) : PostContent.file(file, this::read);
        try {
            PackedCheck check = cache.check(path, content, bytes -> {
                parsed.incrementAndGet();
                return PackedCheck.pack(check(path, SourceText.decode(bytes)));
            });
            checked.incrementAndGet();
            return check;
        } catch (IOException e) {
            return PackedCheck.pack(new PostCheck(List.of(unreadable(path, PostFiles.describe(e))), Optional.empty()));
        }
    }

    private static PostCheck unpack(PackedCheck packed, String path, Messages messages, Supplier<PackedCheck> afresh) {
        try {
            return packed.unpack(path, messages::shared);
        } catch (IOException damaged) {
            try {
                return afresh.get().unpack(path, messages::shared);
            } catch (IOException e) {
                throw new IllegalStateException("a check packed in this run does not unpack: " + path, e);
            }
        }
    }

    /** Where a run says how far it is, for a progress line; called from the threads that check posts. */
    @FunctionalInterface
    public interface Progress {

        Progress NONE = (done, total) -> {
        };

        /**
         * @param done how many posts have been checked so far
         * @param total how many posts the run checks
         */
        void checked(int done, int total);
    }

    /** A post's bytes as every run reads them: a post over the size limit is an I/O error, not a post. */
    public byte[] read(Path file) throws IOException {
        return FileBytes.read(file, maxPostBytes);
    }

    /** A post's bytes from a stream, such as standard input, under the same size limit as a file's. */
    public byte[] read(InputStream in) throws IOException {
        return FileBytes.read(in, maxPostBytes);
    }

    /** The findings on the files that the posts' listing selected but could not read. */
    public List<Finding> unreadable(Path baseDir, PostFiles posts) {
        return posts.unreadable().entrySet().stream()
                .map(failure -> unreadable(PostFiles.displayPath(baseDir, failure.getKey()), failure.getValue()))
                .toList();
    }

    /**
     * Runs the rules across posts over the posts' summaries; a finding on a post respects that
     * post's inline directives.
     *
     * @return the findings in order
     */
    public List<Finding> acrossPosts(List<PostSummary> unordered) {
        // The rules name posts in the order they are handed them: by path, whatever the caller's order.
        List<PostSummary> summaries = unordered.stream().sorted(Comparator.comparing(PostSummary::path)).toList();
        Map<String, Suppressions> suppressions = new HashMap<>();
        Map<String, Optional<String>> days = new HashMap<>();
        summaries.forEach(summary -> {
            suppressions.put(summary.path(), new Suppressions(summary.directives()));
            days.put(summary.path(), summary.day().map(PostSummary.Located::value));
        });
        List<Finding> findings = new ArrayList<>();
        for (ConfiguredRule configured : rules) {
            if (configured.rule() instanceof BlogRule rule) {
                String id = rule.metadata().id();
                rule.check(summaries, (path, position, message) -> {
                    boolean applies = configured.appliesOn(days.get(path));
                    if (applies && !suppressions.get(path).suppresses(id, position.line())) {
                        findings.add(new Finding(id, configured.severity(), path, position, position, message,
                                List.of()));
                    }
                });
            }
        }
        findings.sort(null);
        return findings;
    }

    /** Parses a post as the rules see it. */
    public Post parse(String path, SourceText source) {
        return parser.parse(path, source);
    }

    /**
     * Checks one post's text with the rules over one post; findings that an inline directive turns
     * off are left out. The rules across posts need the whole blog: see {@link #lint(Path, PostFiles)}.
     */
    public List<Finding> lint(String path, SourceText source) {
        return check(path, source).findings();
    }

    /** Checks one post's text as {@link #lint(String, SourceText)} does, and sums it up for the rules across posts. */
    public PostCheck check(String path, SourceText source) {
        Post post = parser.parse(path, source);
        Suppressions suppressions = new Suppressions(post.directives());
        List<Finding> findings = new ArrayList<>();
        Optional<String> day = PostDates.day(post);
        for (ConfiguredRule configured : rules) {
            if (!(configured.rule() instanceof PostRule rule) || !configured.appliesOn(day)) {
                continue;
            }
            RuleMetadata metadata = rule.metadata();
            Reporter reporter = (span, message, fix) -> {
                Finding finding = finding(metadata.id(), configured.severity(), post, span, message, fix);
                if (!suppressions.suppresses(metadata.id(), finding.start().line())) {
                    findings.add(finding);
                }
            };
            try {
                rule.check(post, reporter);
            } catch (RuntimeException e) {
                findings.add(engineFinding(EngineFindings.RULE_FAILURE, path,
                        "rule " + metadata.id() + " failed on this post (" + e + "); the other rules still ran"));
            }
        }
        findings.sort(null);
        return new PostCheck(findings, Optional.of(Summaries.of(post)));
    }

    /**
     * The rule ids, messages and replacements of a run's findings, each held once: a large blog
     * repeats the same few thousand messages hundreds of thousands of times, and a run keeps every
     * finding until it reports.
     */
    private static final class Messages {
        private final Map<String, String> known = new ConcurrentHashMap<>();

        String shared(String message) {
            String earlier = known.putIfAbsent(message, message);
            return earlier == null ? message : earlier;
        }
    }

    private static Finding finding(String ruleId, Severity severity, Post post, Span span, String message,
            List<TextEdit> fix) {
        SourceText source = post.source();
        return new Finding(ruleId, severity, post.path(), source.position(span.start()),
                source.position(span.end()), message, fix);
    }

    /** The finding on a post that cannot be read, with the reason in words. */
    public static Finding unreadable(String path, String reason) {
        return engineFinding(EngineFindings.UNREADABLE_FILE, path, "cannot read this file: " + reason);
    }

    /** A finding the engine makes about a whole post, at its start. */
    private static Finding engineFinding(RuleMetadata kind, String path, String message) {
        return new Finding(kind.id(), kind.defaultSeverity(), path, START, START, message, List.of());
    }
}
