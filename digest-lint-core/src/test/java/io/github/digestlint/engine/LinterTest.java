package io.github.digestlint.engine;

import static io.github.digestlint.Lint.GOOD_FRONT_MATTER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.Lint;
import io.github.digestlint.config.Configuration;
import io.github.digestlint.model.Post;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.PostRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.Rule;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinterTest {

    @TempDir
    Path blog;

    private final Linter linter = new Linter(Lint.DEFAULTS);

    /** Posts of September 2025 from one day up to another, each with a stray quote after its title and no date. */
    private List<Path> postsWithAStrayQuote(int fromDay, int toDay) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int day = fromDay; day < toDay; day++) {
            Path post = blog.resolve("_posts/2025-09-" + day + "-notes.md");
            Files.createDirectories(post.getParent());
            Files.writeString(post, "---\nlayout: post\ntitle: Notes\"\ndate: yesterday\n---\n");
            files.add(post);
        }
        return files;
    }

    @Test
    void ordersFindingsByPathLineColumnAndRuleWhateverTheThreads() throws IOException {
        LintResult result = linter.lint(blog, new PostFiles(postsWithAStrayQuote(10, 30), Map.of(), List.of()));

        assertThat(result.postsChecked()).isEqualTo(20);
        assertThat(result.findings()).hasSize(20 * 2).isSorted();
        assertThat(result.findings().get(0).format()).startsWith("_posts/2025-09-10-notes.md:3:8:");
        assertThat(result.findings().get(1).format()).startsWith("_posts/2025-09-10-notes.md:4:7:");
        assertThat(result.summary()).isEqualTo("40 errors and 0 warnings in 20 of 20 posts");
    }

    /** A large blog repeats the same messages hundreds of thousands of times; a run keeps each once. */
    @Test
    void holdsEachMessageOnceForTheWholeRun() throws IOException {
        List<Finding> findings = linter.lint(blog, new PostFiles(postsWithAStrayQuote(10, 12), Map.of(), List.of()))
                .findings();

        Finding first = findings.get(0);
        Finding same = findings.stream().filter(finding -> finding.path().endsWith("11-notes.md")
                && finding.ruleId().equals(first.ruleId())).findFirst().orElseThrow();
        assertThat(same.message()).isEqualTo(first.message()).isSameAs(first.message());
    }

    @Test
    void reportsAFileThatCannotBeReadAndChecksTheOthers() throws IOException {
        Path good = Files.writeString(blog.resolve("2025-09-26-notes.md"),
                GOOD_FRONT_MATTER.replace("Daily Papers — 2025-09-26", "Notes"));
        Path gone = blog.resolve("2025-09-27-notes.md");

        LintResult result = linter.lint(blog, new PostFiles(List.of(good, gone), Map.of(), List.of()));

        assertThat(result.findings()).extracting(Finding::format).containsExactly(
                "2025-09-27-notes.md:1:1: error: cannot read this file: the file disappeared while it was"
                        + " being checked [unreadable-file]");
        assertThat(result.postsChecked()).isEqualTo(2);
        assertThat(result.postsParsed()).isEqualTo(1);
        assertThat(result.postsReplayed()).as("a post that cannot be read is not replayed either").isZero();
    }

    @Test
    void reportsFoldersThatCouldNotBeListed() {
        LintResult result = linter.lint(blog, new PostFiles(List.of(), Map.of(blog.resolve("private"),
                "permission denied"), List.of()));

        assertThat(result.findings()).extracting(Finding::format)
                .containsExactly("private:1:1: error: cannot read this file: permission denied [unreadable-file]");
    }

    @Test
    void turnsAFailingRuleIntoAFindingAndRunsTheOtherRules() {
        PostRule broken = new PostRule() {
            @Override
            public RuleMetadata metadata() {
                return new RuleMetadata("broken", "Fails.", Severity.WARNING, false, Concern.CONTENT);
            }

            @Override
            public void check(Post post, Reporter reporter) {
                throw new IllegalStateException("boom");
            }
        };
        List<Rule> rules = new ArrayList<>(BuiltInRules.all());
        rules.add(0, broken);

        List<Finding> findings = new Linter(Configuration.defaults(rules))
                .lint("_posts/x.md", io.github.digestlint.source.SourceText.of("no front matter"));

        assertThat(findings).extracting(Finding::format).containsExactly(
                "_posts/x.md:1:1: error: file name 'x.md' does not start with 'YYYY-MM-DD-', so Jekyll skips this"
                        + " post; rename it 'YYYY-MM-DD-x.md' [filename-date]",
                "_posts/x.md:1:1: error: post has no front matter; expected '---' on line 1, then 'layout', 'title',"
                        + " 'date', 'tags' and 'categories', then '---' [front-matter]",
                "_posts/x.md:1:1: error: rule broken failed on this post (java.lang.IllegalStateException: boom);"
                        + " the other rules still ran [rule-failure]");
    }
}
