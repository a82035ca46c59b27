package io.github.digestlint.rules.content;

import io.github.digestlint.model.Block.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a scraper or a model leaves of a web page in prose: HTML attributes whose tag was cut
 * off ({@code class="…"}, {@code data-id='…'}), the {@code ">} that closed the tag, CSS declarations
 * ({@code color: #fff;}) and lists of utility classes ({@code flex items-center gap-2}). Each shape
 * is one that prose does not take: an attribute needs its quote, a declaration a CSS value and its
 * semicolon, a class list three classes in a row, two of them with a value such as {@code -2} or
 * {@code -center}.
 *
 * <p>Every digest's every piece of prose is read, and nearly none holds markup, so each shape is
 * looked for from the one char it cannot do without (an {@code =}, a quote, a colon, an ASCII
 * word) rather than by a pattern tried at every char: that made the rule a hundred times slower.
 */
final class MarkupFragments {

    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("class|className|style|id|href|src|srcset|alt"
            + "|width|height|rel|target|role|tabindex|loading|decoding|viewBox|xmlns|fill|stroke"
            + "|aria-[a-z]+(?:-[a-z]+)*|data-[a-z0-9]+(?:-[a-z0-9]+)*");
    /** How far an attribute's value is read for its closing quote. */
    private static final int MAX_VALUE = 200;

    private static final Pattern CSS_PROPERTY = Pattern.compile("color|background(?:-color)?"
            + "|font-(?:size|family|style)|margin(?:-(?:top|bottom|left|right))?"
            + "|padding(?:-(?:top|bottom|left|right))?|display|border(?:-(?:radius|color|width|style|top|bottom"
            + "|left|right))?|text-(?:align|decoration|transform)|letter-spacing|position|overflow(?:-[xy])?"
            + "|box-shadow|flex(?:-(?:direction|wrap|basis))?|justify-content|align-items|gap|width|height"
            + "|(?:max|min)-(?:width|height)|top|bottom|left|right|cursor|visibility|white-space|vertical-align"
            + "|float");
    /** Properties whose values are plain numbers; any other takes a number only with its unit. */
    private static final Pattern UNITLESS_CSS_PROPERTY = Pattern.compile("z-index|opacity|font-weight"
            + "|line-height|flex-(?:grow|shrink)|order");
    private static final String CSS_KEYWORDS = "none|auto|inline-flex|flex|inline-block|block|inline|grid|hidden"
            + "|visible|absolute|relative|fixed|sticky|center|left|right|top|bottom|middle|bold|normal|italic"
            + "|solid|dashed|transparent|inherit|initial|pointer|nowrap|wrap|column|row|space-between|flex-start"
            + "|flex-end|uppercase|lowercase|underline|scroll|white|black|red|blue|green|gray|grey";
    private static final String CSS_VALUE = "(?:#[0-9a-fA-F]{3,8}(?![0-9a-zA-Z])|-?(?:\\d+\\.)?\\d+"
            + "(?:px|em|rem|%|vh|vw|pt)|0|(?:rgba?|hsla?|var|calc)\\([^()\\n]{0,60}+\\)|(?:" + CSS_KEYWORDS
            + ")(?![\\w-]))";
    /** What follows a property's colon, up to the semicolon. */
    private static final Pattern CSS_VALUES = Pattern.compile("[ \\t]?" + CSS_VALUE + "(?:[ \\t]" + CSS_VALUE
            + "){0,3}[ \\t]?(?:!important)?;");
    private static final Pattern CSS_NUMBER = Pattern.compile("[ \\t]?(?:\\d+\\.)?\\d+[ \\t]?(?:!important)?;");

    private static final Set<String> CLASS_VARIANTS = Set.of("sm", "md", "lg", "xl", "2xl", "hover", "focus",
            "active", "disabled", "dark", "group-hover");
    private static final Set<String> UTILITY_PREFIXES = Set.of("flex", "grid", "block", "inline", "hidden", "items",
            "justify", "content", "self", "place", "gap", "space", "p", "px", "py", "pt", "pb", "pl", "pr", "m", "mx",
            "my", "mt", "mb", "ml", "mr", "w", "h", "min", "max", "text", "font", "leading", "tracking", "bg",
            "border", "rounded", "shadow", "opacity", "z", "top", "left", "right", "bottom", "inset", "overflow",
            "cursor", "transition", "duration", "ease", "col", "row", "order", "relative", "absolute", "fixed",
            "sticky", "truncate", "underline", "whitespace", "break", "object", "ring", "outline", "divide", "shrink",
            "grow", "basis", "aspect", "select", "container");
    /** A utility class that ends in a value: a size, a colour's shade, an alignment, a weight. */
    private static final Pattern VALUED_CLASS = Pattern.compile(".*-(?:\\d+(?:\\.\\d+)?|\\d+/\\d+|\\[[^\\]]*\\]"
            + "|xs|sm|md|lg|\\d?xl|full|screen|auto|none|px|center|start|end|between|around|evenly|stretch"
            + "|baseline|thin|light|normal|medium|semibold|bold|extrabold|white|black|transparent"
            + "|(?:gray|slate|zinc|neutral|stone|red|orange|amber|yellow|lime|green|emerald|teal|cyan|sky|blue"
            + "|indigo|violet|purple|fuchsia|pink|rose)-\\d{2,3})");
    /** No utility class is longer; a longer word is not read as one. */
    private static final int MAX_CLASS = 60;
    private static final int CLASS_LIST_LENGTH = 3;
    private static final int CLASS_LIST_VALUED = 2;
    /** Which ASCII chars a class name may hold: asked of every char of every text, so a table. */
    private static final boolean[] CLASS_CHARS = new boolean[128];

    static {
        for (char c = 0; c < CLASS_CHARS.length; c++) {
            CLASS_CHARS[c] = Character.isLetterOrDigit(c) || ":/.[]#%-".indexOf(c) >= 0;
        }
    }

    private static final Comparator<TextRange> IN_ORDER = Comparator.comparingInt(TextRange::start)
            .thenComparingInt(TextRange::end);

    private MarkupFragments() {
    }

    /**
     * The fragments of markup in a prose text, in order; fragments that touch or that only white
     * space separates are one.
     *
     * @param prose the text, with anything that is not prose (code) blanked out
     */
    static List<TextRange> in(String prose) {
        List<TextRange> found = new ArrayList<>();
        addAttributes(prose, found);
        addTagEnds(prose, found);
        addCssDeclarations(prose, found);
        addClassLists(prose, found);
        if (found.isEmpty()) {
            return found;
        }
        found.sort(IN_ORDER);
        return merged(prose, found);
    }

    /** {@code name="value"} or {@code name='value'}, from each {@code =}. */
    private static void addAttributes(String text, List<TextRange> found) {
        for (int equals = text.indexOf('='); equals >= 0; equals = text.indexOf('=', equals + 1)) {
            int nameEnd = equals > 0 && isSpace(text.charAt(equals - 1)) ? equals - 1 : equals;
            int nameStart = nameEnd;
            while (nameStart > 0 && isWordChar(text.charAt(nameStart - 1))) {
                nameStart--;
            }
            int quote = equals + 1 < text.length() && isSpace(text.charAt(equals + 1)) ? equals + 2 : equals + 1;
            if (nameStart == nameEnd || quote >= text.length() || text.charAt(quote) != '"' && text.charAt(quote) != '\''
                    || !ATTRIBUTE_NAME.matcher(text).region(nameStart, nameEnd).matches()) {
                continue;
            }
            int close = quote + 1;
            int limit = Math.min(text.length(), quote + 1 + MAX_VALUE);
            while (close < limit && text.charAt(close) != text.charAt(quote) && text.charAt(close) != '\n') {
                close++;
            }
            found.add(new TextRange(nameStart, close < text.length() && text.charAt(close) == text.charAt(quote)
                    ? close + 1 : close));
        }
    }

    /** {@code ">} or {@code "/>}. */
    private static void addTagEnds(String text, List<TextRange> found) {
        for (int quote = text.indexOf('"'); quote >= 0; quote = text.indexOf('"', quote + 1)) {
            if (text.startsWith(">", quote + 1)) {
                found.add(new TextRange(quote, quote + 2));
            } else if (text.startsWith("/>", quote + 1)) {
                found.add(new TextRange(quote, quote + 3));
            }
        }
    }

    /** {@code property: value;}, from each colon. */
    private static void addCssDeclarations(String text, List<TextRange> found) {
        for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
            int end = colon > 0 && isSpace(text.charAt(colon - 1)) ? colon - 1 : colon;
            int start = end;
            while (start > 0 && (isLowerAscii(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
                start--;
            }
            if (start == end || start > 0 && isWordChar(text.charAt(start - 1))) {
                continue;
            }
            Pattern value = CSS_PROPERTY.matcher(text).region(start, end).matches() ? CSS_VALUES
                    : UNITLESS_CSS_PROPERTY.matcher(text).region(start, end).matches() ? CSS_NUMBER : null;
            if (value != null) {
                Matcher declaration = value.matcher(text).region(colon + 1, text.length());
                if (declaration.lookingAt()) {
                    found.add(new TextRange(start, declaration.end()));
                }
            }
        }
    }

    /** Runs of utility classes that only spaces separate, three or more, two of them with values. */
    private static void addClassLists(String text, List<TextRange> found) {
        int runStart = -1;
        int runEnd = -1;
        int length = 0;
        int valued = 0;
        int at = 0;
        while (at < text.length()) {
            if (!isClassChar(text.charAt(at))) {
                at++;
                continue;
            }
            int start = at;
            while (at < text.length() && isClassChar(text.charAt(at))) {
                at++;
            }
            boolean utility = isUtilityClass(text, start, at);
            if (!utility || length == 0 || !onlySpaces(text, runEnd, start)) {
                addClassList(found, runStart, runEnd, length, valued);
                length = 0;
                valued = 0;
                runStart = start;
            }
            if (utility) {
                length++;
                valued += VALUED_CLASS.matcher(text).region(start, at).matches() ? 1 : 0;
                runEnd = at;
            }
        }
        addClassList(found, runStart, runEnd, length, valued);
    }

    /** Variants such as {@code md:}, an optional minus, a known prefix, then values joined by hyphens. */
    private static boolean isUtilityClass(String text, int start, int end) {
        // Most words of prose are ruled out by their first char: a capital, a digit.
        char first = text.charAt(start);
        if (end - start > MAX_CLASS || !isLowerAscii(first) && first != '-' && !text.startsWith("2xl:", start)) {
            return false;
        }
        int base = start;
        for (int colon = start; colon < end; colon++) {
            if (text.charAt(colon) == ':') {
                if (!CLASS_VARIANTS.contains(text.substring(base, colon))) {
                    return false;
                }
                base = colon + 1;
            }
        }
        if (base < end && text.charAt(base) == '-') {
            base++;
        }
        int prefixEnd = base;
        while (prefixEnd < end && text.charAt(prefixEnd) != '-') {
            prefixEnd++;
        }
        if (!UTILITY_PREFIXES.contains(text.substring(base, prefixEnd))) {
            return false;
        }
        for (int i = prefixEnd; i < end; i++) {
            char c = text.charAt(i);
            boolean valueChar = isLowerAscii(c) || c >= '0' && c <= '9' || "./[]#%".indexOf(c) >= 0;
            if (c == '-' ? i + 1 == end || text.charAt(i + 1) == '-' : !valueChar) {
                return false;
            }
        }
        return true;
    }

    private static void addClassList(List<TextRange> found, int start, int end, int length, int valued) {
        if (length >= CLASS_LIST_LENGTH && valued >= CLASS_LIST_VALUED) {
            found.add(new TextRange(start, end));
        }
    }

    private static boolean isClassChar(char c) {
        return c < CLASS_CHARS.length && CLASS_CHARS[c];
    }

    private static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-');
    }

    private static boolean isLowerAscii(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean onlySpaces(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<TextRange> merged(String prose, List<TextRange> sorted) {
        List<TextRange> fragments = new ArrayList<>();
        TextRange current = null;
        for (TextRange next : sorted) {
            if (current != null && (next.start() <= current.end() || blank(prose, current.end(), next.start()))) {
                current = new TextRange(current.start(), Math.max(current.end(), next.end()));
            } else {
                if (current != null) {
                    fragments.add(current);
                }
                current = next;
            }
        }
        if (current != null) {
            fragments.add(current);
        }
        return fragments;
    }

    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
