package io.github.digestlint.rule;

import io.github.digestlint.source.Position;

/** Where a rule across posts reports a finding, on one post at one place. */
@FunctionalInterface
public interface BlogReporter {

    void report(String path, Position position, String message);
}
