package io.github.digestlint.rules.rendering;

import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.Post;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.DigestRule;
import io.github.digestlint.rule.Renderer;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.source.TextEdit;
import java.util.ArrayList;
import java.util.List;

/**
 * Prose that one renderer reads as markup and the others as text. Kramdown typesets {@code $$…$$}
 * as math and takes {@code {: …}} for an attribute list, which it removes from the page; GitHub
 * strikes out the text between two single tildes, so that "1~2 … 6.5~9" loses the range in
 * between. The configured renderer decides which of these the rule looks for; CommonMark has none of
 * them. Only text the reader would see is read: not code, not what is escaped.
 */
public final class RendererSyntaxRule implements DigestRule {

    private static final RuleMetadata METADATA = new RuleMetadata("renderer-syntax",
            "Text that the configured renderer reads as markup: kramdown's '$$…$$' math and '{: …}' attribute"
                    + " lists, GitHub's strikethrough between single tildes.",
            Severity.WARNING, true, Concern.RENDERING);

    private final Renderer renderer;

    public RendererSyntaxRule() {
        this(Renderer.DEFAULT);
    }

    private RendererSyntaxRule(Renderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public DigestRule withRenderer(Renderer chosen) {
        return chosen == renderer ? this : new RendererSyntaxRule(chosen);
    }

    @Override
    public void check(Post post, DigestKind kind, Reporter reporter) {
        if (renderer == Renderer.COMMONMARK) {
            return;
        }
        for (Prose prose : Prose.of(post)) {
            if (renderer == Renderer.KRAMDOWN) {
                checkMath(post, prose, reporter);
                checkAttributeLists(post, prose, reporter);
            } else {
                checkSingleTildes(post, prose, reporter);
            }
        }
    }

    /** Pairs of {@code $$}, in order, in one heading or paragraph. */
    private static void checkMath(Post post, Prose prose, Reporter reporter) {
        String text = prose.text();
        int opening = -1;
        for (int at = text.indexOf("$$"); at >= 0; at = text.indexOf("$$", at + 2)) {
            if (!prose.writtenAsIs(post, at, at + 2)) {
                continue;
            }
            if (opening < 0) {
                opening = at;
                continue;
            }
            String formula = Prose.cut(text.substring(opening + 2, at));
            List<TextEdit> fix = List.of(new TextEdit(prose.source(opening, opening + 2), "\\$\\$"),
                    new TextEdit(prose.source(at, at + 2), "\\$\\$"));
            reporter.report(prose.source(opening, at + 2), "kramdown reads '$$" + formula + "$$' as math: the page"
                    + " shows '\\(" + formula + "\\)', or a formula where the site loads MathJax, in place of the text;"
                    + " write \\$\\$ to show the dollars", fix);
            opening = -1;
        }
    }

    /**
     * {@code {:} and a {@code }} after it on the same line. The next brace and line break are
     * remembered, so that a paragraph of many {@code {:} and no brace is read in one pass.
     */
    private static void checkAttributeLists(Post post, Prose prose, Reporter reporter) {
        String text = prose.text();
        int close = -2;
        int lineEnd = -2;
        for (int at = text.indexOf("{:"); at >= 0; at = text.indexOf("{:", at + 2)) {
            if (close != -1 && close < at + 2) {
                close = text.indexOf('}', at + 2);
            }
            if (lineEnd != -1 && lineEnd < at) {
                lineEnd = text.indexOf('\n', at);
            }
            if (close < 0 || lineEnd >= 0 && close > lineEnd || !prose.writtenAsIs(post, at, at + 2)) {
                continue;
            }
            String list = text.substring(at, close + 1);
            reporter.report(prose.source(at, close + 1), "kramdown reads '" + Prose.cut(list) + "' as an attribute"
                    + " list and removes it from the page; write \\{: to show it",
                    List.of(TextEdit.insert(prose.source(at, at + 1).start(), "\\")));
        }
    }

    /**
     * Single tildes that GitHub pairs into strikethrough: one that may open (the next char is not
     * white space, and not punctuation unless white space or punctuation comes before) pairs with
     * the next one that may close, as the GFM spec's delimiter runs do.
     */
    private static void checkSingleTildes(Post post, Prose prose, Reporter reporter) {
        String text = prose.text();
        List<Integer> tildes = new ArrayList<>();
        for (int at = text.indexOf('~'); at >= 0; at = text.indexOf('~', at + 1)) {
            boolean single = (at == 0 || text.charAt(at - 1) != '~')
                    && (at + 1 == text.length() || text.charAt(at + 1) != '~');
            if (single && prose.writtenAsIs(post, at, at + 1)) {
                tildes.add(at);
            }
        }
        int opening = -1;
        for (int at : tildes) {
            char before = at == 0 ? ' ' : text.charAt(at - 1);
            char after = at + 1 == text.length() ? ' ' : text.charAt(at + 1);
            if (opening >= 0 && canClose(before, after)) {
                String struck = Prose.cut(text.substring(opening + 1, at));
                reporter.report(prose.source(opening, at + 1), "GitHub strikes through the text between two single"
                        + " tildes: '" + struck + "' shows struck out, and the tildes do not show; write \\~ for a"
                        + " tilde", List.of(TextEdit.insert(prose.source(opening, opening + 1).start(), "\\"),
                        TextEdit.insert(prose.source(at, at + 1).start(), "\\")));
                opening = -1;
            } else if (canOpen(before, after)) {
                opening = at;
            }
        }
    }

    private static boolean canOpen(char before, char after) {
        return !Character.isWhitespace(after)
                && (!isPunctuation(after) || Character.isWhitespace(before) || isPunctuation(before));
    }

    private static boolean canClose(char before, char after) {
        return !Character.isWhitespace(before)
                && (!isPunctuation(before) || Character.isWhitespace(after) || isPunctuation(after));
    }

    private static boolean isPunctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

}
