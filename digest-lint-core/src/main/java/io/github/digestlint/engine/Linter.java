package io.github.digestlint.engine;

import io.github.digestlint.config.Configuration;
import io.github.digestlint.config.ConfiguredRule;
import io.github.digestlint.fix.TextEdit;
import io.github.digestlint.model.Post;
import io.github.digestlint.parse.PostParser;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.Diagnostic;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.source.Position;
import io.github.digestlint.source.SourceText;
import io.github.digestlint.source.Span;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the rules over posts. Each post is read and parsed once, checked by every rule, and
 * dropped; posts are checked in parallel and the findings come back in a fixed order. Nothing a
 * post holds, and nothing a rule does, stops the other posts from being checked.
 */
public final class Linter {

    public static final RuleMetadata UNREADABLE_FILE = new RuleMetadata("unreadable-file",
            "A post that cannot be read from disk (permissions, a vanished file, an I/O error).", Severity.ERROR,
            false, Concern.FILE);
    public static final RuleMetadata RULE_FAILURE = new RuleMetadata("rule-failure",
            "A rule that failed on a post; the other rules still ran. Please report it with the post.",
            Severity.ERROR, false, Concern.FILE);
    /** Findings the engine itself makes, about posts no rule could look at. */
    public static final List<RuleMetadata> ENGINE_FINDINGS = List.of(UNREADABLE_FILE, RULE_FAILURE);

    private static final Position START = new Position(1, 1);

    private final List<ConfiguredRule> rules;
    private final PostParser parser;

    public Linter(Configuration configuration) {
        this.rules = configuration.rules();
        this.parser = new PostParser(configuration.kinds(), configuration.limits());
    }

    /**
     * Checks the selected posts, in parallel.
     *
     * @param baseDir the folder that finding paths are relative to
     */
    public LintResult lint(Path baseDir, PostFiles posts) {
        Stream<Diagnostic> listingFailures = posts.unreadable().entrySet().stream()
                .map(failure -> unreadable(PostFiles.displayPath(baseDir, failure.getKey()), failure.getValue()));
        Stream<Diagnostic> findings = posts.files().parallelStream()
                .flatMap(file -> lintFile(PostFiles.displayPath(baseDir, file), file).stream());
        List<Diagnostic> all = Stream.concat(listingFailures, findings).sorted().toList();
        List<String> checked = Stream.concat(posts.files().stream(), posts.unreadable().keySet().stream())
                .map(file -> PostFiles.displayPath(baseDir, file)).sorted().toList();
        return new LintResult(all, checked);
    }

    /** Checks one post file; a file that cannot be read is a finding, never an exception. */
    public List<Diagnostic> lintFile(String path, Path file) {
        SourceText source;
        try {
            source = SourceText.read(file);
        } catch (IOException e) {
            return List.of(unreadable(path, PostFiles.describe(e)));
        }
        return lint(path, source);
    }

    /** Parses a post as the rules see it. */
    public Post parse(String path, SourceText source) {
        return parser.parse(path, source);
    }

    /** Checks one post's text; findings that an inline directive turns off are left out. */
    public List<Diagnostic> lint(String path, SourceText source) {
        Post post = parser.parse(path, source);
        Suppressions suppressions = new Suppressions(post.directives());
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (ConfiguredRule configured : rules) {
            RuleMetadata metadata = configured.rule().metadata();
            Reporter reporter = (span, message, fix) -> {
                Diagnostic diagnostic = diagnostic(metadata.id(), configured.severity(), post, span, message, fix);
                if (!suppressions.suppresses(metadata.id(), diagnostic.start().line())) {
                    diagnostics.add(diagnostic);
                }
            };
            try {
                configured.rule().check(post, reporter);
            } catch (RuntimeException e) {
                diagnostics.add(new Diagnostic(RULE_FAILURE.id(), RULE_FAILURE.defaultSeverity(), path, START, START,
                        "rule " + metadata.id() + " failed on this post (" + e + "); the other rules still ran",
                        List.of()));
            }
        }
        diagnostics.sort(null);
        return diagnostics;
    }

    private static Diagnostic diagnostic(String ruleId, Severity severity, Post post, Span span, String message,
            List<TextEdit> fix) {
        SourceText source = post.source();
        return new Diagnostic(ruleId, severity, post.path(), source.position(span.start()),
                source.position(span.end()), message, fix);
    }

    private static Diagnostic unreadable(String path, String reason) {
        return new Diagnostic(UNREADABLE_FILE.id(), UNREADABLE_FILE.defaultSeverity(), path, START, START,
                "cannot read this file: " + reason, List.of());
    }
}
