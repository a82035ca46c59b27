package io.github.digestlint.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;

/**
 * Columns come from a count of surrogate pairs kept every few dozen chars rather than from counting
 * the line, so that they cost the same on a line of a megabyte; they must agree with
 * {@link String#codePointCount} and {@link String#offsetByCodePoints} everywhere, on texts long
 * enough to cross many of those counts, with emoji, Hangul, every line ending and lone surrogates.
 */
class SourceTextColumnsTest {

    private static final List<String> PIECES = List.of("a", "b", " ", "가", "😀", "\n", "\r\n", "\r",
            "\uD83D", "\uDE00", "\uD83D\uD83D", "\uDE00\uDE00");

    @Property(tries = 2000)
    void everyPositionCountsCodePointsFromItsLineStart(@ForAll("texts") String text) {
        SourceText source = SourceText.of(text);

        for (int offset = 0; offset <= text.length(); offset++) {
            int line = source.lineOf(offset);
            int column = text.codePointCount(source.lineStart(line), offset) + 1;
            assertThat(source.position(offset)).as("offset %d", offset).isEqualTo(new Position(line, column));
        }
    }

    @Property(tries = 2000)
    void everyColumnOfEveryLineLeadsWhereOffsetByCodePointsDoes(@ForAll("texts") String text) {
        SourceText source = SourceText.of(text);

        for (int line = 1; line <= source.lineCount(); line++) {
            int start = source.lineStart(line);
            int available = text.codePointCount(start, source.lineEnd(line));
            for (int column = -1; column <= available + 1; column++) {
                int expected = text.offsetByCodePoints(start, Math.min(Math.max(column, 0), available));
                assertThat(source.offset(line, column)).as("line %d column %d", line, column).isEqualTo(expected);
            }
        }
    }

    @Provide
    Arbitrary<String> texts() {
        // Up to 400 pieces: several of the 64-char blocks the pair counts are kept for.
        return Arbitraries.of(PIECES).list().ofMaxSize(400).withSizeDistribution(RandomDistribution.uniform())
                .map(pieces -> String.join("", pieces));
    }
}
