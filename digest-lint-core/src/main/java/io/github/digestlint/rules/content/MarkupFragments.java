package io.github.digestlint.rules.content;

import io.github.digestlint.model.Block.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a scraper or a model leaves of a web page in prose: HTML attributes whose tag was cut
 * off ({@code class="…"}, {@code data-id='…'}), the {@code ">} that closed the tag, CSS declarations
 * ({@code color: #fff;}) and lists of utility classes ({@code flex items-center gap-2}). Each shape
 * is one that prose does not take: an attribute needs its quote, a declaration a CSS value and its
 * semicolon, a class list three classes in a row, two of them with a value such as {@code -2} or
 * {@code -center}.
 */
final class MarkupFragments {

    private static final String ATTRIBUTE_NAMES = "class|className|style|id|href|src|srcset|alt|width|height|rel"
            + "|target|role|tabindex|loading|decoding|viewBox|xmlns|fill|stroke|aria-[a-z]+(?:-[a-z]+)*"
            + "|data-[a-z0-9]+(?:-[a-z0-9]+)*";
    /** Values are read up to their closing quote, within one line and a bounded length. */
    private static final Pattern ATTRIBUTE = Pattern.compile("(?<![\\w-])(?:" + ATTRIBUTE_NAMES
            + ")\\s?=\\s?(?:\"[^\"\\n]{0,200}+\"?|'[^'\\n]{0,200}+'?)");
    private static final Pattern TAG_END = Pattern.compile("\"/?>");

    private static final String CSS_PROPERTIES = "color|background(?:-color)?|font-(?:size|family|style)"
            + "|margin(?:-(?:top|bottom|left|right))?|padding(?:-(?:top|bottom|left|right))?|display"
            + "|border(?:-(?:radius|color|width|style|top|bottom|left|right))?|text-(?:align|decoration|transform)"
            + "|letter-spacing|position|overflow(?:-[xy])?|box-shadow|flex(?:-(?:direction|wrap|basis))?"
            + "|justify-content|align-items|gap|width|height|(?:max|min)-(?:width|height)|top|bottom|left|right"
            + "|cursor|visibility|white-space|vertical-align|float";
    /** Properties whose values are plain numbers; any other takes a number only with its unit. */
    private static final String UNITLESS_CSS_PROPERTIES = "z-index|opacity|font-weight|line-height"
            + "|flex-(?:grow|shrink)|order";
    private static final String CSS_KEYWORDS = "none|auto|inline-flex|flex|inline-block|block|inline|grid|hidden"
            + "|visible|absolute|relative|fixed|sticky|center|left|right|top|bottom|middle|bold|normal|italic"
            + "|solid|dashed|transparent|inherit|initial|pointer|nowrap|wrap|column|row|space-between|flex-start"
            + "|flex-end|uppercase|lowercase|underline|scroll|white|black|red|blue|green|gray|grey";
    private static final String CSS_VALUE = "(?:#[0-9a-fA-F]{3,8}(?![0-9a-zA-Z])|-?(?:\\d+\\.)?\\d+"
            + "(?:px|em|rem|%|vh|vw|pt)|0|(?:rgba?|hsla?|var|calc)\\([^()\\n]{0,60}+\\)|(?:" + CSS_KEYWORDS
            + ")(?![\\w-]))";
    private static final Pattern CSS_DECLARATION = Pattern.compile("(?<![\\w-])(?:(?:" + CSS_PROPERTIES
            + ")\\s?:\\s?" + CSS_VALUE + "(?:\\s" + CSS_VALUE + "){0,3}|(?:" + UNITLESS_CSS_PROPERTIES
            + ")\\s?:\\s?(?:\\d+\\.)?\\d+)\\s?(?:!important)?;");

    /** A word as class lists write them: letters, digits and the marks of variants, fractions and values. */
    private static final Pattern CLASS_WORD = Pattern.compile("[A-Za-z0-9:/.\\[\\]#%-]+");
    private static final Pattern UTILITY_CLASS = Pattern.compile("(?:(?:sm|md|lg|xl|2xl|hover|focus|active"
            + "|disabled|dark|group-hover):)*-?(?:flex|grid|block|inline|hidden|items|justify|content|self|place|gap"
            + "|space|p|px|py|pt|pb|pl|pr|m|mx|my|mt|mb|ml|mr|w|h|min|max|text|font|leading|tracking|bg|border"
            + "|rounded|shadow|opacity|z|top|left|right|bottom|inset|overflow|cursor|transition|duration|ease|col"
            + "|row|order|relative|absolute|fixed|sticky|truncate|underline|whitespace|break|object|ring|outline"
            + "|divide|shrink|grow|basis|aspect|select|container)(?:-[a-z0-9./\\[\\]#%]+)*");
    /** A utility class that ends in a value: a size, a colour's shade, an alignment, a weight. */
    private static final Pattern VALUED_CLASS = Pattern.compile(".*-(?:\\d+(?:\\.\\d+)?|\\d+/\\d+|\\[[^\\]]*\\]"
            + "|xs|sm|md|lg|\\d?xl|full|screen|auto|none|px|center|start|end|between|around|evenly|stretch"
            + "|baseline|thin|light|normal|medium|semibold|bold|extrabold|white|black|transparent"
            + "|(?:gray|slate|zinc|neutral|stone|red|orange|amber|yellow|lime|green|emerald|teal|cyan|sky|blue"
            + "|indigo|violet|purple|fuchsia|pink|rose)-\\d{2,3})");
    private static final int CLASS_LIST_LENGTH = 3;
    private static final int CLASS_LIST_VALUED = 2;

    private MarkupFragments() {
    }

    /**
     * The fragments of markup in a prose text, in order; fragments that touch or that only white
     * space separates are one.
     *
     * @param prose the text, with anything that is not prose (code) blanked out
     */
    static List<TextRange> in(CharSequence prose) {
        List<TextRange> found = new ArrayList<>();
        for (Pattern pattern : List.of(ATTRIBUTE, TAG_END, CSS_DECLARATION)) {
            Matcher matcher = pattern.matcher(prose);
            while (matcher.find()) {
                found.add(new TextRange(matcher.start(), matcher.end()));
            }
        }
        addClassLists(prose, found);
        found.sort(Comparator.comparingInt(TextRange::start).thenComparingInt(TextRange::end));
        return merged(prose, found);
    }

    /** Runs of utility classes that only spaces separate, three or more, two of them with values. */
    private static void addClassLists(CharSequence prose, List<TextRange> found) {
        Matcher word = CLASS_WORD.matcher(prose);
        int runStart = -1;
        int runEnd = -1;
        int length = 0;
        int valued = 0;
        while (word.find()) {
            String text = word.group();
            boolean utility = UTILITY_CLASS.matcher(text).matches();
            boolean continues = utility && length > 0 && onlySpaces(prose, runEnd, word.start());
            if (!continues) {
                addClassList(found, runStart, runEnd, length, valued);
                length = 0;
                valued = 0;
                runStart = word.start();
            }
            if (utility) {
                length++;
                valued += VALUED_CLASS.matcher(text).matches() ? 1 : 0;
                runEnd = word.end();
            }
        }
        addClassList(found, runStart, runEnd, length, valued);
    }

    private static void addClassList(List<TextRange> found, int start, int end, int length, int valued) {
        if (length >= CLASS_LIST_LENGTH && valued >= CLASS_LIST_VALUED) {
            found.add(new TextRange(start, end));
        }
    }

    private static boolean onlySpaces(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    private static List<TextRange> merged(CharSequence prose, List<TextRange> sorted) {
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

    private static boolean blank(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
