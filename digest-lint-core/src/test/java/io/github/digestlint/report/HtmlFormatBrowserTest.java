package io.github.digestlint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.digestlint.engine.LintResult;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.rules.BuiltInRules;
import io.github.digestlint.source.Position;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The report in a real browser, headless Chromium, as a reader sees it: the totals, the rules in the
 * order to fix them, the findings grouped by post a page at a time, a visible mark where something is
 * missing; the filters show exactly the findings chosen, and the page says which; no error, no request. Each test opens the report with a script of what a reader does
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

    private static LintResult result;
    private static List<Finding> findings;
    private static Document report;
    private static Document manyPosts;
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
        result = corpus.result();
        findings = result.findings();
        report = Jsoup.parse(ReportFixtures.write(new HtmlFormat(), corpus));
        manyPosts = Jsoup.parse(ReportFixtures.write(new HtmlFormat(), manyPosts()));
    }

    @BeforeEach
    void needsChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM), WITHOUT_CHROMIUM);
    }

    @Test
    void showsTheTotalsTheRulesInTheOrderToFixThemAndTheFirstPageOfPosts() throws Exception {
        Document page = open(report, "", "");

        assertThat(page.select("#totals li").eachText()).containsExactly(
                count(finding -> finding.severity() == Severity.ERROR) + "errors",
                count(finding -> finding.severity() == Severity.WARNING) + "warnings",
                count(Finding::isFixable) + "fixable", result.postsChecked() + "posts checked",
                result.postsWithFindings() + "posts with findings");
        assertThat(page.select("#rules-table tbody tr")).extracting(row -> row.child(0).text() + " "
                + row.child(2).text() + " " + row.child(3).text() + " " + row.child(4).text())
                .containsExactlyElementsOf(RuleTotals.of(findings).stream().map(total -> total.ruleId() + " "
                        + total.errors() + " " + total.warnings() + " " + total.fixable()).toList());
        assertThat(page.selectFirst("#fix-hint").text()).endsWith("run " + ReportFixtures.FIX_COMMAND + ".");
        assertThat(status(page)).isEqualTo("all " + findings.size() + " findings");
        List<String> posts = findings.stream().map(Finding::path).distinct().toList();
        List<String> shownPosts = page.select("#findings-table tbody.post").eachAttr("data-post");
        assertThat(shownPosts).isEqualTo(posts.subList(0, shownPosts.size()));
        assertThat(shownRows(page)).hasSize(count(finding -> shownPosts.contains(finding.path())));
    }

    @Test
    void namesEachPostOnceWithItsCountsAboveItsFindings() throws Exception {
        Document page = open(report, "", "");

        for (Element post : page.select("#findings-table tbody.post")) {
            String path = post.attr("data-post");
            List<Finding> own = findings.stream().filter(finding -> finding.path().equals(path)).toList();
            long errors = own.stream().filter(finding -> finding.severity() == Severity.ERROR).count();
            assertThat(post.select("th .path").eachText()).containsExactly(path);
            assertThat(post.selectFirst("th .counts").text()).isEqualTo(errors + " error" + (errors == 1 ? "" : "s")
                    + ", " + (own.size() - errors) + " warning" + (own.size() - errors == 1 ? "" : "s") + ", "
                    + own.stream().filter(Finding::isFixable).count() + " fixable");
            assertThat(post.select("tr.finding")).extracting(row -> rule(row) + ":" + row.child(0).text())
                    .containsExactlyElementsOf(own.stream().map(finding -> finding.ruleId() + ":"
                            + finding.start().line()).toList());
        }
    }

    @Test
    void aPostClickedIsChosenAndShowsItsOwnFindingsOnly() throws Exception {
        Document page = open(report, "", "click('#findings-table a[data-post=\"" + POST + "\"]');");

        assertThat(value(page, "post")).isEqualTo(POST);
        assertThat(value(page, "text")).isEmpty();
        int own = count(finding -> finding.path().equals(POST));
        assertThat(page.select("#findings-table tbody.post").eachAttr("data-post")).containsExactly(POST);
        assertThat(shownRows(page)).hasSize(own);
        assertThat(status(page)).isEqualTo(own + " of " + findings.size() + " findings — post " + POST);
    }

    @Test
    void aRuleClickedInTheRulesTableIsChosenAndShowsItsOwnFindingsOnly() throws Exception {
        Document page = open(report, "", "click('#rules-table a[data-rule=\"" + RULE + "\"]');");

        assertThat(value(page, "rule")).isEqualTo(RULE);
        assertThat(value(page, "text")).isEmpty();
        int own = count(finding -> finding.ruleId().equals(RULE));
        assertThat(shownRows(page)).hasSize(own).allSatisfy(row -> assertThat(rule(row)).isEqualTo(RULE));
        assertThat(status(page)).isEqualTo(own + " of " + findings.size() + " findings — rule " + RULE);
    }

    @Test
    void theSeverityShowsItsFindingsOnly() throws Exception {
        Document page = open(report, "", "choose('severity', 'error');");

        int errors = count(finding -> finding.severity() == Severity.ERROR);
        assertThat(shownRows(page)).hasSize(errors)
                .allSatisfy(row -> assertThat(row.child(2).text()).isEqualTo("error"));
        assertThat(status(page)).isEqualTo(errors + " of " + findings.size() + " findings — severity error");
    }

    @Test
    void theTextSearchesTheMessagesWhateverTheCase() throws Exception {
        Document page = open(report, "", "choose('text', 'ALSO SUMMARISED IN " + POST + "');");

        assertThat(shownRows(page)).extracting(row -> row.selectFirst(".message").text())
                .containsExactly(NAMES_THE_POST.message());
        assertThat(status(page)).isEqualTo(
                "1 of " + findings.size() + " findings — text “ALSO SUMMARISED IN " + POST + "”");
    }

    @Test
    void theFiltersCombine() throws Exception {
        String post = "_posts/2025-10-08-daily-papers.md";
        String rule = "prose-as-bullets";

        Document page = open(report, "", "choose('post', '" + post + "'); click('#rules-table a[data-rule=\"" + rule
                + "\"]'); choose('severity', 'warning'); choose('text', 'method');");

        int chosen = count(postRuleAndText(post, rule, "method"));
        assertThat(chosen).as("findings of the post and the rule with the text, in the corpus").isPositive();
        assertThat(shownRows(page)).hasSize(chosen);
        assertThat(status(page)).isEqualTo(chosen + " of " + findings.size() + " findings — post " + post
                + ", rule " + rule + ", severity warning, text “method”");
    }

    @Test
    void theChoicesAreKeptInTheAddress() throws Exception {
        Document page = open(report, "", "choose('post', '" + POST + "'); choose('text', 'a b');");

        assertThat(page.body().attr("data-hash")).isEqualTo("#post=_posts%2F2025-12-22-daily-papers.md&text=a+b");
    }

    @Test
    void anAddressWithChoicesOpensTheReportWithThem() throws Exception {
        Document page = open(report, "#post=_posts%2F2025-10-08-daily-papers.md&rule=prose-as-bullets&text=Method",
                "");

        assertThat(value(page, "post")).isEqualTo("_posts/2025-10-08-daily-papers.md");
        assertThat(value(page, "rule")).isEqualTo("prose-as-bullets");
        assertThat(value(page, "text")).isEqualTo("Method");
        assertThat(shownRows(page)).hasSize(count(postRuleAndText("_posts/2025-10-08-daily-papers.md",
                "prose-as-bullets", "Method")));
    }

    @Test
    void anAddressWithAPostTheReportDoesNotListShowsAllPosts() throws Exception {
        Document page = open(report, "#post=_posts%2Fnone.md", "");

        assertThat(value(page, "post")).isEmpty();
        assertThat(status(page)).isEqualTo("all " + findings.size() + " findings");
    }

    @Test
    void aPlaceWhereSomethingIsMissingIsMarkedVisibly() throws Exception {
        Document page = open(report, "", "choose('text', 'also summarised in');");

        Element row = shownRows(page).get(0);
        assertThat(row.select(".source mark")).isEmpty();
        assertThat(row.select(".source .caret[role=img][aria-label]")).hasSize(1);
        assertThat(row.selectFirst(".caret").attr("data-box")).as("its width and height in pixels")
                .matches("[1-9][0-9.]*x[1-9][0-9.]*");
        assertThat(open(report, "", "").select("mark")).allSatisfy(mark -> assertThat(mark.wholeText()).isNotEmpty());
    }

    @Test
    void aReportOfManyPostsShowsAPageAtATime() throws Exception {
        Document first = open(manyPosts, "", "");

        assertThat(first.select("#findings-table tbody.post").eachAttr("data-post"))
                .containsExactlyElementsOf(manyPostPaths(0, 20));
        assertThat(first.select("#pager-top .page").text()).isEqualTo("posts 1–20 of 45 (page 1 of 3)");
        assertThat(first.select("#pager-top .previous[disabled]")).hasSize(1);

        Document second = open(manyPosts, "", "click('#pager-bottom .next');");

        assertThat(second.select("#findings-table tbody.post").eachAttr("data-post"))
                .containsExactlyElementsOf(manyPostPaths(20, 40));
        assertThat(second.select("#pager-top .page").text()).isEqualTo("posts 21–40 of 45 (page 2 of 3)");
        assertThat(second.body().attr("data-hash")).isEqualTo("#page=2");
        assertThat(status(second)).isEqualTo("all 450 findings");

        Document last = open(manyPosts, "#page=3", "");

        assertThat(last.select("#findings-table tbody.post").eachAttr("data-post"))
                .containsExactlyElementsOf(manyPostPaths(40, 45));
        assertThat(last.select("#pager-top .next[disabled]")).hasSize(1);
    }

    @Test
    void aFilterStartsAgainAtItsFirstPage() throws Exception {
        Document page = open(manyPosts, "#page=3", "choose('severity', 'error');");

        assertThat(page.select("#pager-top .page").text()).isEqualTo("posts 1–40 of 45 (page 1 of 2)");
        assertThat(status(page)).isEqualTo("225 of 450 findings — severity error");
        assertThat(page.body().attr("data-hash")).isEqualTo("#severity=error");
    }

    /** 45 posts of ten findings each, half of them errors: pages of 20 posts, 200 findings. */
    private static Report manyPosts() {
        List<Finding> many = new ArrayList<>();
        List<String> paths = manyPostPaths(0, 45);
        for (String path : paths) {
            for (int line = 1; line <= 10; line++) {
                many.add(new Finding(RULE, line % 2 == 0 ? Severity.ERROR : Severity.WARNING, path,
                        new Position(line, 1), new Position(line, 2), "finding " + line + " of " + path, List.of()));
            }
        }
        return new Report(ToolVersion.current(), FOLDER, BuiltInRules.metadata(), new LintResult(many, paths,
                paths.size(), 0, List.of("daily-papers")), ReportFixtures.FIX_COMMAND);
    }

    private static List<String> manyPostPaths(int from, int to) {
        return IntStream.range(from, to).mapToObj(number -> String.format(Locale.ROOT, "_posts/post-%02d.md", number))
                .toList();
    }

    /** The rule a row names, linked to its documentation. */
    private static String rule(Element row) {
        return row.selectFirst("td.rule a").text();
    }

    private static Predicate<Finding> postRuleAndText(String post, String rule, String text) {
        return finding -> finding.path().equals(post) && finding.ruleId().equals(rule)
                && finding.message().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }

    private static int count(Predicate<Finding> which) {
        return (int) findings.stream().filter(which).count();
    }

    private static List<Element> shownRows(Document page) {
        return page.select("#findings-table tr.finding");
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
            ['post', 'rule', 'severity', 'text'].forEach(function (filter) {
              var chooser = document.getElementById('filter-' + filter);
              chooser.setAttribute('data-value', chooser.value);
            });
            document.querySelectorAll('.caret').forEach(function (caret) {
              var box = caret.getBoundingClientRect();
              caret.setAttribute('data-box', box.width + 'x' + box.height);
            });
            document.body.setAttribute('data-hash', location.hash);
            """;

    /**
     * Chromium's DOM of the report, opened at the fragment, after the actions ran: JavaScript that
     * may {@code click(selector)} and {@code choose(filter, value)}. It fails on any error in the page
     * and on any request, which a content security policy blocks and reports.
     */
    private static Document open(Document report, String fragment, String actions) throws Exception {
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
