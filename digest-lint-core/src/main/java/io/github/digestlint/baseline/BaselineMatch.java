package io.github.digestlint.baseline;

import io.github.digestlint.engine.LintResult;
import io.github.digestlint.engine.PostFiles;
import io.github.digestlint.rule.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A run's findings held against a baseline.
 *
 * @param reported the run with only the findings the baseline does not hold: what the run reports and
 *     fails on
 * @param baselined the findings the baseline holds, in the run's order
 * @param gone the entries that no finding matched: repaired, or their line edited; sorted
 */
public record BaselineMatch(LintResult reported, List<Finding> baselined, List<BaselineEntry> gone) {

    /** How many entries that no longer occur the log lists one by one; the rest are counted. */
    static final int GONE_LISTED = 10;

    public BaselineMatch {
        baselined = List.copyOf(baselined);
        gone = List.copyOf(gone);
    }

    /** Every finding of the run, the baselined ones included, in the run's order. */
    public List<Finding> allFindings() {
        return Stream.concat(reported.findings().stream(), baselined.stream()).sorted().toList();
    }

    /** The same match with every path relative to another folder, as {@link LintResult#withPathsRelativeTo} does. */
    public BaselineMatch withPathsRelativeTo(Path baseDir, Path folder) {
        return new BaselineMatch(reported.withPathsRelativeTo(baseDir, folder),
                baselined.stream().map(finding -> finding.withPath(PostFiles.relocate(finding.path(), baseDir, folder)))
                        .sorted().toList(),
                gone.stream().map(entry -> entry.withPath(PostFiles.relocate(entry.path(), baseDir, folder))).sorted()
                        .toList());
    }

    /**
     * What a check says about the baseline: how many findings it kept quiet, none included, and which
     * entries no longer occur, so that the file can be pruned.
     *
     * @param baselineName the baseline file as the user knows it
     * @param rewrite the command that writes the baseline again
     * @param consolePath a post's path, relative to the blog, as the console shows it
     */
    public List<String> messages(String baselineName, String rewrite, UnaryOperator<String> consolePath) {
        List<String> lines = new ArrayList<>();
        lines.add((baselined.size() == 1 ? "1 finding is" : baselined.size() + " findings are") + " in the baseline "
                + baselineName + " and not reported");
        if (!gone.isEmpty()) {
            lines.add((gone.size() == 1 ? "1 baselined finding no longer occurs" : gone.size()
                    + " baselined findings no longer occur") + ": run " + rewrite + " to drop them");
            gone.stream().limit(GONE_LISTED)
                    .forEach(entry -> lines.add("  " + entry.withPath(consolePath.apply(entry.path())).format()));
            if (gone.size() > GONE_LISTED) {
                lines.add("  and " + (gone.size() - GONE_LISTED) + " more");
            }
        }
        return lines;
    }
}
