package io.github.digestlint.rules.content;

import io.github.digestlint.model.Block;
import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.Post;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.DigestRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;

/**
 * The script asks for formal prose without emoji, and models add them anyway (🚀, ✅). Java 17 has
 * no emoji property (neither {@code Character.isEmoji} nor {@code \p{IsEmoji}}), so the rule
 * knows the characters that Unicode shows as emoji by default (Emoji_Presentation) by their
 * ranges, and takes any other symbol as an emoji when a variation selector asks for emoji
 * presentation ({@code ❤️}). Symbols that are text by default are left alone: {@code ©}, {@code ®},
 * {@code ™}, arrows ({@code →}), math ({@code ∆}, {@code ×}), check marks ({@code ✓}). Headings are
 * not checked: titles are copied from arXiv as they are. Neither are code blocks, which
 * {@code no-code-block} reports.
 */
public final class NoEmojiRule implements DigestRule {

    private static final RuleMetadata METADATA = new RuleMetadata("no-emoji",
            "An emoji in the text of a digest.", Severity.WARNING, false, Concern.CONTENT);

    /** Pairs of first and last code points that are emoji by default, from Unicode's emoji data. */
    /** The last char of the basic plane with emoji presentation: the last range below 0x10000. */
    private static final int LAST_EMOJI_IN_BASIC_PLANE = 0x2B55;
    private static final int[] EMOJI_PRESENTATION = {
        0x231A, 0x231B, 0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3, 0x25FD, 0x25FE, 0x2614, 0x2615,
        0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE,
        0x26C4, 0x26C5, 0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5,
        0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728, 0x274C, 0x274C,
        0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797, 0x27B0, 0x27B0, 0x27BF, 0x27BF,
        0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55,
        0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A, 0x1F1E6, 0x1F1FF,
        0x1F201, 0x1F201, 0x1F21A, 0x1F21A, 0x1F22F, 0x1F22F, 0x1F232, 0x1F236, 0x1F238, 0x1F23A,
        0x1F250, 0x1F251,
        // Whole blocks of pictographs, emoticons and transport symbols, and the blocks Unicode keeps
        // for new emoji, whose newer characters Java 17 does not know yet.
        0x1F300, 0x1F64F, 0x1F680, 0x1F6FF, 0x1F7E0, 0x1F7EB, 0x1F7F0, 0x1F7F0, 0x1F90C, 0x1F9FF,
        0x1FA70, 0x1FAFF,
    };
    private static final int VARIATION_EMOJI = 0xFE0F;
    private static final int VARIATION_TEXT = 0xFE0E;
    private static final int KEYCAP = 0x20E3;
    private static final int JOINER = 0x200D;

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Post post, DigestKind kind, Reporter reporter) {
        post.blocks().forEach(block -> check(block, reporter));
    }

    /** Reads the text of paragraphs, in lists and quotes too; code and HTML are not prose. */
    private static void check(Block block, Reporter reporter) {
        switch (block.kind()) {
            case PARAGRAPH -> checkText(block, reporter);
            case BULLET_LIST, ORDERED_LIST, LIST_ITEM, BLOCK_QUOTE ->
                    block.children().forEach(child -> check(child, reporter));
            default -> {
                // Code and HTML are not prose; a thematic break has no text.
            }
        }
    }

    private static void checkText(Block block, Reporter reporter) {
        String text = block.text();
        // The first emoji variation selector after the char at hand: nearly every text has none, so
        // each char is read once rather than with the one after it.
        int selector = text.indexOf(VARIATION_EMOJI);
        int at = 0;
        while (at < text.length()) {
            if (selector >= 0 && selector <= at) {
                selector = text.indexOf(VARIATION_EMOJI, at + 1);
            }
            if (cannotStartEmoji(text.charAt(at), selector == at + 1)) {
                at++;
                continue;
            }
            int end = emojiEnd(text, at);
            if (end > at) {
                reporter.report(block.source(at, end), "emoji '" + text.substring(at, end)
                        + "' in a digest; the posts are formal prose, so delete it or say what it means in words");
                at = end;
            } else {
                at += Character.charCount(text.codePointAt(at));
            }
        }
    }

    /**
     * The end of the emoji that starts at {@code at}, with what belongs to it (a skin tone, a
     * variation selector, a keycap, a second flag letter, characters joined by a zero-width
     * joiner); {@code at} itself when no emoji starts there.
     */
    private static int emojiEnd(String text, int at) {
        int first = text.codePointAt(at);
        int end = at + Character.charCount(first);
        int next = end < text.length() ? text.codePointAt(end) : -1;
        boolean emoji = next != VARIATION_TEXT && isEmojiPresentation(first)
                || next == VARIATION_EMOJI && Character.getType(first) == Character.OTHER_SYMBOL
                || next == VARIATION_EMOJI && followedByKeycap(text, end);
        if (!emoji) {
            return at;
        }
        if (isRegionalIndicator(first) && isRegionalIndicator(next)) {
            return end + Character.charCount(next);
        }
        while (end < text.length()) {
            int c = text.codePointAt(end);
            if (c == JOINER && end + 1 < text.length()) {
                end += 1 + Character.charCount(text.codePointAt(end + 1));
            } else if (c == VARIATION_EMOJI || c == KEYCAP || isSkinTone(c) || isTag(c)) {
                end += Character.charCount(c);
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * Nearly all of a post is Hangul and Latin text, outside the few blocks where emoji start; a
     * look at one char, and whether an emoji variation selector follows it, spares them the table
     * search.
     */
    private static boolean cannotStartEmoji(char c, boolean beforeSelector) {
        boolean outsideEmojiBlocks = c < EMOJI_PRESENTATION[0]
                || c > LAST_EMOJI_IN_BASIC_PLANE && !Character.isSurrogate(c);
        return outsideEmojiBlocks && !beforeSelector;
    }

    private static boolean followedByKeycap(String text, int selector) {
        int after = selector + 1;
        return after < text.length() && text.charAt(after) == KEYCAP;
    }

    private static boolean isEmojiPresentation(int c) {
        for (int i = 0; i < EMOJI_PRESENTATION.length; i += 2) {
            if (c >= EMOJI_PRESENTATION[i] && c <= EMOJI_PRESENTATION[i + 1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRegionalIndicator(int c) {
        return c >= 0x1F1E6 && c <= 0x1F1FF;
    }

    private static boolean isSkinTone(int c) {
        return c >= 0x1F3FB && c <= 0x1F3FF;
    }

    /** The tag characters that spell out subdivision flags. */
    private static boolean isTag(int c) {
        return c >= 0xE0020 && c <= 0xE007F;
    }
}
