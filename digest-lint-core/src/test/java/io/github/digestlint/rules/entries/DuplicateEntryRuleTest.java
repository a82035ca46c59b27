package io.github.digestlint.rules.entries;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_FRONT_MATTER;
import static io.github.digestlint.Lint.findings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateEntryRuleTest {

    /** The findings on a digest whose body, from line 9 on, is {@code body}. */
    private static List<String> check(String body) {
        return findings("duplicate-entry", DIGEST_PATH, GOOD_FRONT_MATTER + "\n" + body);
    }

    @Test
    void acceptsDifferentPapers() {
        assertThat(check("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)
                # 2. [FLUX](https://arxiv.org/abs/2509.21278)
                # 3. [Strings](https://arxiv.org/abs/hep-th/9901001)
                """)).isEmpty();
    }

    @Test
    void reportsTheSecondEntryOfAPaperAtItsLink() {
        assertThat(check("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114)

                # 2. [FLUX](https://arxiv.org/abs/2509.21278)

                # 3. [CHARM again](https://arxiv.org/abs/2509.21114)
                """)).containsExactly(DIGEST_PATH + ":13:20: error: entry 3 links to arXiv 2509.21114, the paper of the"
                + " entry on line 9; remove one of the two entries, or correct this link [duplicate-entry]");
    }

    @Test
    void comparesPapersWhateverTheVersionAndTheFormOfTheLink() {
        assertThat(check("""
                # 1. [CHARM](https://arxiv.org/abs/2509.21114v1)
                # 2. [CHARM](http://arxiv.org/pdf/2509.21114v2.pdf)
                # 3. [Strings](https://arxiv.org/abs/hep-th/9901001)
                # 4. [Strings](https://arxiv.org/abs/hep-th/9901001v3)
                """)).containsExactly(
                DIGEST_PATH + ":10:14: error: entry 2 links to arXiv 2509.21114, the paper of the entry on line 9;"
                        + " remove one of the two entries, or correct this link [duplicate-entry]",
                DIGEST_PATH + ":12:16: error: entry 4 links to arXiv hep-th/9901001, the paper of the entry on"
                        + " line 11; remove one of the two entries, or correct this link [duplicate-entry]");
    }
}
