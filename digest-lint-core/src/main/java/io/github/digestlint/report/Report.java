package io.github.digestlint.report;

import io.github.digestlint.baseline.BaselineMatch;
import io.github.digestlint.engine.LintResult;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rules.BuiltInRules;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a report file describes: the run's findings, the posts checked and the rules known.
 *
 * @param toolVersion digest-lint's version, for the reports that name their tool
 * @param baseDirectory the folder that finding paths are relative to, where source lines are read
 * @param rules every rule a finding can name, with its metadata
 * @param result the findings the run reports, and the posts checked
 * @param baseline when the run had a baseline, its match; {@code result} is then its reported run, and the
 *     reports that can mark findings as baselined list the baselined ones too
 * @param fixCommand what the user runs to repair the fixable findings, as the entry point that checked
 *     calls it: {@code mvn digest-lint:fix}, or the command line's {@code fix}
 */
public record Report(String toolVersion, Path baseDirectory, List<RuleMetadata> rules, LintResult result,
        Optional<BaselineMatch> baseline, String fixCommand) {

    public Report {
        rules = List.copyOf(rules);
        if (baseline.isPresent() && !baseline.get().reported().equals(result)) {
            throw new IllegalArgumentException("a report's result is its baseline match's reported run");
        }
    }

    /** A report of a run without a baseline. */
    public Report(String toolVersion, Path baseDirectory, List<RuleMetadata> rules, LintResult result,
            String fixCommand) {
        this(toolVersion, baseDirectory, rules, result, Optional.empty(), fixCommand);
    }

    /** A report of a run by this build of digest-lint with its built-in rules. */
    public static Report of(Path baseDirectory, LintResult result, String fixCommand) {
        return new Report(ToolVersion.current(), baseDirectory, BuiltInRules.metadata(), result, fixCommand);
    }

    /** A report of a run held against a baseline, by this build of digest-lint with its built-in rules. */
    public static Report of(Path baseDirectory, BaselineMatch match, String fixCommand) {
        return new Report(ToolVersion.current(), baseDirectory, BuiltInRules.metadata(), match.reported(),
                Optional.of(match), fixCommand);
    }
}
