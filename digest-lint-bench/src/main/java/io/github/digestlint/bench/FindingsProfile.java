package io.github.digestlint.bench;

import io.github.digestlint.config.Configuration;
import io.github.digestlint.engine.LintResult;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.engine.PostFiles;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the default rules find in a folder of posts, per rule: how many posts have such a finding
 * and how many findings there are. A generated blog is a fair benchmark when these shares match
 * the published posts'.
 *
 * @param posts the posts checked
 * @param postsWithFindings per rule id, the posts with at least one of its findings
 * @param findings per rule id, its findings
 */
public record FindingsProfile(int posts, Map<String, Long> postsWithFindings, Map<String, Long> findings) {

    public FindingsProfile {
        postsWithFindings = Map.copyOf(postsWithFindings);
        findings = Map.copyOf(findings);
    }

    /** Lints every {@code .md} file under a folder with the default configuration. */
    public static FindingsProfile of(Path postsDir) throws IOException {
        PostFiles files = PostFiles.find(postsDir, List.of("**/*.md"), List.of());
        LintResult result = new Linter(Configuration.defaults(BuiltInRules.all())).lint(postsDir, files);
        List<Finding> findings = result.findings();
        return new FindingsProfile(files.files().size(),
                findings.stream().collect(Collectors.groupingBy(Finding::ruleId,
                        Collectors.collectingAndThen(Collectors.mapping(Finding::path, Collectors.toSet()),
                                paths -> (long) paths.size()))),
                findings.stream().collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting())));
    }

    /** The profile of the five published posts, linted from a temporary copy. */
    public static FindingsProfile ofFixtures() throws IOException {
        Path folder = Files.createTempDirectory("digest-lint-fixtures");
        try {
            FixturePost.writeAll(folder);
            return of(folder);
        } finally {
            Folders.deleteTree(folder);
        }
    }

    /** The share of the posts with a finding of this rule, in percent. */
    public double percentOfPosts(String ruleId) {
        return 100.0 * postsWithFindings.getOrDefault(ruleId, 0L) / posts;
    }

    public double findingsPer100Posts(String ruleId) {
        return 100.0 * findings.getOrDefault(ruleId, 0L) / posts;
    }

    /** The rules with findings in either profile, side by side, as a text table. */
    public static String comparison(FindingsProfile published, FindingsProfile generated) {
        TreeSet<String> rules = new TreeSet<>(published.findings().keySet());
        rules.addAll(generated.findings().keySet());
        StringBuilder table = new StringBuilder(String.format("%-24s %21s   %21s%n", "",
                "% of posts with it", "findings per 100 posts"));
        table.append(String.format("%-24s %10s %10s   %10s %10s%n", "rule", "published", "generated", "published",
                "generated"));
        for (String rule : rules) {
            table.append(String.format("%-24s %10.1f %10.1f   %10.1f %10.1f%n", rule, published.percentOfPosts(rule),
                    generated.percentOfPosts(rule), published.findingsPer100Posts(rule),
                    generated.findingsPer100Posts(rule)));
        }
        return table.append(String.format("(%d published posts, %,d generated)%n", published.posts(),
                generated.posts())).toString();
    }
}
