package io.github.digestlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The packaged jar run as a process, as a script or a hook runs it: its output and its exit code.
 * Every blog is a copy under target/, so a run that writes (fix, the incremental index) changes nothing else.
 */
class CommandLineIT {

    private static final Path JAR = Path.of(System.getProperty("digestlint.cliJar"));
    private static final Path FIVE_POSTS = Path.of(System.getProperty("digestlint.corpus"));
    private static final Path CLEAN_POSTS = Path.of(System.getProperty("digestlint.cleanBlog"));
    private static final Path MAVEN_LOG = Path.of(System.getProperty("digestlint.mavenLog", "none"));
    private static final Path RUNTIME_DEPENDENCIES = Path.of(System.getProperty("digestlint.runtimeDependencies",
            "target/runtime-dependencies.txt"));
    private static final String BROKEN_POST = "_posts/2025-09-07-daily-papers.md";

    private record Run(int exitCode, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    @Test
    void theFivePostsFailWithTheirFifteenErrors(TestInfo test) throws Exception {
        Path blog = blog(test, FIVE_POSTS);

        Run run = run(blog, null, "check");

        assertThat(run.exitCode()).isEqualTo(1);
        List<String> errors = run.outLines().stream().filter(line -> line.contains(": error: ")).toList();
        assertThat(errors).hasSize(15).allMatch(line -> line.startsWith(BROKEN_POST + ":"));
        assertThat(errors.get(0)).startsWith(BROKEN_POST + ":3:8: error: title has a closing quote but no opening"
                + " quote: Daily Papers — 2025-09-07\"").endsWith("[title-quotes]");
        assertThat(errors.subList(1, 15)).allMatch(line -> line.endsWith("[alphaxiv-link]"));
        assertThat(run.outLines()).last().isEqualTo("15 errors and 34 warnings in 5 of 5 posts");
        assertThat(run.out()).as("no colour on a pipe").doesNotContain("\u001B");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void printsOnlyTheErrorsWhenAskedAndCountsEveryFinding(TestInfo test) throws Exception {
        Path blog = blog(test, FIVE_POSTS);

        Run run = run(blog, null, "check", "--print-findings=errors");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).filteredOn(line -> line.startsWith("_posts/")).hasSize(15)
                .allMatch(line -> line.contains(": error: "));
        assertThat(run.outLines()).contains("placeholder             0        5        0",
                "printed 15 of 49 findings (errors); the table above counts them all, and --print-findings=all"
                        + " prints each");
        assertThat(run.outLines()).last().isEqualTo("15 errors and 34 warnings in 5 of 5 posts");
    }

    /** One blog, both entry points: the five-posts IT's Maven log, which the plugin's ITs leave, and this jar. */
    @Test
    void findsWhatTheMavenPluginFindsInTheSameBlog(TestInfo test) throws Exception {
        assumeTrue(Files.isRegularFile(MAVEN_LOG), "the plugin's five-posts IT did not run (-Dinvoker.skip)");
        List<String> mavenFindings = Files.readAllLines(MAVEN_LOG, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("[ERROR] _posts/") || line.startsWith("[WARNING] _posts/"))
                .map(line -> line.substring(line.indexOf(' ') + 1)).toList();
        Path blog = blog(test, FIVE_POSTS);

        Run run = run(blog, null, "check");

        List<String> cliFindings = run.outLines().stream().filter(line -> line.startsWith("_posts/")).toList();
        assertThat(mavenFindings).hasSize(49);
        assertThat(cliFindings).containsExactlyElementsOf(mavenFindings);
    }

    @Test
    void theHtmlReportNamesTheCommandLinesFix(TestInfo test) throws Exception {
        Path blog = blog(test, FIVE_POSTS);

        Run run = run(blog, null, "check", "--formats=html", "--repository-root=.");

        assertThat(run.err()).contains("wrote target/digest-lint/index.html");
        assertThat(Files.readString(blog.resolve("target/digest-lint/index.html"), StandardCharsets.UTF_8))
                .contains("can be repaired automatically: run <code>java -jar digest-lint-cli.jar fix</code>.");
    }

    @Test
    void aCleanBlogExitsWithZero(TestInfo test) throws Exception {
        Path blog = blog(test, CLEAN_POSTS);

        Run run = run(blog, null, "check");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).last().isEqualTo("0 errors and 1 warning in 1 of 1 post");
    }

    @Test
    void warningsFailTheRunWhenTheThresholdSaysSo(TestInfo test) throws Exception {
        Path blog = blog(test, CLEAN_POSTS);

        assertThat(run(blog, null, "check", "--fail-on-severity=warning").exitCode()).isEqualTo(1);
        assertThat(run(blog, null, "check", "--fail-on-severity", "none").exitCode()).isZero();
    }

    @Test
    void aBadOptionIsOneLineAndExitCodeTwo(TestInfo test) throws Exception {
        Path blog = blog(test, CLEAN_POSTS);

        Run unknown = run(blog, null, "check", "--fial-on-severity=warning");
        Run badValue = run(blog, null, "check", "--fail-on-severity=fatal");
        Run badFormat = run(blog, null, "check", "--formats=sarif,pdf");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.errLines()).singleElement().asString()
                .isEqualTo("digest-lint: Unknown option: '--fial-on-severity=warning' (see digest-lint check --help)");
        assertThat(badValue.exitCode()).isEqualTo(2);
        assertThat(badValue.errLines()).containsExactly(
                "digest-lint: Invalid --fail-on-severity 'fatal': use error, warning or none");
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.errLines()).singleElement().asString().contains("unknown report format 'pdf'");
        assertThat(unknown.out() + badValue.out() + badFormat.out()).isEmpty();
    }

    @Test
    void aMissingPostsFolderOrConfigurationIsExitCodeTwo(TestInfo test) throws Exception {
        Path blog = blog(test, CLEAN_POSTS);

        Run noFolder = run(blog, null, "check", "posts");
        Run noConfiguration = run(blog, null, "check", "--config-file", "lint.yml");

        assertThat(noFolder.exitCode()).isEqualTo(2);
        assertThat(noFolder.errLines()).singleElement().asString().startsWith("digest-lint: The posts folder posts does"
                + " not exist");
        assertThat(noConfiguration.exitCode()).isEqualTo(2);
        assertThat(noConfiguration.errLines()).singleElement().asString().contains("lint.yml does not exist");
    }

    /** A generator's check before it writes the post: only the post's own findings, compared with the blog's posts. */
    @Test
    void checksAPostFromStandardInputAgainstThePostsOnDisk(TestInfo test) throws Exception {
        Path blog = blog(test, FIVE_POSTS);
        String broken = Files.readString(blog.resolve(BROKEN_POST));
        Files.delete(blog.resolve(BROKEN_POST));
        String copy = Files.readString(blog.resolve("_posts/2025-10-08-daily-papers.md"));

        Run brokenRun = run(blog, broken, "check", "--stdin", "--stdin-filename", BROKEN_POST);
        Run copyRun = run(blog, copy, "check", "--stdin", "--stdin-filename=_posts/2025-10-09-daily-papers.md");

        assertThat(brokenRun.exitCode()).isEqualTo(1);
        assertThat(brokenRun.outLines().stream().filter(line -> line.contains(": error: "))).hasSize(15);
        assertThat(brokenRun.outLines()).last().asString().startsWith("15 errors and ")
                .endsWith(" in 1 of 1 post");
        assertThat(copyRun.outLines()).as("a paper the blog summarised already")
                .anyMatch(line -> line.startsWith("_posts/2025-10-09-daily-papers.md:")
                        && line.endsWith("[duplicate-paper]"))
                .allMatch(line -> !line.startsWith("_posts/2025-10-08"));
        assertThat(Files.exists(blog.resolve("_posts/2025-10-09-daily-papers.md"))).isFalse();
    }

    @Test
    void writesTheFindingsAsJsonForAScript(TestInfo test) throws Exception {
        Path blog = blog(test, FIVE_POSTS);
        String broken = Files.readString(blog.resolve(BROKEN_POST));

        Run run = run(blog, broken, "check", "--stdin", "--stdin-filename", BROKEN_POST, "--format", "json");

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(run.out());
        List<String> rules = new ArrayList<>();
        json.get("findings").forEach(finding -> {
            if (finding.get("severity").asText().equals("error")) {
                rules.add(finding.get("rule").asText());
            }
        });
        assertThat(rules).hasSize(15).contains("title-quotes", "alphaxiv-link");
    }

    @Test
    void aDryRunPrintsTheRepairsAndWritesNothing(TestInfo test) throws Exception {
        Path blog = blog(test, FIVE_POSTS);
        byte[] before = Files.readAllBytes(blog.resolve(BROKEN_POST));

        Run run = run(blog, null, "fix", "--dry-run");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("would fix " + BROKEN_POST + ": ", "--- a/" + BROKEN_POST, "+++ b/" + BROKEN_POST,
                "-title: Daily Papers — 2025-09-07\"", "+title: \"Daily Papers — 2025-09-07\"",
                "+> [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.03867)");
        assertThat(run.outLines()).last().asString().startsWith("would fix ");
        assertThat(Files.readAllBytes(blog.resolve(BROKEN_POST))).isEqualTo(before);
    }

    @Test
    void fixRepairsTheBlogSoThatCheckPasses(TestInfo test) throws Exception {
        Path blog = blog(test, FIVE_POSTS);

        Run fix = run(blog, null, "fix");
        Run check = run(blog, null, "check");

        assertThat(fix.exitCode()).isZero();
        assertThat(fix.out()).contains("fixed " + BROKEN_POST + ": ");
        assertThat(check.exitCode()).isZero();
        assertThat(check.outLines()).last().asString().startsWith("0 errors and ");
    }

    @Test
    void fixesAPostFromStandardInputToStandardOutput(TestInfo test) throws Exception {
        Path blog = blog(test, FIVE_POSTS);
        String broken = Files.readString(blog.resolve(BROKEN_POST));

        Run run = run(blog, broken, "fix", "--stdin", "--stdin-filename", BROKEN_POST);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("title: \"Daily Papers — 2025-09-07\"",
                "> [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.03867)");
        assertThat(run.out().length()).isGreaterThan(broken.length());
        assertThat(run.errLines()).last().isEqualTo("fixed 15 findings; 6 findings remain");
        assertThat(Files.readString(blog.resolve(BROKEN_POST))).isEqualTo(broken);
    }

    /** Adopting digest-lint on old posts: the baseline holds their findings, and only a new defect fails. */
    @Test
    void aBaselineKeepsTheOldFindingsQuietAndANewDefectFailsAlone(TestInfo test) throws Exception {
        Path blog = blog(test, FIVE_POSTS);
        Path post = blog.resolve("_posts/2025-12-22-daily-papers.md");

        Run baseline = run(blog, null, "baseline");
        Run check = run(blog, null, "check");
        Files.writeString(post, Files.readString(post).replace(
                "> [Alphaxiv](https://www.alphaxiv.org/ko/overview/2512.14870)\n\n", ""));
        Run checkWithNewDefect = run(blog, null, "check", "--formats=json");

        assertThat(baseline.exitCode()).isZero();
        assertThat(baseline.outLines()).last().isEqualTo("wrote 49 findings in 5 of 5 posts to the baseline"
                + " .digest-lint-baseline.json; commit it, and check will report only findings that are not in it");
        assertThat(Files.readString(blog.resolve(".digest-lint-baseline.json"))).startsWith("{\n  \"formatVersion\" : 1,");
        assertThat(check.exitCode()).isZero();
        assertThat(check.outLines()).containsExactly("0 errors and 0 warnings in 0 of 5 posts");
        assertThat(check.errLines()).contains(
                "49 findings are in the baseline .digest-lint-baseline.json and not reported");
        assertThat(checkWithNewDefect.exitCode()).isEqualTo(1);
        assertThat(checkWithNewDefect.outLines().stream().filter(line -> line.startsWith("_posts/"))).containsExactly(
                "_posts/2025-12-22-daily-papers.md:33:1: error: entry 2 has no Alphaxiv line; add"
                        + " '> [Alphaxiv](https://www.alphaxiv.org/ko/overview/2512.14870)' after its heading"
                        + " [alphaxiv-link]");
        assertThat(checkWithNewDefect.outLines()).last().isEqualTo("1 error and 0 warnings in 1 of 5 posts");
        JsonNode report = new ObjectMapper().readTree(blog.resolve("target/digest-lint/digest-lint.json").toFile());
        assertThat(report.path("summary").path("baselined").asInt()).isEqualTo(49);
    }

    @Test
    void aBaselineRepairedOrEditedSaysWhatNoLongerOccurs(TestInfo test) throws Exception {
        Path blog = blog(test, FIVE_POSTS);
        run(blog, null, "baseline", "--baseline", "old-posts.json");

        Run fix = run(blog, null, "fix");
        Run check = run(blog, null, "check", "--baseline", "old-posts.json");

        // fix repairs 15 of the 49 findings (a stray quote, 14 missing Alphaxiv lines), adding lines above the 34
        // it cannot repair, which stay baselined.
        assertThat(fix.exitCode()).isZero();
        assertThat(check.exitCode()).isZero();
        assertThat(check.outLines()).containsExactly("0 errors and 0 warnings in 0 of 5 posts");
        assertThat(check.errLines()).contains(
                "34 findings are in the baseline old-posts.json and not reported",
                "15 baselined findings no longer occur: run digest-lint baseline to drop them",
                "  _posts/2025-09-07-daily-papers.md:3: title has a closing quote but no opening quote: Daily Papers"
                        + " — 2025-09-07\"; expected \"Daily Papers — 2025-09-07\" [title-quotes]",
                "  and 5 more");
        assertThat(check.errLines().stream().filter(line -> line.startsWith("  _posts/"))).hasSize(10);
    }

    @Test
    void aBaselineThatIsMissingOrBrokenIsOneLineAndExitCodeTwo(TestInfo test) throws Exception {
        Path blog = blog(test, CLEAN_POSTS);
        Files.writeString(blog.resolve(".digest-lint-baseline.json"), "{\"formatVersion\": 1");

        Run named = run(blog, null, "check", "--baseline", "old-posts.json");
        Run broken = run(blog, null, "check");

        assertThat(named.exitCode()).isEqualTo(2);
        assertThat(named.errLines()).containsExactly("digest-lint: The baseline old-posts.json does not exist; point"
                + " --baseline at it, or write it with digest-lint baseline");
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.errLines()).singleElement().asString().startsWith("digest-lint: The baseline "
                + ".digest-lint-baseline.json cannot be used: it is not valid JSON at line 1");
    }

    /** A generator checks a post before it writes it: the post's baselined findings stay quiet there too. */
    @Test
    void aPostFromStandardInputIsHeldAgainstItsEntriesInTheBaseline(TestInfo test) throws Exception {
        Path blog = blog(test, FIVE_POSTS);
        run(blog, null, "baseline");
        String broken = Files.readString(blog.resolve(BROKEN_POST));

        Run same = run(blog, broken, "check", "--stdin", "--stdin-filename", BROKEN_POST);
        Run retitled = run(blog, broken.replace("title: Daily Papers", "title: Daily  Papers"), "check", "--stdin",
                "--stdin-filename", BROKEN_POST);

        assertThat(same.exitCode()).isZero();
        assertThat(same.outLines()).containsExactly("0 errors and 0 warnings in 0 of 1 post");
        assertThat(same.errLines()).doesNotContain("no longer occur").anyMatch(line -> line.endsWith(
                " findings are in the baseline .digest-lint-baseline.json and not reported"));
        assertThat(retitled.exitCode()).isEqualTo(1);
        assertThat(retitled.outLines().stream().filter(line -> line.startsWith("_posts/")))
                .allMatch(line -> line.startsWith(BROKEN_POST + ":3:")).isNotEmpty();
    }

    @Test
    void tellsItsVersionAndEachCommandsOptions(TestInfo test) throws Exception {
        Path blog = blog(test, CLEAN_POSTS);

        Run version = run(blog, null, "--version");
        Run help = run(blog, null, "check", "--help");
        Run fixHelp = run(blog, null, "fix", "--help");
        Run baselineHelp = run(blog, null, "baseline", "--help");

        assertThat(version.outLines()).containsExactly("digest-lint " + System.getProperty("digestlint.version"));
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--fail-on-severity", "--stdin-filename", "--formats", "Exit codes:");
        assertThat(fixHelp.out()).contains("--dry-run", "--config-file");
        assertThat(help.out()).contains("--baseline");
        assertThat(baselineHelp.out()).contains("--baseline", "--config-file", "Exit codes:");
    }

    /** The jar bundles its libraries, so it carries their licences: NOTICE names each, LICENSE is there. */
    @Test
    void theJarNamesEveryLibraryItBundles() throws Exception {
        List<String> libraries = Files.readAllLines(RUNTIME_DEPENDENCIES).stream().map(String::strip)
                .filter(line -> line.matches("[\\w.-]+:[\\w.-]+:jar:.*"))
                .map(line -> line.substring(0, line.indexOf(":jar:")))
                .filter(library -> !library.startsWith("io.github.digestlint:")).toList();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            String notice;
            try (InputStream in = jar.getInputStream(jar.getEntry("META-INF/NOTICE"))) {
                notice = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
            }
            assertThat(libraries).contains("info.picocli:picocli", "org.yaml:snakeyaml");
            assertThat(notice).contains(libraries);
            assertThat(jar.getEntry("META-INF/LICENSE")).isNotNull();
            assertThat(jar.getEntry("META-INF/licenses/commonmark/META-INF/LICENSE.txt")).isNotNull();
        }
    }

    private static Path blog(TestInfo test, Path posts) throws IOException {
        Path blog = Path.of("target", "cli-it", test.getTestMethod().orElseThrow().getName()).toAbsolutePath();
        if (Files.exists(blog)) {
            try (Stream<Path> old = Files.walk(blog)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(blog.resolve("_posts"));
        try (Stream<Path> files = Files.list(posts)) {
            for (Path file : files.toList()) {
                Files.copy(file, blog.resolve("_posts").resolve(file.getFileName()));
            }
        }
        return blog;
    }

    private static Run run(Path blog, String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(blog.getParent(), "out", ".txt");
        Path err = Files.createTempFile(blog.getParent(), "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(blog.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> environment = builder.environment();
        environment.remove("GITHUB_ACTIONS");
        Process process = builder.start();
        try (var in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        int exitCode = process.waitFor();
        return new Run(exitCode, Files.readString(out), Files.readString(err));
    }
}
