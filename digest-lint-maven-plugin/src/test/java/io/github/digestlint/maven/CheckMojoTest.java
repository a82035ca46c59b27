package io.github.digestlint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digestlint.baseline.Baseline;
import io.github.digestlint.baseline.PostLines;
import io.github.digestlint.config.Configuration;
import io.github.digestlint.engine.Linter;
import io.github.digestlint.rules.BuiltInRules;
import io.github.digestlint.source.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/*
 * The harness replaces ${basedir} in the plugin descriptor with this module's folder before any
 * test runs, so the folders are pointed at the temporary project through ${project.basedir}.
 * The defaults themselves are covered by the integration tests.
 */
@MojoTest
@MojoParameter(name = "postsDirectory", value = "${project.basedir}/_posts")
@MojoParameter(name = "baseDirectory", value = "${project.basedir}")
@MojoParameter(name = "buildDirectory", value = "${project.basedir}/target")
@MojoParameter(name = "outputDirectory", value = "${project.basedir}/target/digest-lint")
@MojoParameter(name = "pluginVersion", value = "test")
class CheckMojoTest {

    private static final String CLEAN_POST = """
            ---
            layout: post
            title: "Daily Papers — 2025-09-26"
            date: 2025-09-26 08:15:00
            tags: [papers, hugginface]
            categories: []
            ---

            # 1. [Some Title](https://arxiv.org/abs/2509.21114)

            > [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)

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
            """;
    private static final String BROKEN_POST = CLEAN_POST.replace("title: \"Daily", "title: Daily");
    private static final String POST_PATH = "_posts/2025-09-26-daily-papers.md";

    @TempDir
    Path blog;

    private final RecordingLog log = new RecordingLog();

    /** Makes the temporary folder the project, so {@code ${project.basedir}} points into it. */
    @Provides
    MavenProject project() {
        MavenProject project = new MavenProject();
        project.setFile(blog.resolve("pom.xml").toFile());
        return project;
    }

    @Provides
    Log log() {
        return log;
    }

    @Test
    @InjectMojo(goal = "check")
    void passesOnACleanPost(CheckMojo mojo) throws IOException {
        writePost(CLEAN_POST);

        assertThatCode(mojo::execute).doesNotThrowAnyException();
        assertThat(log.lines).containsExactly("info: 0 errors and 0 warnings in 0 of 1 post",
                "info: parsed 1 of 1 posts (0 unchanged, replayed from the incremental index)");
    }

    @Test
    @InjectMojo(goal = "check")
    void failsOnABrokenPost(CheckMojo mojo) throws IOException {
        writePost(BROKEN_POST);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("digest-lint found 1 error and 0 warnings in 1 of 1 post");
        assertThat(log.lines).first().asString()
                .startsWith("error: " + POST_PATH + ":3:8: error: ")
                .endsWith("[title-quotes]");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnSeverity", value = "none")
    void reportsButPassesWhenFailOnSeverityIsNone(CheckMojo mojo) throws IOException {
        writePost(BROKEN_POST);

        assertThatCode(mojo::execute).doesNotThrowAnyException();
        assertThat(log.lines).anyMatch(line -> line.endsWith("[title-quotes]"));
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "failOnSeverity", value = "fatal")
    void rejectsAnUnknownFailOnSeverity(CheckMojo mojo) throws IOException {
        writePost(CLEAN_POST);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContainingAll("failOnSeverity", "'fatal'", "error, warning or none");
    }

    @Test
    @InjectMojo(goal = "check")
    void explainsAMissingPostsDirectory(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContainingAll(blog.resolve("_posts").toString(), "does not exist", "postsDirectory");
    }

    @Test
    @InjectMojo(goal = "check")
    void explainsAPostsPathThatIsAFile(CheckMojo mojo) throws IOException {
        Files.writeString(blog.resolve("_posts"), "not a folder", StandardCharsets.UTF_8);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContainingAll(blog.resolve("_posts").toString(), "not a directory", "postsDirectory");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "skip", value = "true")
    void doesNothingWhenSkipped(CheckMojo mojo) throws Exception {
        writePost(BROKEN_POST);

        mojo.execute();

        assertThat(log.lines).containsExactly("info: digest-lint skipped");
    }

    @Test
    @InjectMojo(goal = "check")
    void passesOnAFindingTheBaselineHoldsAndSaysSo(CheckMojo mojo) throws Exception {
        writePost(BROKEN_POST);
        Baseline.of(new Linter(Configuration.defaults(BuiltInRules.all())).lint(POST_PATH, SourceText.of(BROKEN_POST)),
                new PostLines(blog)).write(blog.resolve(Baseline.DEFAULT_FILE));

        assertThatCode(mojo::execute).doesNotThrowAnyException();
        assertThat(log.lines).noneMatch(line -> line.endsWith("[title-quotes]"))
                .anyMatch(line -> line.startsWith("info: 1 finding is in the baseline ")
                        && line.endsWith(".digest-lint-baseline.json and not reported"))
                .contains("info: 0 errors and 0 warnings in 0 of 1 post");
    }

    @Test
    @InjectMojo(goal = "check")
    void aMalformedBaselineIsOneLineNamingTheFile(CheckMojo mojo) throws IOException {
        writePost(CLEAN_POST);
        Files.writeString(blog.resolve(Baseline.DEFAULT_FILE), "{\"formatVersion\": 1, \"findings\": [");

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("The baseline " + blog.resolve(Baseline.DEFAULT_FILE) + " cannot be used: it is"
                        + " not valid JSON at line 1")
                .hasMessageNotContaining("\n");
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "baselineFile", value = "${project.basedir}/old-posts.json")
    void aBaselineNamedThatDoesNotExistIsAnError(CheckMojo mojo) throws IOException {
        writePost(CLEAN_POST);

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("The baseline " + blog.resolve("old-posts.json") + " does not exist. Point <baselineFile>"
                        + " or -Ddigestlint.baselineFile=... at it, or write it with mvn digest-lint:baseline.");
    }

    @Test
    @InjectMojo(goal = "baseline")
    @MojoParameter(name = "baselineFile", value = "${project.basedir}/old-posts.json")
    void theBaselineGoalWritesEveryFindingAndNeverFails(BaselineMojo mojo) throws Exception {
        writePost(BROKEN_POST);

        assertThatCode(mojo::execute).doesNotThrowAnyException();

        assertThat(Baseline.read(blog.resolve("old-posts.json")).entries()).singleElement()
                .satisfies(entry -> assertThat(entry.format()).startsWith(POST_PATH + ":3: title has a closing quote")
                        .endsWith("[title-quotes]"));
        assertThat(log.lines).last().asString().startsWith("info: wrote 1 finding in 1 of 1 post to the baseline ")
                .endsWith("old-posts.json; commit it, and check will report only findings that are not in it");
    }

    @Test
    @InjectMojo(goal = "baseline")
    void theBaselineOfACleanBlogIsEmptyAndSaysSo(BaselineMojo mojo) throws Exception {
        writePost(CLEAN_POST);

        mojo.execute();

        assertThat(Baseline.read(blog.resolve(Baseline.DEFAULT_FILE)).entries()).isEmpty();
        assertThat(log.lines).singleElement().asString().startsWith("info: No findings in 1 post: wrote an empty"
                + " baseline ").endsWith(".digest-lint-baseline.json, so check will report every finding that appears");
    }

    private void writePost(String text) throws IOException {
        Path post = blog.resolve(POST_PATH);
        Files.createDirectories(post.getParent());
        Files.writeString(post, text, StandardCharsets.UTF_8);
    }

    /** Keeps what the mojo logs, as {@code level: message}, to check without parsing console output. */
    private static final class RecordingLog extends SystemStreamLog {

        final List<String> lines = new ArrayList<>();

        @Override
        public void error(CharSequence content) {
            lines.add("error: " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("warn: " + content);
        }

        @Override
        public void info(CharSequence content) {
            lines.add("info: " + content);
        }
    }
}
