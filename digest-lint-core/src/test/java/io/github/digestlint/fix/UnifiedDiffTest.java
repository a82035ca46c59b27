package io.github.digestlint.fix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void printsAUnifiedDiff() {
        assertThat(UnifiedDiff.of("_posts/a.md", "one\ntwo\nthree\n", "one\n2\nthree\n")).isEqualTo("""
                --- a/_posts/a.md
                +++ b/_posts/a.md
                @@ -1,3 +1,3 @@
                 one
                -two
                +2
                 three""");
    }
}
