package io.github.digestlint.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * A post's decoded text and its line index. Every offset in the model points into {@link #text()};
 * {@link #position(int)} turns it into the line and column an editor shows.
 *
 * <p>A leading byte order mark is not part of the text (editors hide it, and Jekyll skips it), but
 * is remembered so that a rewrite can keep it. Bytes that are not UTF-8 are decoded as U+FFFD and
 * the first one is remembered, so that the rest of the post can still be checked.
 *
 * <p>Columns count code points, so a column is a count from the start of its line. On a line of
 * at most {@value #DIRECT_COUNT} chars they are counted where they are asked for; for a longer one
 * the text keeps a count of surrogate pairs every {@value #PAIR_COUNT_STRIDE} chars, made when
 * first needed, so that a column costs the same on a line of a megabyte as on a short one.
 */
public final class SourceText {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final char REPLACEMENT_CHAR = '\uFFFD';
    private static final int PAIR_COUNT_STRIDE = 64;
    /**
     * How far from its line's start a column is counted char by char. Nearly every post's lines are
     * shorter, and counting the pairs of the whole text for every post cost more than its findings'
     * columns do.
     */
    private static final int DIRECT_COUNT = 16 * PAIR_COUNT_STRIDE;

    private final String text;
    private final boolean byteOrderMark;
    private final OptionalInt firstMalformedOffset;
    private final int[] lineStarts;
    /**
     * Element k: how many surrogate pairs end before char k × {@value #PAIR_COUNT_STRIDE}; null
     * until a long line needs it.
     */
    private volatile int[] pairsBefore;

    private SourceText(String text, boolean byteOrderMark, OptionalInt firstMalformedOffset) {
        this.text = text;
        this.byteOrderMark = byteOrderMark;
        this.firstMalformedOffset = firstMalformedOffset;
        this.lineStarts = indexLines(text);
    }

    /** Text that is already decoded, such as a snippet in a test; a leading BOM is split off. */
    public static SourceText of(String text) {
        boolean bom = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK;
        return new SourceText(bom ? text.substring(1) : text, bom, OptionalInt.empty());
    }

    /**
     * Reads a post file; see {@link #decode(byte[])}.
     *
     * @throws FileBytes.TooLargeException when it holds more than {@code maxBytes} bytes
     */
    public static SourceText read(Path file, int maxBytes) throws IOException {
        return decode(FileBytes.read(file, maxBytes));
    }

    /** Decodes UTF-8 bytes; malformed input is replaced, never fatal. */
    public static SourceText decode(byte[] bytes) {
        // The JDK's own decoding is several times faster than a CharsetDecoder's; a replacement
        // char in its result is the only sign of a bad byte, and then the strict decoder finds it.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf(REPLACEMENT_CHAR) < 0) {
            return of(lenient);
        }
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = strict.decode(ByteBuffer.wrap(bytes), out, true);
        if (!result.isError()) {
            // The replacement char is written in the post itself.
            return of(lenient);
        }
        // Decoding is identical up to the first bad byte, so this offset holds in the lenient text.
        int malformedAt = out.position();
        boolean bom = !lenient.isEmpty() && lenient.charAt(0) == BYTE_ORDER_MARK;
        return new SourceText(bom ? lenient.substring(1) : lenient, bom,
                OptionalInt.of(bom ? malformedAt - 1 : malformedAt));
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public boolean hasByteOrderMark() {
        return byteOrderMark;
    }

    /** Offset of the first byte sequence that was not UTF-8, if any. */
    public OptionalInt firstMalformedOffset() {
        return firstMalformedOffset;
    }

    /**
     * The line break that ends a line ({@code \n}, {@code \r\n} or an old Mac's {@code \r}), so that
     * a line inserted after it ends alike in a post of mixed endings. The last line has none: it
     * takes the nearest one above it, and a post of one line takes {@code \n}.
     */
    public String lineEnding(int line) {
        for (int at = Math.min(checkLine(line), lineStarts.length - 1); at >= 1; at--) {
            if (lineEnd(at) < lineStarts[at]) {
                return text.substring(lineEnd(at), lineStarts[at]);
            }
        }
        return "\n";
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** Offset where a 1-based line starts. */
    public int lineStart(int line) {
        return lineStarts[checkLine(line) - 1];
    }

    /** Offset just past a line's content, before its line terminator. */
    public int lineEnd(int line) {
        checkLine(line);
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        if (end > lineStarts[line - 1] && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > lineStarts[line - 1] && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    /** A line's content without its terminator. */
    public String line(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    /** The 1-based line that holds an offset; the end of the text belongs to the last line. */
    public int lineOf(int offset) {
        checkOffset(offset);
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    public Position position(int offset) {
        int line = lineOf(offset);
        int start = lineStarts[line - 1];
        return new Position(line, codePointsBetween(start, offset) + 1);
    }

    /**
     * The offset of a 1-based line and a 0-based column counted in code points, as YAML parsers
     * report them; a column past the line's end is clamped to it.
     */
    public int offset(int line, int codePointColumn) {
        int start = lineStart(Math.min(Math.max(line, 1), lineCount()));
        int end = lineEnd(lineOf(start));
        int codePoints = Math.min(Math.max(codePointColumn, 0), codePointsBetween(start, end));
        if (end - start > DIRECT_COUNT) {
            return offsetAfter(codePointsBefore(start) + codePoints);
        }
        int offset = start;
        for (int counted = 0; counted < codePoints; counted++) {
            offset = nextCodePoint(offset);
        }
        return offset;
    }

    public String slice(Span span) {
        return text.substring(span.start(), span.end());
    }

    private static int[] indexLines(String text) {
        int[] starts = new int[64];
        int count = 1;
        // indexOf is vectorised; a lone CR, rare, ends a line as well and is looked for only when present.
        boolean hasCarriageReturn = text.indexOf('\r') >= 0;
        for (int i = nextTerminator(text, 0, hasCarriageReturn); i >= 0; i = nextTerminator(text, i + 1,
                hasCarriageReturn)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return Arrays.copyOf(starts, count);
    }

    /** The next offset from {@code from} on that ends a line: LF, or CR not followed by LF; -1 if none. */
    private static int nextTerminator(String text, int from, boolean hasCarriageReturn) {
        if (!hasCarriageReturn) {
            return text.indexOf('\n', from);
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                return i;
            }
        }
        return -1;
    }

    private int[] pairsBefore() {
        int[] counts = pairsBefore;
        if (counts == null) {
            counts = countPairs();
            pairsBefore = counts;
        }
        return counts;
    }

    private int[] countPairs() {
        int[] counts = new int[text.length() / PAIR_COUNT_STRIDE + 1];
        int pairs = 0;
        for (int block = 1; block < counts.length; block++) {
            for (int i = (block - 1) * PAIR_COUNT_STRIDE; i < block * PAIR_COUNT_STRIDE; i++) {
                if (endsPair(i)) {
                    pairs++;
                }
            }
            counts[block] = pairs;
        }
        return counts;
    }

    /** Whether the char at an offset is the second half of a surrogate pair, which adds no column. */
    private boolean endsPair(int offset) {
        return offset > 0 && Character.isLowSurrogate(text.charAt(offset))
                && Character.isHighSurrogate(text.charAt(offset - 1));
    }

    /**
     * How many code points the text holds from {@code start}, which is not inside a surrogate pair,
     * to {@code offset}.
     */
    private int codePointsBetween(int start, int offset) {
        if (offset - start > DIRECT_COUNT) {
            return codePointsBefore(offset) - codePointsBefore(start);
        }
        int pairs = 0;
        for (int i = start; i < offset; i++) {
            if (endsPair(i)) {
                pairs++;
            }
        }
        return offset - start - pairs;
    }

    /** How many code points the text holds before an offset, as {@link String#codePointCount} counts them. */
    private int codePointsBefore(int offset) {
        int block = offset / PAIR_COUNT_STRIDE;
        int pairs = pairsBefore()[block];
        for (int i = block * PAIR_COUNT_STRIDE; i < offset; i++) {
            if (endsPair(i)) {
                pairs++;
            }
        }
        return offset - pairs;
    }

    /**
     * The offset just past a number of code points from the start of the text, as
     * {@link String#offsetByCodePoints} finds it.
     */
    private int offsetAfter(int codePoints) {
        // The last block that starts at most that many code points in, then code point by code point.
        int low = 0;
        int[] pairsBefore = pairsBefore();
        int high = pairsBefore.length - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (middle * PAIR_COUNT_STRIDE - pairsBefore[middle] <= codePoints) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        int offset = low * PAIR_COUNT_STRIDE;
        if (offset < text.length() && endsPair(offset)) {
            offset++;
        }
        for (int counted = codePointsBefore(offset); counted < codePoints; counted++) {
            offset = nextCodePoint(offset);
        }
        return offset;
    }

    /** Where the code point after the one at {@code offset} starts. */
    private int nextCodePoint(int offset) {
        return Character.isHighSurrogate(text.charAt(offset)) && offset + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(offset + 1)) ? offset + 2 : offset + 1;
    }

    private int checkLine(int line) {
        if (line < 1 || line > lineStarts.length) {
            throw new IndexOutOfBoundsException("line " + line + " of " + lineStarts.length);
        }
        return line;
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " of " + text.length());
        }
    }
}
