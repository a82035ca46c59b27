package io.github.digestlint.fix;

import io.github.digestlint.engine.Linter;
import io.github.digestlint.model.FrontMatter;
import io.github.digestlint.rule.Diagnostic;
import io.github.digestlint.source.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Repairs a post with the edits its findings carry: applies every edit that does not overlap
 * another, checks the result again, and repeats until no repair is left, so that one run
 * converges. Only the edits' spans change; every other character stays as it was.
 */
public final class Fixer {

    /** Enough for repairs that enable others (a renumbered entry whose link is then fixed). */
    static final int MAX_PASSES = 10;

    private final Linter linter;

    public Fixer(Linter linter) {
        this.linter = linter;
    }

    public FixResult fix(String path, SourceText source) {
        List<Diagnostic> findings = linter.lint(path, source);
        Optional<String> refused = refusal(path, source);
        if (refused.isPresent()) {
            return new FixResult(source, source.text(), Map.of(), findings, refused);
        }
        String text = source.text();
        Map<String, Integer> fixesByRule = new TreeMap<>();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            List<TextEdit> edits = new ArrayList<>();
            for (Diagnostic finding : findings) {
                if (finding.isFixable() && finding.fix().stream().noneMatch(edit -> overlapsAny(edit, edits))) {
                    edits.addAll(finding.fix());
                    fixesByRule.merge(finding.ruleId(), 1, Integer::sum);
                }
            }
            if (edits.isEmpty()) {
                break;
            }
            text = apply(text, edits);
            findings = linter.lint(path, SourceText.of(text));
        }
        return new FixResult(source, text, fixesByRule, findings, Optional.empty());
    }

    /**
     * Why a post must not be rewritten: text that is not UTF-8 would lose its bytes, and front
     * matter that does not parse gives no safe ground to stand on.
     */
    private Optional<String> refusal(String path, SourceText source) {
        if (source.firstMalformedOffset().isPresent()) {
            return Optional.of("it is not UTF-8 text");
        }
        if (source.text().indexOf('\0') >= 0) {
            return Optional.of("it holds NUL bytes");
        }
        boolean unreadableFrontMatter = linter.parse(path, source).frontMatter()
                .flatMap(FrontMatter::problem).isPresent();
        return unreadableFrontMatter ? Optional.of("its front matter cannot be parsed") : Optional.empty();
    }

    private static boolean overlapsAny(TextEdit edit, List<TextEdit> chosen) {
        return chosen.stream().anyMatch(edit::overlaps);
    }

    static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> lastFirst = new ArrayList<>(edits);
        lastFirst.sort(Comparator.comparingInt((TextEdit edit) -> edit.span().start()).reversed());
        StringBuilder result = new StringBuilder(text);
        for (TextEdit edit : lastFirst) {
            result.replace(edit.span().start(), edit.span().end(), edit.replacement());
        }
        return result.toString();
    }
}
