package io.github.digestlint.rules.rendering;

import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.Post;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.DigestRule;
import io.github.digestlint.rule.Renderer;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;

/**
 * Models write Markdown that does not parse: a {@code **} that cannot close bold because it stands
 * between punctuation and a letter ({@code **"인용"**은}), a backtick without its partner, a link
 * broken by a space in its address. The page then shows the syntax itself. The parser has already
 * rendered each heading and paragraph to the text the reader sees, so Markdown syntax left in that
 * text, not escaped and not in code, is what the reader sees too.
 *
 * <p>Single {@code *} and {@code _} are not reported: prose uses them as they are ({@code p < 0.05*},
 * {@code snake_case}). Neither is {@code 2**10}, a power between digits, nor {@code ](} in a heading,
 * where {@code entry-heading} reports a broken entry link.
 */
public final class LiteralMarkupRule implements DigestRule {

    private static final RuleMetadata METADATA = new RuleMetadata("literal-markup",
            "Markdown syntax that did not parse and shows as written: an unpaired '**' or backtick, a broken link's"
                    + " '](' and, for CommonMark, '~~'.",
            Severity.WARNING, false, Concern.RENDERING);

    private final Renderer renderer;

    public LiteralMarkupRule() {
        this(Renderer.DEFAULT);
    }

    private LiteralMarkupRule(Renderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public DigestRule withRenderer(Renderer chosen) {
        return chosen == renderer ? this : new LiteralMarkupRule(chosen);
    }

    @Override
    public void check(Post post, DigestKind kind, Reporter reporter) {
        for (Prose prose : Prose.of(post)) {
            check(post, prose, reporter);
        }
    }

    private void check(Post post, Prose prose, Reporter reporter) {
        String text = prose.text();
        int at = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '*' || c == '`' || c == '~' && renderer == Renderer.COMMONMARK) {
                int end = runEnd(prose, at);
                String run = text.substring(at, end);
                if (prose.writtenAsIs(post, at, end) && shows(text, at, end)) {
                    reporter.report(prose.source(at, end), message(run, prose.sentence(at)));
                }
                at = end;
            } else if (c == ']' && !prose.heading() && at + 1 < text.length() && text.charAt(at + 1) == '('
                    && prose.writtenAsIs(post, at, at + 2)
                    && prose.offsets().offset(at + 1) == prose.offsets().offset(at) + 1) {
                reporter.report(prose.source(at, at + 2), "link syntax shows as written in \"" + prose.sentence(at)
                        + "\": the '](' did not make a link, as a space or line break in the address or an unpaired"
                        + " bracket breaks it; write the link as [text](address) with nothing between");
                at += 2;
            } else {
                at++;
            }
        }
    }

    /** Where a run of the char at {@code at} ends, counting only chars written next to each other. */
    private static int runEnd(Prose prose, int at) {
        String text = prose.text();
        int end = at + 1;
        while (end < text.length() && text.charAt(end) == text.charAt(at)
                && prose.offsets().offset(end) == prose.offsets().offset(end - 1) + 1) {
            end++;
        }
        return end;
    }

    /** Whether a run shows as syntax: not a lone asterisk or tilde, nor a power such as 2**10. */
    private static boolean shows(String text, int from, int to) {
        char c = text.charAt(from);
        if (c == '`') {
            return true;
        }
        boolean betweenDigits = from > 0 && Character.isDigit(text.charAt(from - 1)) && to < text.length()
                && Character.isDigit(text.charAt(to));
        return to - from >= 2 && !betweenDigits;
    }

    private static String message(String run, String sentence) {
        String escaped = run.replaceAll("(.)", "\\\\$1");
        String why = switch (run.charAt(0)) {
            case '*' -> "no other '" + run + "' pairs with it into bold or italic text; one right after punctuation and"
                    + " right before a letter, or next to a space, cannot close it, so move it";
            case '`' -> "no other '" + run + "' closes it into a code span, so add the closing one";
            default -> "CommonMark has no strikethrough, so use <del>…</del>";
        };
        return "'" + run + "' shows as written in \"" + sentence + "\": " + why + ", or write " + escaped
                + " to show it on purpose";
    }
}
