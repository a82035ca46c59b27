package io.github.digestlint;

import io.github.digestlint.config.Configuration;
import io.github.digestlint.config.ConfiguredRule;
import io.github.digestlint.config.ConfigurationLoader;
import io.github.digestlint.engine.LintResult;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.engine.PostFiles;
import io.github.digestlint.fix.Fixer;
import io.github.digestlint.model.Post;
import io.github.digestlint.parse.PostParser;
import io.github.digestlint.rule.ConfigurationException;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rules.BuiltInRules;
import io.github.digestlint.source.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Runs the linter on a snippet, so that a test reads as: this post in, these findings out. */
public final class Lint {

    /** The path digest tests use; its name selects the built-in "daily papers" kind. */
    public static final String DIGEST_PATH = "_posts/2025-09-26-daily-papers.md";

    /** A post that no digest kind selects, as Jekyll accepts it: no required key, a date without a time. */
    public static final String JEKYLL_POST = """
            ---
            title: Weekly notes
            date: 2025-09-26
            ---

            Notes of the week.
            """;
    public static final String JEKYLL_PATH = "_posts/2025-09-26-weekly-notes.md";

    /** A front matter block that every front matter rule accepts. */
    public static final String GOOD_FRONT_MATTER = """
            ---
            layout: post
            title: "Daily Papers — 2025-09-26"
            date: 2025-09-26 08:15:00
            tags: [papers, hugginface]
            categories: []
            ---
            """;

    /** A digest with one complete entry that every rule accepts; headings on lines 9, 13, 18, 21, 24, 27. */
    public static final String GOOD_DIGEST = GOOD_FRONT_MATTER + goodEntry(1, "CHARM: Anime Hair", "2509.21114");

    /** The built-in rules that are on by default, at their default severities, and the built-in digest kind. */
    public static final Configuration DEFAULTS = Configuration.defaults(BuiltInRules.all());

    /** Every built-in rule, those off by default too, as a configuration that names each turns them on. */
    public static final Configuration EVERY_RULE = new Configuration(DEFAULTS.kinds(), DEFAULTS.limits(),
            BuiltInRules.all().stream().map(ConfiguredRule::byDefault).toList());

    private Lint() {
    }

    /** The configuration a {@code .digest-lint.yml} of this text gives the built-in rules. */
    public static Configuration configuration(SourceText text) throws ConfigurationException {
        return ConfigurationLoader.parse(".digest-lint.yml", text.text().getBytes(StandardCharsets.UTF_8),
                BuiltInRules.all());
    }

    /** Every finding on the post, each formatted as the console shows it. */
    public static List<String> findings(String path, String text) {
        return findings(DEFAULTS, path, text);
    }

    /** Every finding on the post under a configuration. */
    public static List<String> findings(Configuration configuration, String path, String text) {
        return new Linter(configuration).lint(path, SourceText.of(text)).stream().map(Finding::format).toList();
    }

    /** The rules that made these formatted findings. */
    public static Set<String> ruleIds(List<String> findings) {
        return findings.stream().map(line -> line.substring(line.lastIndexOf('[') + 1, line.length() - 1))
                .collect(Collectors.toSet());
    }

    /** The findings of one rule on the post, turned on if it is off by default. */
    public static List<String> findings(String ruleId, String path, String text) {
        return findings(ruleId, EVERY_RULE, path, text);
    }

    /** The findings of one rule on the post under a configuration. */
    public static List<String> findings(String ruleId, Configuration configuration, String path, String text) {
        return findings(configuration, path, text).stream().filter(line -> line.endsWith(" [" + ruleId + "]"))
                .toList();
    }

    /**
     * Every finding on a blog of these posts (path to text), the rules across posts included,
     * each formatted as the console shows it.
     */
    public static List<String> findings(Map<String, String> posts) throws IOException {
        return findings(DEFAULTS, posts);
    }

    /** Every finding on a blog of these posts under a configuration. */
    public static List<String> findings(Configuration configuration, Map<String, String> posts) throws IOException {
        Path blog = Files.createTempDirectory("digest-lint-blog");
        try {
            for (Map.Entry<String, String> post : posts.entrySet()) {
                Path file = blog.resolve(post.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, post.getValue());
            }
            LintResult result = new Linter(configuration)
                    .lint(blog, PostFiles.find(blog.resolve("_posts"), List.of("**/*.md"), List.of()));
            return result.findings().stream().map(Finding::format).toList();
        } finally {
            try (Stream<Path> files = Files.walk(blog)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** A complete entry that every rule accepts, after a blank line: 19 lines, its heading on the second. */
    public static String goodEntry(int number, String title, String arxivId) {
        return """

                # %d. [%s](https://arxiv.org/abs/%s)

                > [Alphaxiv](https://www.alphaxiv.org/ko/overview/%s)

                ## Introduction
                - Goal: 목표이다.
                - Motivation: 동기이다.
                - Contribution: 기여이다.

                ## Method
                방법이다.

                ## Results
                결과이다.

                ## Limitations
                한계이다.

                ## Conclusion
                결론이다.
                """.formatted(number, title, arxivId, arxivId);
    }

    /** The post after {@code digest-lint:fix}, every rule on. */
    public static String fixed(String path, String text) {
        return new Fixer(new Linter(EVERY_RULE)).fix(path, SourceText.of(text)).fixed();
    }

    public static Post parse(String path, String text) {
        return new PostParser(DEFAULTS.kinds(), DEFAULTS.limits())
                .parse(path, SourceText.of(text));
    }
}
