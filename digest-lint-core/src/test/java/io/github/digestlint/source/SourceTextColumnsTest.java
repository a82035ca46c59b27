package io.github.digestlint.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.Seeded.Drawn;
import io.github.digestlint.Seeded;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInfo;

/**
 * Columns are counted from the line's start on a short line, and on a long one come from a count of
 * surrogate pairs kept every few dozen chars, so that they cost the same on a line of a megabyte;
 * both must agree with
 * {@link String#codePointCount} and {@link String#offsetByCodePoints} everywhere, on texts long
 * enough to cross many of those counts, with emoji, Hangul, every line ending and lone surrogates.
 */
class SourceTextColumnsTest {

    /** What texts are made of; named, so that a failing text prints legibly. */
    enum Piece {
        A("a"), B("b"), SPACE(" "), HANGUL("가"), EMOJI("😀"), LF("\n"), CRLF("\r\n"), CR("\r"),
        LONE_HIGH("\uD83D"), LONE_LOW("\uDE00"), TWO_HIGH("\uD83D\uD83D"), TWO_LOW("\uDE00\uDE00"),
        /** Longer than the lines whose columns are counted char by char. */
        LONG_RUN("가😀a b\uD83D".repeat(200));

        final String text;

        Piece(String text) {
            this.text = text;
        }
    }

    private static final List<Piece> SHORT_PIECES = List.of(Piece.values()).subList(0, Piece.LONG_RUN.ordinal());
    private static final List<Piece> PIECES = List.of(Piece.values());

    @TestFactory
    Stream<DynamicTest> everyPositionCountsCodePointsFromItsLineStart(TestInfo test) {
        return Seeded.forAll(test, 2000, SourceTextColumnsTest::text,
                SourceTextColumnsTest::everyPositionCountsCodePointsFromItsLineStart);
    }

    @TestFactory
    Stream<DynamicTest> everyPositionOnLongLinesCountsCodePointsFromItsLineStart(TestInfo test) {
        return Seeded.forAll(test, 40, SourceTextColumnsTest::textWithLongLines,
                SourceTextColumnsTest::everyPositionCountsCodePointsFromItsLineStart);
    }

    private static void everyPositionCountsCodePointsFromItsLineStart(String text) {
        SourceText source = SourceText.of(text);

        for (int offset = 0; offset <= text.length(); offset++) {
            int line = source.lineOf(offset);
            int column = text.codePointCount(source.lineStart(line), offset) + 1;
            assertThat(source.position(offset)).as("offset %d", offset).isEqualTo(new Position(line, column));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyColumnOfEveryLineLeadsWhereOffsetByCodePointsDoes(TestInfo test) {
        return Seeded.forAll(test, 2000, SourceTextColumnsTest::text,
                SourceTextColumnsTest::everyColumnOfEveryLineLeadsWhereOffsetByCodePointsDoes);
    }

    @TestFactory
    Stream<DynamicTest> everyColumnOfEveryLongLineLeadsWhereOffsetByCodePointsDoes(TestInfo test) {
        return Seeded.forAll(test, 40, SourceTextColumnsTest::textWithLongLines,
                SourceTextColumnsTest::everyColumnOfEveryLineLeadsWhereOffsetByCodePointsDoes);
    }

    private static void everyColumnOfEveryLineLeadsWhereOffsetByCodePointsDoes(String text) {
        SourceText source = SourceText.of(text);

        for (int line = 1; line <= source.lineCount(); line++) {
            int start = source.lineStart(line);
            int available = text.codePointCount(start, source.lineEnd(line));
            for (int column = -1; column <= available + 1; column++) {
                int expected = text.offsetByCodePoints(start, Math.min(Math.max(column, 0), available));
                assertThat(source.offset(line, column)).as("line %d column %d", line, column)
                        .isEqualTo(expected);
            }
        }
    }

    /** Up to 400 short pieces: several of the 64-char blocks the pair counts are kept for. */
    private static Drawn<Piece, String> text(SplittableRandom random) {
        return joined(Seeded.listOf(random, 0, 400, () -> Seeded.pick(random, SHORT_PIECES)));
    }

    /** Up to 30 pieces, long runs among them, so that some lines are longer than those counted char by char. */
    private static Drawn<Piece, String> textWithLongLines(SplittableRandom random) {
        return joined(Seeded.listOf(random, 0, 30, () -> Seeded.pick(random, PIECES)));
    }

    private static Drawn<Piece, String> joined(List<Piece> pieces) {
        return new Drawn<>(pieces, chosen -> chosen.stream().map(piece -> piece.text).collect(Collectors.joining()));
    }
}
