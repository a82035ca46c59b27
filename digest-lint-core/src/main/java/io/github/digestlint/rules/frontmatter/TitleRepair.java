package io.github.digestlint.rules.frontmatter;

import io.github.digestlint.model.Post;
import io.github.digestlint.model.YamlMapping;
import io.github.digestlint.model.YamlScalar;
import io.github.digestlint.source.TextEdit;
import java.util.List;

/**
 * The repair the title rules share: the title's value, as written in the front matter, replaced by
 * a double-quoted string. Only the scalar's own text changes; the key, a comment after the value
 * and the line ending stay as they are.
 */
final class TitleRepair {

    private TitleRepair() {
    }

    /** The edit that writes {@code value} as the title; none where the rewrite would not be safe. */
    static List<TextEdit> rewrite(Post post, YamlScalar title, String value) {
        String replacement = doubleQuoted(value);
        if (replacement.equals(title.raw()) || !standsAlone(post, title)) {
            return List.of();
        }
        return List.of(new TextEdit(title.span(), replacement));
    }

    /**
     * Whether the scalar's span holds the title's text and nothing else, on one line. A block or
     * multi-line scalar would lose its line breaks; an anchor or tag written before the value is
     * part of the span and would be dropped; a title given by an alias has the span of the value it
     * refers to, written under another key before the title's.
     */
    private static boolean standsAlone(Post post, YamlScalar title) {
        String raw = title.raw();
        boolean oneLine = raw.indexOf('\n') < 0 && raw.indexOf('\r') < 0;
        boolean withProperties = raw.startsWith("&") || raw.startsWith("!");
        boolean afterItsKey = post.data().flatMap(data -> data.pair("title"))
                .map(YamlMapping.Pair::key)
                .filter(key -> key.span().end() <= title.span().start())
                .isPresent();
        return oneLine && !withProperties && afterItsKey;
    }

    /**
     * A YAML double-quoted scalar whose value is the text: {@code "} and {@code \} are escaped, and
     * so is any character that YAML does not allow as written or would read as a line break.
     */
    static String doubleQuoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                quoted.append('\\').appendCodePoint(c);
            } else if (isPrintableOnOneLine(c)) {
                quoted.appendCodePoint(c);
            } else {
                quoted.append(String.format("\\u%04X", c));
            }
        });
        return quoted.append('"').toString();
    }

    /** YAML 1.1's printable characters, without line breaks and the byte order mark. */
    private static boolean isPrintableOnOneLine(int c) {
        return c == '\t' || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) || c >= 0x10000;
    }
}
