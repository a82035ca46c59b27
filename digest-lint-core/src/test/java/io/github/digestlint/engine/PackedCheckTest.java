package io.github.digestlint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digestlint.Lint;
import io.github.digestlint.source.BinaryWriter;
import io.github.digestlint.source.SourceText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PackedCheckTest {

    private static final String PATH = "_posts/2025-09-26-daily-papers.md";

    /** A check with findings, fixes and a summary: the digest with a trailing space on a heading. */
    private static PostCheck check() {
        return new Linter(Lint.EVERY_RULE).check(PATH,
                SourceText.of(Lint.GOOD_DIGEST.replace("## Method", "## Method  ")));
    }

    @Test
    void readsBackWhatItStored() throws IOException {
        PostCheck check = check();
        PackedCheck packed = PackedCheck.pack(check);

        assertThat(check.findings()).isNotEmpty();
        assertThat(check.summary()).isPresent();
        assertThat(packed.unpack(PATH, UnaryOperator.identity())).isEqualTo(check);
    }

    @Test
    void refusesBytesCutShortAnywhere() throws IOException {
        byte[] bytes = bytes(PackedCheck.pack(check()));

        for (int length = 0; length < bytes.length; length++) {
            int cut = length;
            assertThatThrownBy(() -> PackedCheck.of(bytes, 0, cut).unpack(PATH, UnaryOperator.identity()))
                    .as("the bytes cut to %d of %d", cut, bytes.length)
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void refusesBytesThatGoOnAfterTheirEnd() throws IOException {
        byte[] bytes = bytes(PackedCheck.pack(check()));
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);

        assertThatThrownBy(() -> PackedCheck.of(longer, 0, longer.length).unpack(PATH, UnaryOperator.identity()))
                .isInstanceOf(IOException.class).hasMessageContaining("goes on after its end");
    }

    @Test
    void keepsOneCopyOfEachStringItIsHandedToShare() throws IOException {
        Map<String, String> shared = new HashMap<>();
        PackedCheck packed = PackedCheck.pack(check());

        PostCheck first = packed.unpack(PATH, text -> shared.computeIfAbsent(text, same -> same));
        PostCheck second = packed.unpack(PATH, text -> shared.computeIfAbsent(text, same -> same));

        assertThat(second.findings().get(0).message()).isSameAs(first.findings().get(0).message());
    }

    private static byte[] bytes(PackedCheck packed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        packed.writeTo(out);
        return out.toByteArray();
    }

    @Test
    void refusesANumberOutOfItsRangeAsDamage() {
        BinaryWriter out = new BinaryWriter();
        out.writeCount(2);
        out.writeString("title-quotes");
        out.writeString("a message");
        out.writeCount(1);
        out.writeCount(0);
        out.writeByte(0);
        out.writeCount(0);
        out.writeCount(1);
        out.writeCount(1);
        out.writeCount(1);
        out.writeCount(1);
        out.writeCount(0);
        out.writeBoolean(false);
        byte[] lineZero = out.toByteArray();

        assertThatThrownBy(() -> PackedCheck.of(lineZero, 0, lineZero.length).unpack(PATH, UnaryOperator.identity()))
                .isInstanceOf(IOException.class).hasMessageContaining("1-based");
    }
}
