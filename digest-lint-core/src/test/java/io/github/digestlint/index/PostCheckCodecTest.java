package io.github.digestlint.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digestlint.Lint;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.engine.PostCheck;
import io.github.digestlint.source.SourceText;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PostCheckCodecTest {

    private static final String PATH = "_posts/2025-09-26-daily-papers.md";

    /** A check with findings, fixes and a summary: the digest with a trailing space on a heading. */
    private static PostCheck check() {
        return new Linter(Lint.EVERY_RULE).check(PATH,
                SourceText.of(Lint.GOOD_DIGEST.replace("## Method", "## Method  ")));
    }

    @Test
    void readsBackWhatItStored() throws IOException {
        PostCheck check = check();
        byte[] record = PostCheckCodec.encode(check);

        assertThat(check.findings()).isNotEmpty();
        assertThat(check.summary()).isPresent();
        assertThat(PostCheckCodec.decode(record, 0, record.length, PATH)).isEqualTo(check);
    }

    @Test
    void refusesARecordCutShortAnywhere() {
        byte[] record = PostCheckCodec.encode(check());

        for (int length = 0; length < record.length; length++) {
            int cut = length;
            assertThatThrownBy(() -> PostCheckCodec.decode(record, 0, cut, PATH))
                    .as("the record cut to %d of its %d bytes", cut, record.length)
                    .isInstanceOfAny(IOException.class, IllegalArgumentException.class);
        }
    }

    @Test
    void refusesARecordThatGoesOnAfterItsEnd() {
        byte[] record = PostCheckCodec.encode(check());
        byte[] longer = Arrays.copyOf(record, record.length + 1);

        assertThatThrownBy(() -> PostCheckCodec.decode(longer, 0, longer.length, PATH))
                .isInstanceOf(IOException.class).hasMessageContaining("goes on after its end");
    }
}
