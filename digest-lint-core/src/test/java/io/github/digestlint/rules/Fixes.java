package io.github.digestlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.Lint;

/** Runs {@code digest-lint:fix} on a snippet, for the tests of each rule's repair. */
public final class Fixes {

    private Fixes() {
    }

    /** The post after {@code digest-lint:fix}, checked to be one that a second run leaves as it is. */
    public static String fixedStably(String path, String post) {
        String fixed = Lint.fixed(path, post);
        assertThat(Lint.fixed(path, fixed)).as("the fixed post, fixed again").isEqualTo(fixed);
        return fixed;
    }
}
