package io.github.digestlint.rules.file;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_FRONT_MATTER;
import static io.github.digestlint.Lint.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.Lint;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.source.SourceText;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodingRuleTest {

    @Test
    void acceptsUtf8TextInAnyScript() {
        assertThat(findings("encoding", DIGEST_PATH, GOOD_FRONT_MATTER + "\n본문이다. 😀\n")).isEmpty();
    }

    @Test
    void reportsTheFirstByteThatIsNotUtf8() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(GOOD_FRONT_MATTER.getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("\n본문".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);

        assertThat(new Linter(Lint.DEFAULTS)
                .lint(DIGEST_PATH, SourceText.decode(bytes.toByteArray())).stream()
                .filter(finding -> finding.ruleId().equals("encoding")).map(Finding::format))
                .containsExactly(DIGEST_PATH + ":9:3: error: bytes here are not UTF-8 text; the page would show them"
                        + " as \uFFFD. Save the post as UTF-8 [encoding]");
    }

    @Test
    void reportsANulByte() {
        assertThat(findings("encoding", DIGEST_PATH, GOOD_FRONT_MATTER + "ab\0c\n")).containsExactly(DIGEST_PATH
                + ":8:3: error: the post holds a NUL byte, so it is a binary file rather than text [encoding]");
    }
}
