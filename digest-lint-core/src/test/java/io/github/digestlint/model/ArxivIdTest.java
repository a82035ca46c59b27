package io.github.digestlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArxivIdTest {

    @Test
    void readsANewStyleIdWithItsVersion() {
        ArxivId id = ArxivId.parse("2509.21114v2").orElseThrow();

        assertThat(id.isOldStyle()).isFalse();
        assertThat(id.year()).isEqualTo(2025);
        assertThat(id.month()).isEqualTo(9);
        assertThat(id.yymm()).isEqualTo("2509");
        assertThat(id.number()).isEqualTo("21114");
        assertThat(id.version()).isEqualTo(OptionalInt.of(2));
        assertThat(id.withoutVersion()).hasToString("2509.21114");
        assertThat(id).hasToString("2509.21114v2");
    }

    @Test
    void readsAnOldStyleIdInTheTwentiethCentury() {
        ArxivId id = ArxivId.parse("math.GT/9903136").orElseThrow();

        assertThat(id.isOldStyle()).isTrue();
        assertThat(id.archive()).hasValue("math.GT");
        assertThat(id.year()).isEqualTo(1999);
        assertThat(id.yymm()).isEqualTo("9903");
        assertThat(id.number()).isEqualTo("136");
        assertThat(id.version()).isEmpty();
        assertThat(id).hasToString("math.GT/9903136");
        assertThat(ArxivId.parse("hep-th/0703001").orElseThrow().year()).isEqualTo(2007);
    }

    @Test
    void writesTheLeadingZerosOfItsYearAndMonth() {
        assertThat(ArxivId.parse("hep-th/0003001").orElseThrow()).hasToString("hep-th/0003001");
        assertThat(ArxivId.parse("0704.0001").orElseThrow().yymm()).isEqualTo("0704");
        assertThat(ArxivId.parse("2501.00001v3").orElseThrow()).hasToString("2501.00001v3");
    }

    @Test
    void keepsAMonthThatDoesNotExistSoThatItCanBeReported() {
        assertThat(ArxivId.parse("2513.01234")).hasValueSatisfying(id -> assertThat(id.month()).isEqualTo(13));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2509", "2509.", "25091.21114", "2509.21114v", "hep-th/990", "HEP-TH/9901001",
            "2509.21114 ", "abs/2509.21114"})
    void rejectsTextThatIsNotShapedLikeAnId(String text) {
        assertThat(ArxivId.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://arxiv.org/abs/2509.21114", "http://arxiv.org/abs/2509.21114v3",
            "https://www.arxiv.org/pdf/2509.21114", "https://arxiv.org/pdf/2509.21114v1.pdf",
            "https://export.arxiv.org/abs/2509.21114", "arxiv.org/abs/2509.21114", "https://arxiv.org/abs/2509.21114/",
            "https://arxiv.org/abs/2509.21114?context=cs"})
    void readsTheIdOutOfEveryFormOfArxivLink(String url) {
        assertThat(ArxivId.fromUrl(url).map(ArxivId::withoutVersion))
                .hasValue(ArxivId.parse("2509.21114").orElseThrow());
    }

    @Test
    void readsAnOldStyleIdOutOfALink() {
        assertThat(ArxivId.fromUrl("https://arxiv.org/abs/hep-th/9901001v2").map(ArxivId::toString))
                .isEqualTo(Optional.of("hep-th/9901001v2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://openreview.net/forum?id=2509.21114", "https://arxiv.org/list/cs.CV/recent",
            "https://arxiv.org/abs/", "https://www.alphaxiv.org/ko/overview/2509.21114"})
    void findsNoIdInOtherLinks(String url) {
        assertThat(ArxivId.fromUrl(url)).isEmpty();
    }
}
