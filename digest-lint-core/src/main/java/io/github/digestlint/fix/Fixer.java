package io.github.digestlint.fix;

import io.github.digestlint.engine.Linter;
import io.github.digestlint.engine.PostCheck;
import io.github.digestlint.engine.PostFiles;
import io.github.digestlint.model.FrontMatter;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.PostSummary;
import io.github.digestlint.source.SourceText;
import io.github.digestlint.source.TextEdit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Repairs a post with the edits its findings carry: applies every edit that does not overlap
 * another, checks the result again, and repeats until no repair is left, so that one run
 * converges. Only the edits' spans change; every other character stays as it was. A post that is
 * not text, or whose front matter does not parse for another reason than a title quote, is left
 * untouched.
 */
public final class Fixer {

    /** Enough for repairs that enable others (a renumbered entry whose link is then fixed). */
    static final int MAX_PASSES = 10;
    private static final String QUOTE_RULE = "title-quotes";

    private final Linter linter;

    public Fixer(Linter linter) {
        this.linter = linter;
    }

    /**
     * Fixes every selected post, reading each as {@code check} does, one post at a time: each
     * result is handed on before the next post is read, so that a large blog is never in memory.
     * The rules across posts then run over the repaired posts, so that what remains is what
     * {@code check} would report next.
     *
     * @param baseDir the folder that paths in findings are relative to
     */
    public FixRun fix(Path baseDir, PostFiles posts, FixedPost each) {
        List<Finding> unreadable = new ArrayList<>(linter.unreadable(baseDir, posts));
        List<PostSummary> summaries = new ArrayList<>();
        for (Path file : posts.files()) {
            String path = PostFiles.displayPath(baseDir, file);
            try {
                FixResult result = fix(path, SourceText.decode(linter.read(file)));
                result.after().summary().ifPresent(summaries::add);
                each.fixed(file, path, result);
            } catch (IOException e) {
                unreadable.add(Linter.unreadable(path, PostFiles.describe(e)));
            }
        }
        return new FixRun(unreadable, linter.acrossPosts(summaries));
    }

    /**
     * What fixing a blog leaves besides each post's own findings.
     *
     * @param unreadable the findings on files that could not be read, as {@code check} reports them
     * @param acrossPosts the findings of the rules across posts on the repaired blog
     */
    public record FixRun(List<Finding> unreadable, List<Finding> acrossPosts) {

        public FixRun {
            unreadable = List.copyOf(unreadable);
            acrossPosts = List.copyOf(acrossPosts);
        }
    }

    /** Where {@link #fix(Path, PostFiles, FixedPost)} hands each post's repairs. */
    @FunctionalInterface
    public interface FixedPost {
        /**
         * @param file the post's file, to write the repairs to
         * @param path the post as findings name it
         */
        void fixed(Path file, String path, FixResult result);
    }

    public FixResult fix(String path, SourceText source) {
        PostCheck check = linter.check(path, source);
        List<Finding> findings = check.findings();
        Optional<String> notText = notText(source);
        if (notText.isPresent()) {
            return new FixResult(source, source.text(), Map.of(), check, notText, true);
        }
        String text = source.text();
        Map<String, Integer> fixesByRule = new TreeMap<>();
        if (hasUnreadableFrontMatter(path, source)) {
            // The one repair allowed on such a post is the title quote that breaks its YAML; past
            // that, nothing is safe unless the front matter then parses.
            List<Finding> quotes = findings.stream()
                    .filter(finding -> finding.ruleId().equals(QUOTE_RULE) && finding.isFixable()).toList();
            String repaired = apply(text, quotes.stream().flatMap(finding -> finding.fix().stream()).toList());
            if (quotes.size() != 1 || hasUnreadableFrontMatter(path, SourceText.of(repaired))) {
                return new FixResult(source, text, Map.of(), check, Optional.of("its front matter cannot be parsed"),
                        true);
            }
            text = repaired;
            fixesByRule.put(QUOTE_RULE, 1);
            check = linter.check(path, SourceText.of(text));
            findings = check.findings();
        }
        boolean converged = false;
        for (int pass = 0; pass < MAX_PASSES && !converged; pass++) {
            List<TextEdit> edits = new ArrayList<>();
            NavigableMap<Integer, TextEdit> byStart = new TreeMap<>();
            for (Finding finding : findings) {
                if (finding.isFixable() && finding.fix().stream().noneMatch(edit -> overlapsAny(edit, byStart))) {
                    edits.addAll(finding.fix());
                    finding.fix().forEach(edit -> byStart.put(edit.span().start(), edit));
                    fixesByRule.merge(finding.ruleId(), 1, Integer::sum);
                }
            }
            if (edits.isEmpty()) {
                converged = true;
            } else {
                text = apply(text, edits);
                check = linter.check(path, SourceText.of(text));
                findings = check.findings();
            }
        }
        converged = converged || findings.stream().noneMatch(Finding::isFixable);
        return new FixResult(source, text, fixesByRule, check, Optional.empty(), converged);
    }

    /** Text that is not UTF-8 would lose its bytes if written back; NUL bytes mean a binary file. */
    private static Optional<String> notText(SourceText source) {
        if (source.firstMalformedOffset().isPresent()) {
            return Optional.of("it is not UTF-8 text");
        }
        return source.text().indexOf('\0') >= 0 ? Optional.of("it holds NUL bytes") : Optional.empty();
    }

    private boolean hasUnreadableFrontMatter(String path, SourceText source) {
        return linter.parse(path, source).frontMatter().flatMap(FrontMatter::problem).isPresent();
    }

    /**
     * The chosen edits do not overlap one another, so only the nearest on each side of an edit can
     * overlap it; a post with many repairs costs a lookup per edit, not a scan of all.
     */
    private static boolean overlapsAny(TextEdit edit, NavigableMap<Integer, TextEdit> chosen) {
        Map.Entry<Integer, TextEdit> before = chosen.floorEntry(edit.span().start());
        Map.Entry<Integer, TextEdit> after = chosen.ceilingEntry(edit.span().start());
        return (before != null && edit.overlaps(before.getValue()))
                || (after != null && edit.overlaps(after.getValue()));
    }

    /** Applies edits that do not overlap, in one pass over the text whatever their number. */
    static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> inOrder = new ArrayList<>(edits);
        inOrder.sort(Comparator.comparingInt((TextEdit edit) -> edit.span().start()));
        StringBuilder result = new StringBuilder(text.length());
        int copied = 0;
        for (TextEdit edit : inOrder) {
            result.append(text, copied, edit.span().start()).append(edit.replacement());
            copied = edit.span().end();
        }
        return result.append(text, copied, text.length()).toString();
    }
}
