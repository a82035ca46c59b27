package io.github.digestlint.engine;

import static io.github.digestlint.Lint.GOOD_DIGEST;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.config.Configuration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalIndexTest {

    @TempDir
    Path blog;

    private Path indexFile;
    private final Linter linter = new Linter(Configuration.DEFAULT);

    @BeforeEach
    void writeBlog() throws IOException {
        indexFile = blog.resolve("target/digest-lint/index.json");
        write("2025-09-26", "2509.21114");
        write("2025-09-27", "2509.21278");
        write("2025-09-28", "2509.21300");
    }

    private void write(String day, String paper) throws IOException {
        Path post = blog.resolve("_posts/" + day + "-daily-papers.md");
        Files.createDirectories(post.getParent());
        Files.writeString(post, GOOD_DIGEST.replace("2025-09-26", day).replace("2509.21114", paper)
                .replace("## Method", "## Method  "));
    }

    private LintResult run(String fingerprint) throws IOException {
        IncrementalIndex index = IncrementalIndex.load(indexFile, fingerprint);
        LintResult result = linter.lint(blog, PostFiles.find(blog.resolve("_posts"), List.of("**/*.md"), List.of()),
                index);
        index.save(indexFile);
        return result;
    }

    @Test
    void replaysTheFindingsOfUnchangedPostsWithoutParsingThem() throws IOException {
        LintResult first = run("v1");

        LintResult second = run("v1");

        assertThat(first.postsParsed()).isEqualTo(3);
        assertThat(first.postsReplayed()).isZero();
        assertThat(second.postsParsed()).isZero();
        assertThat(second.postsReplayed()).isEqualTo(3);
        assertThat(second.diagnostics()).isEqualTo(first.diagnostics()).hasSize(3);
    }

    @Test
    void parsesAChangedPostAndChecksItAgainstTheUnchangedOnes() throws IOException {
        run("v1");
        write("2025-09-28", "2509.21114");

        LintResult result = run("v1");

        assertThat(result.postsParsed()).isEqualTo(1);
        assertThat(result.diagnostics()).filteredOn(finding -> finding.ruleId().equals("duplicate-paper"))
                .extracting(finding -> finding.path()).containsExactly("_posts/2025-09-26-daily-papers.md",
                        "_posts/2025-09-28-daily-papers.md");
    }

    @Test
    void startsAfreshForAnotherVersionOrConfiguration() throws IOException {
        run("v1");

        assertThat(run("v2").postsParsed()).isEqualTo(3);
    }

    @Test
    void startsAfreshFromADamagedIndex() throws IOException {
        run("v1");
        Files.writeString(indexFile, "{ not json");

        LintResult result = run("v1");

        assertThat(result.postsParsed()).isEqualTo(3);
        assertThat(result.diagnostics()).hasSize(3);
    }

    @Test
    void forgetsDeletedPosts() throws IOException {
        run("v1");
        Files.delete(blog.resolve("_posts/2025-09-28-daily-papers.md"));
        run("v1");

        assertThat(Files.readString(indexFile)).doesNotContain("2025-09-28");
    }
}
