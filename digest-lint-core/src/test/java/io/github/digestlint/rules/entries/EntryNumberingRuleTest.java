package io.github.digestlint.rules.entries;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_FRONT_MATTER;
import static io.github.digestlint.Lint.findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntryNumberingRuleTest {

    /** The findings on a digest whose body, from line 9 on, is {@code body}. */
    private static List<String> check(String body) {
        return findings("entry-numbering", DIGEST_PATH, GOOD_FRONT_MATTER + "\n" + body);
    }

    @Test
    void acceptsNumbersThatRunFromOne() {
        assertThat(check("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)
                # 2. [FLUX](https://arxiv.org/abs/2509.21278)
                # 3. [SD3.5-Flash](https://arxiv.org/abs/2509.21318)
                """)).isEmpty();
    }

    @Test
    void countsAnEntryWithoutANumberInItsPlace() {
        assertThat(check("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)
                # [FLUX](https://arxiv.org/abs/2509.21278)
                # 3. [SD3.5-Flash](https://arxiv.org/abs/2509.21318)
                """)).isEmpty();
    }

    @Test
    void reportsAWrongStart() {
        assertThat(check("""
                # 0. [CHARM](https://arxiv.org/abs/2509.21114)
                # 1. [FLUX](https://arxiv.org/abs/2509.21278)
                """)).containsExactly(
                DIGEST_PATH + ":9:3: error: the first entry is numbered 0; expected 1 [entry-numbering]",
                DIGEST_PATH + ":10:3: error: number 1 breaks the sequence 1, 2, 3…; expected 2 [entry-numbering]");
    }

    @Test
    void reportsEveryNumberAfterAGap() {
        assertThat(check("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)
                # 2. [FLUX](https://arxiv.org/abs/2509.21278)
                # 4. [SD3.5-Flash](https://arxiv.org/abs/2509.21318)
                #  5. [BESPOKE](https://arxiv.org/abs/2509.21106)
                """)).containsExactly(
                DIGEST_PATH + ":11:3: error: number 4 breaks the sequence 1, 2, 3…; expected 3 [entry-numbering]",
                DIGEST_PATH + ":12:4: error: number 5 breaks the sequence 1, 2, 3…; expected 4 [entry-numbering]");
    }

    @Test
    void reportsARepeatedNumber() {
        assertThat(check("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)
                # 2. [FLUX](https://arxiv.org/abs/2509.21278)
                # 2. [SD3.5-Flash](https://arxiv.org/abs/2509.21318)
                """)).containsExactly(DIGEST_PATH + ":11:3: error: number 2 is the same as the entry before;"
                + " expected 3 [entry-numbering]");
    }
}
