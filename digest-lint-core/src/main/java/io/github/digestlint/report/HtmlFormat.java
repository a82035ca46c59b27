package io.github.digestlint.report;

import io.github.digestlint.engine.LintResult;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * One HTML page for people: the totals, the findings per rule and per post, and every finding with
 * the line it points at. The page is self-contained, its style and script inline, so that it opens
 * from a CI server's artifacts or a local folder without a network or a server.
 */
public final class HtmlFormat implements ReportFormat {

    private static final String TITLE = "digest-lint report";

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String fileName() {
        return "index.html";
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Document page = Document.createShell("");
        page.prependChild(new DocumentType("html", "", ""));
        // Not pretty-printed: that collapses runs of spaces, and a finding may be about exactly those.
        page.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
        page.selectFirst("html").attr("lang", "en");
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width");
        page.title(TITLE);
        page.head().appendElement("style").appendChild(new DataNode(JarResource.read("report.css")));

        Element body = page.body();
        Element header = body.appendElement("header");
        header.appendElement("h1").text(TITLE);
        header.appendElement("p").addClass("summary-line").text(report.result().summary());
        totals(body.appendElement("section").id("totals"), report.result());
        byRule(body.appendElement("section").id("by-rule"), report);
        byPost(body.appendElement("section").id("by-post"), report.result());
        findings(body.appendElement("section").id("findings"), report);
        body.appendElement("footer").text("Written by digest-lint " + report.toolVersion() + ".");
        body.appendElement("script").appendChild(new DataNode(JarResource.read("report.js")));

        out.write(page.outerHtml().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void totals(Element section, LintResult result) {
        Element list = section.appendElement("ul").addClass("totals");
        total(list, "total-errors", result.count(Severity.ERROR), "errors").addClass("error");
        total(list, "total-warnings", result.count(Severity.WARNING), "warnings").addClass("warning");
        total(list, "total-posts-checked", result.postsChecked(), "posts checked");
        total(list, "total-posts-with-findings", result.postsWithFindings(), "posts with findings");
    }

    private static Element total(Element list, String id, long count, String label) {
        Element item = list.appendElement("li").id(id);
        item.appendElement("span").addClass("count").text(Long.toString(count));
        item.appendText(label);
        return item;
    }

    private static void byRule(Element section, Report report) {
        section.appendElement("h2").text("Findings per rule");
        Map<String, String> descriptions = report.rules().stream()
                .collect(Collectors.toMap(RuleMetadata::id, RuleMetadata::description));
        Map<String, List<Finding>> byRule = new TreeMap<>(report.result().findings().stream()
                .collect(Collectors.groupingBy(Finding::ruleId)));
        Element rows = table(section, "rules-table", "Rule", "Description", "Errors", "Warnings");
        byRule.forEach((ruleId, findings) -> {
            Element row = rows.appendElement("tr");
            chooserLink(row.appendElement("td"), "data-rule", ruleId);
            row.appendElement("td").text(descriptions.getOrDefault(ruleId, ""));
            number(row, count(findings, Severity.ERROR));
            number(row, count(findings, Severity.WARNING));
        });
    }

    private static void byPost(Element section, LintResult result) {
        section.appendElement("h2").text("Posts");
        Element rows = table(section, "posts-table", "Post", "Errors", "Warnings", "Result");
        PostFindings.byPost(result).forEach((post, findings) -> {
            boolean passing = findings.isEmpty();
            Element row = rows.appendElement("tr").addClass(passing ? "passing" : "has-findings");
            if (passing) {
                row.appendElement("td").text(post);
            } else {
                chooserLink(row.appendElement("td"), "data-post", post);
            }
            number(row, count(findings, Severity.ERROR));
            number(row, count(findings, Severity.WARNING));
            row.appendElement("td").addClass("result").text(passing ? "passes" : "has findings");
        });
    }

    private static void findings(Element section, Report report) {
        section.appendElement("h2").text("Findings");
        List<Finding> all = report.result().findings();
        List<String> postsWithFindings = PostFindings.byPost(report.result()).entrySet().stream()
                .filter(post -> !post.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        List<String> rulesWithFindings = all.stream().map(Finding::ruleId).distinct().sorted().toList();
        // Post and rule are chosen, not typed: the script matches them exactly against each row's
        // own, which a text search cannot do, as messages name other posts and rules.
        Element filters = section.appendElement("div").addClass("filters");
        chooser(filters, "filter-post", "Post", "all posts", postsWithFindings);
        chooser(filters, "filter-rule", "Rule", "all rules", rulesWithFindings);
        filters.appendElement("label").text("Text ").appendElement("input").id("filter-text")
                .attr("type", "search").attr("placeholder", "Search the messages");
        // The script says here which findings the filters show.
        section.appendElement("p").id("filter-status").attr("role", "status");
        Element rows = table(section, "findings-table", "Post", "Line", "Column", "Severity", "Rule", "Message",
                "Source line");
        PostSources sources = new PostSources(report.baseDirectory());
        for (Finding finding : all) {
            Element row = rows.appendElement("tr").addClass("finding")
                    .attr("data-post", finding.path()).attr("data-rule", finding.ruleId());
            row.appendElement("td").text(finding.path());
            number(row, finding.start().line());
            number(row, finding.start().column());
            row.appendElement("td").addClass("severity-" + finding.severity().label())
                    .text(finding.severity().label());
            row.appendElement("td").text(finding.ruleId());
            row.appendElement("td").addClass("message").text(finding.message());
            Element source = row.appendElement("td").addClass("source");
            sources.lineOf(finding).ifPresent(line -> {
                Element code = source.appendElement("code");
                code.appendText(line.beforeMark());
                code.appendElement("mark").text(line.marked());
                code.appendText(line.afterMark());
            });
        }
    }

    /** A sortable table with these column headers; returns its body for the rows. */
    private static Element table(Element section, String id, String... headers) {
        Element table = section.appendElement("table").id(id).addClass("sortable");
        Element headerRow = table.appendElement("thead").appendElement("tr");
        for (String header : headers) {
            headerRow.appendElement("th").attr("scope", "col").text(header);
        }
        return table.appendElement("tbody");
    }

    /** A drop-down of these values, after a first one, empty, that stands for all of them. */
    private static void chooser(Element filters, String id, String label, String all, List<String> values) {
        Element select = filters.appendElement("label").text(label + " ").appendElement("select").id(id);
        select.appendElement("option").attr("value", "").text(all);
        values.forEach(value -> select.appendElement("option").attr("value", value).text(value));
    }

    /** A post or rule that, clicked, is chosen in the findings' filter named by the attribute. */
    private static void chooserLink(Element cell, String attribute, String value) {
        cell.appendElement("a").attr("href", "#findings").attr(attribute, value).text(value);
    }

    private static void number(Element row, long value) {
        row.appendElement("td").addClass("number").text(Long.toString(value));
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).count();
    }
}
