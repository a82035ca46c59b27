package io.github.digestlint.rules.entries;

import static io.github.digestlint.Lint.DIGEST_PATH;
import static io.github.digestlint.Lint.GOOD_FRONT_MATTER;
import static io.github.digestlint.Lint.findings;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoEntriesRuleTest {

    @Test
    void acceptsADigestWithAnEntry() {
        String post = GOOD_FRONT_MATTER + "\n# 1. [CHARM](https://arxiv.org/abs/2509.21114)\n";

        assertThat(findings("no-entries", DIGEST_PATH, post)).isEmpty();
    }

    @Test
    void reportsADigestWithoutEntriesOnTheLineAfterItsFrontMatter() {
        String post = GOOD_FRONT_MATTER + "오늘은 논문이 없다.\n\n## Introduction\n- Goal: 없다.\n";

        assertThat(findings("no-entries", DIGEST_PATH, post)).containsExactly(DIGEST_PATH + ":8:1: error: digest has"
                + " no entries; expected entries such as '# 1. [Paper title](https://arxiv.org/abs/YYMM.NNNNN)'"
                + " after the front matter [no-entries]");
    }

    @Test
    void reportsAnEmptyDigestWithoutFrontMatterAtItsStart() {
        assertThat(findings("no-entries", DIGEST_PATH, "")).containsExactly(DIGEST_PATH + ":1:1: error: digest has"
                + " no entries; expected entries such as '# 1. [Paper title](https://arxiv.org/abs/YYMM.NNNNN)'"
                + " after the front matter [no-entries]");
    }
}
