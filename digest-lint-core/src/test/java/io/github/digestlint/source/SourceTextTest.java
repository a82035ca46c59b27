package io.github.digestlint.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void countsColumnsInCharactersAsAnEditorShowsThem() {
        SourceText source = SourceText.of("# 제목\n본문 text 😀x\n");

        assertThat(source.position(source.text().indexOf("text"))).isEqualTo(new Position(2, 4));
        assertThat(source.position(source.text().lastIndexOf('x'))).isEqualTo(new Position(2, 10));
    }

    @Test
    void knowsLinesWhateverTheirEnding() {
        SourceText source = SourceText.of("one\r\ntwo\nthree\rfour");

        assertThat(source.lineCount()).isEqualTo(4);
        assertThat(source.line(1)).isEqualTo("one");
        assertThat(source.line(2)).isEqualTo("two");
        assertThat(source.line(3)).isEqualTo("three");
        assertThat(source.line(4)).isEqualTo("four");
        assertThat(source.position(source.text().indexOf("four"))).isEqualTo(new Position(4, 1));
    }

    @Test
    void placesTheEndOfTheTextOnTheLastLine() {
        SourceText source = SourceText.of("a\n");

        assertThat(source.lineCount()).isEqualTo(2);
        assertThat(source.position(2)).isEqualTo(new Position(2, 1));
    }

    @Test
    void mapsCodePointColumnsToOffsets() {
        SourceText source = SourceText.of("a\n😀 제목: x\n");

        assertThat(source.offset(2, 4)).isEqualTo(source.text().indexOf(':'));
        assertThat(source.offset(2, 99)).isEqualTo(source.lineEnd(2));
    }

    @Test
    void keepsAByteOrderMarkOutOfTheText() {
        SourceText source = SourceText.decode("\uFEFF---\n".getBytes(StandardCharsets.UTF_8));

        assertThat(source.hasByteOrderMark()).isTrue();
        assertThat(source.line(1)).isEqualTo("---");
    }

    @Test
    void remembersWhereTheTextStopsBeingUtf8() {
        byte[] bytes = {'a', 'b', '\n', 'c', (byte) 0xC3, (byte) 0x28, 'd'};

        SourceText source = SourceText.decode(bytes);

        assertThat(source.firstMalformedOffset()).hasValue(4);
        assertThat(source.position(4)).isEqualTo(new Position(2, 2));
        assertThat(source.line(2)).isEqualTo("c\uFFFD(d");
    }

    @Test
    void decodesValidUtf8WithoutComplaint() {
        SourceText source = SourceText.decode("제목".getBytes(StandardCharsets.UTF_8));

        assertThat(source.text()).isEqualTo("제목");
        assertThat(source.firstMalformedOffset()).isEmpty();
    }

    @Test
    void takesAReplacementCharWrittenInThePostForText() {
        SourceText source = SourceText.decode("a\uFFFDb".getBytes(StandardCharsets.UTF_8));

        assertThat(source.text()).isEqualTo("a\uFFFDb");
        assertThat(source.firstMalformedOffset()).isEmpty();
    }

    @Test
    void findsTheBadByteAfterAReplacementCharWrittenInThePost() {
        byte[] written = "\uFEFF\uFFFD!".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(written, written.length + 1);
        bytes[written.length] = (byte) 0xFF;

        SourceText source = SourceText.decode(bytes);

        assertThat(source.text()).isEqualTo("\uFFFD!\uFFFD");
        assertThat(source.firstMalformedOffset()).hasValue(2);
    }
}
