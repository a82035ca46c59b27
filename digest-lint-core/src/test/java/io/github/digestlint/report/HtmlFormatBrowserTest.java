package io.github.digestlint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.source.Position;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The report's script in a real browser, headless Chromium: the filters show exactly the findings
 * chosen, and the page says which. Each test opens the report with a script of what a reader does
 * appended, and reads the page back as Chromium leaves it once loaded. Skipped without Chromium.
 */
class HtmlFormatBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String WITHOUT_CHROMIUM = "HtmlFormatBrowserTest skipped: no " + CHROMIUM
            + " to run the HTML report's script in (apt-get install chromium)";

    /**
     * The last run's pages, Chromium's profiles and its logs, kept to look at. Not under
     * java.io.tmpdir: the JVM reads that once at start, before Surefire sets it to target/tmp.
     */
    private static final Path FOLDER = Path.of("target", "html-report-in-chromium").toAbsolutePath();

    private static final String POST = "_posts/2025-12-22-daily-papers.md";
    private static final String RULE = "title-quotes";
    /** Findings of other posts and rules whose messages name the post and the rule. */
    private static final Finding NAMES_THE_POST = new Finding("duplicate-paper", Severity.WARNING,
            "_posts/2025-09-07-daily-papers.md", new Position(10, 1), new Position(10, 1),
            "paper 2509.03867 is also summarised in " + POST + " (2025-12-22)", List.of());
    private static final Finding NAMES_THE_RULE = new Finding("inline-directive", Severity.WARNING,
            "_posts/2025-10-08-daily-papers.md", new Position(12, 1), new Position(12, 1),
            "'digest-lint-disable' names '" + RULE + ",', which is not a rule; see docs/rules.md for the rule ids",
            List.of());

    private static List<Finding> findings;
    private static Document report;
    private static int pagesOpened;

    @BeforeAll
    static void writeTheCorpusReportWithFindingsThatNameAPostAndARule() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            System.out.println(WITHOUT_CHROMIUM); // once in the build's log; each test is skipped below
            return;
        }
        deleteRecursively(FOLDER);
        Files.createDirectories(FOLDER);
        Report corpus = ReportFixtures.withFindings(ReportFixtures.corpusReport(), NAMES_THE_POST, NAMES_THE_RULE);
        findings = corpus.result().findings();
        report = Jsoup.parse(ReportFixtures.write(new HtmlFormat(), corpus));
    }

    @BeforeEach
    void needsChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM), WITHOUT_CHROMIUM);
    }

    @Test
    void showsAllFindingsWhenNothingIsChosen() throws Exception {
        Document page = open("", "");

        assertThat(shownRows(page)).hasSize(findings.size());
        assertThat(status(page)).isEqualTo("all " + findings.size() + " findings");
    }

    @Test
    void aPostClickedInTheSummaryIsChosenAndShowsItsOwnFindingsOnly() throws Exception {
        Document page = open("", "click('#posts-table a[data-post=\"" + POST + "\"]');");

        assertThat(value(page, "post")).isEqualTo(POST);
        assertThat(value(page, "text")).isEmpty();
        int own = count(finding -> finding.path().equals(POST));
        assertThat(shownRows(page)).hasSize(own).allSatisfy(row -> assertThat(row.attr("data-post")).isEqualTo(POST));
        assertThat(status(page)).isEqualTo(own + " of " + findings.size() + " findings — post " + POST);
    }

    @Test
    void aRuleClickedInTheSummaryIsChosenAndShowsItsOwnFindingsOnly() throws Exception {
        Document page = open("", "click('#rules-table a[data-rule=\"" + RULE + "\"]');");

        assertThat(value(page, "rule")).isEqualTo(RULE);
        assertThat(value(page, "text")).isEmpty();
        int own = count(finding -> finding.ruleId().equals(RULE));
        assertThat(shownRows(page)).hasSize(own).allSatisfy(row -> assertThat(row.attr("data-rule")).isEqualTo(RULE));
        assertThat(status(page)).isEqualTo(own + " of " + findings.size() + " findings — rule " + RULE);
    }

    @Test
    void theTextSearchesTheMessagesWhateverTheCase() throws Exception {
        Document page = open("", "choose('text', 'ALSO SUMMARISED IN " + POST + "');");

        assertThat(shownRows(page)).extracting(row -> row.selectFirst(".message").text())
                .containsExactly(NAMES_THE_POST.message());
        assertThat(status(page)).isEqualTo(
                "1 of " + findings.size() + " findings — text “ALSO SUMMARISED IN " + POST + "”");
    }

    @Test
    void theFiltersCombine() throws Exception {
        String post = "_posts/2025-10-08-daily-papers.md";
        String rule = "prose-as-bullets";

        Document page = open("", "choose('post', '" + post + "'); click('#rules-table a[data-rule=\"" + rule + "\"]');"
                + " choose('text', 'method');");

        int chosen = count(postRuleAndText(post, rule, "method"));
        assertThat(chosen).as("findings of the post and the rule with the text, in the corpus").isPositive();
        assertThat(shownRows(page)).hasSize(chosen);
        assertThat(status(page)).isEqualTo(chosen + " of " + findings.size() + " findings — post " + post
                + ", rule " + rule + ", text “method”");
    }

    @Test
    void theChoicesAreKeptInTheAddress() throws Exception {
        Document page = open("", "choose('post', '" + POST + "'); choose('text', 'a b');");

        assertThat(page.body().attr("data-hash")).isEqualTo("#post=_posts%2F2025-12-22-daily-papers.md&text=a+b");
    }

    @Test
    void anAddressWithChoicesOpensTheReportWithThem() throws Exception {
        Document page = open("#post=_posts%2F2025-10-08-daily-papers.md&rule=prose-as-bullets&text=Method", "");

        assertThat(value(page, "post")).isEqualTo("_posts/2025-10-08-daily-papers.md");
        assertThat(value(page, "rule")).isEqualTo("prose-as-bullets");
        assertThat(value(page, "text")).isEqualTo("Method");
        assertThat(shownRows(page)).hasSize(count(postRuleAndText("_posts/2025-10-08-daily-papers.md",
                "prose-as-bullets", "Method")));
    }

    @Test
    void anAddressWithAPostTheReportDoesNotListShowsAllPosts() throws Exception {
        Document page = open("#post=_posts%2Fnone.md", "");

        assertThat(value(page, "post")).isEmpty();
        assertThat(status(page)).isEqualTo("all " + findings.size() + " findings");
    }

    private static Predicate<Finding> postRuleAndText(String post, String rule, String text) {
        return finding -> finding.path().equals(post) && finding.ruleId().equals(rule)
                && finding.message().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }

    private static int count(Predicate<Finding> which) {
        return (int) findings.stream().filter(which).count();
    }

    private static List<Element> shownRows(Document page) {
        return page.select("#findings-table tbody tr").stream().filter(row -> !row.hasAttr("hidden")).toList();
    }

    private static String status(Document page) {
        return page.getElementById("filter-status").text();
    }

    /** The filter's value as the script left it, which the probe copies into an attribute for the DOM to keep. */
    private static String value(Document page, String filter) {
        return page.getElementById("filter-" + filter).attr("data-value");
    }

    /** Records, before the report's script runs, anything that would show in the console as an error. */
    private static final String RECORDER = """
            function record(problem) {
              var page = document.documentElement;
              page.setAttribute('data-problems', (page.getAttribute('data-problems') || '') + problem + '\\n');
            }
            addEventListener('error', function (event) { record(event.message); });
            document.addEventListener('securitypolicyviolation', function (event) {
              record('requested ' + event.blockedURI);
            });
            console.error = function () { record(Array.from(arguments).join(' ')); };
            """;

    /** What the tests' actions may call, as a reader would click, choose and type. */
    private static final String READER = """
            function click(selector) { document.querySelector(selector).click(); }
            function choose(filter, value) {
              var chooser = document.getElementById('filter-' + filter);
              chooser.value = value;
              chooser.dispatchEvent(new Event(filter === 'text' ? 'input' : 'change'));
            }
            """;

    /** Copies into the DOM what Chromium's dump leaves out: the filters' values and the address. */
    private static final String PROBE = """
            ['post', 'rule', 'text'].forEach(function (filter) {
              var chooser = document.getElementById('filter-' + filter);
              chooser.setAttribute('data-value', chooser.value);
            });
            document.body.setAttribute('data-hash', location.hash);
            """;

    /**
     * Chromium's DOM of the report, opened at the fragment, after the actions ran: JavaScript that
     * may {@code click(selector)} and {@code choose(filter, value)}. It fails on any error in the page
     * and on any request, which a content security policy blocks and reports.
     */
    private static Document open(String fragment, String actions) throws Exception {
        int number = ++pagesOpened;
        Document variant = report.clone();
        variant.head().prependElement("script").appendChild(new DataNode(RECORDER));
        variant.head().prependElement("meta").attr("http-equiv", "Content-Security-Policy")
                .attr("content", "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'");
        variant.body().appendElement("script").appendChild(new DataNode(READER + actions));
        variant.body().appendElement("script").appendChild(new DataNode(PROBE));
        Path html = FOLDER.resolve("page-" + number + ".html");
        Files.writeString(html, variant.outerHtml());

        Path profile = Files.createDirectories(FOLDER.resolve("chromium-" + number));
        Path dom = FOLDER.resolve("page-" + number + ".dom.html");
        Path log = FOLDER.resolve("chromium-" + number + ".log");
        ProcessBuilder chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--dump-dom", html.toUri() + fragment)
                .redirectOutput(dom.toFile()).redirectError(log.toFile());
        // Chromium writes to its home too, crash reports for one; they stay under target/. Not so its
        // temporary files, which it removes: a socket among them needs a short path.
        chromium.environment().put("HOME", profile.toString());
        Process process = chromium.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("Chromium did not finish within 60 s; see " + log);
        }
        assertThat(process.exitValue()).as("Chromium's exit status; see " + log).isZero();

        Document page = Jsoup.parse(Files.readString(dom, StandardCharsets.UTF_8));
        assertThat(page.selectFirst("html").attr("data-problems")).as("errors and requests in " + html).isEmpty();
        assertThat(page.body().hasAttr("data-hash")).as("the probe ran; see " + dom).isTrue();
        return page;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
