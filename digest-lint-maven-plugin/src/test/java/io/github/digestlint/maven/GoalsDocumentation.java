package io.github.digestlint.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Renders docs/goals.md from the plugin descriptor that maven-plugin-plugin writes from the mojos'
 * javadoc and annotations (its XHTML version, {@code target/plugin-enhanced.xml}), so the page says
 * exactly what {@code mvn digest-lint:help -Ddetail} says. {@link GoalsDocumentationTest} fails
 * when the committed page differs; {@link #REGENERATE} rewrites it.
 */
public final class GoalsDocumentation {

    /** The one command that rewrites docs/goals.md, run from the repository's root. */
    public static final String REGENERATE = "./mvnw -B -pl digest-lint-maven-plugin -am process-test-classes -Pgoals-doc";

    private static final Pattern PROPERTY = Pattern.compile("^\\$\\{([^}]+)}$");
    private static final String PARAGRAPH = "\n\n";
    private static final Pattern PACKAGE = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+(?=[A-Z])");

    private GoalsDocumentation() {
    }

    /** Writes the page: {@code GoalsDocumentation <plugin-enhanced.xml> <goals.md>}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GoalsDocumentation <plugin-enhanced.xml> <goals.md>");
        }
        Files.writeString(Path.of(args[1]), render(Path.of(args[0])), StandardCharsets.UTF_8);
    }

    /** The page for the descriptor in this file. */
    public static String render(Path descriptor) throws IOException {
        try (InputStream in = Files.newInputStream(descriptor)) {
            return render(in);
        }
    }

    /** The page for this descriptor. */
    public static String render(InputStream descriptor) throws IOException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            document = factory.newDocumentBuilder().parse(descriptor);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Cannot read the plugin descriptor: " + e.getMessage(), e);
        }
        org.w3c.dom.Element plugin = document.getDocumentElement();
        String prefix = text(plugin, "goalPrefix");
        List<Goal> goals = new ArrayList<>();
        for (org.w3c.dom.Element mojo : children(child(plugin, "mojos").orElseThrow(), "mojo")) {
            goals.add(Goal.of(prefix, mojo));
        }
        goals.sort(Comparator.comparing(Goal::name));

        StringBuilder page = new StringBuilder();
        page.append("# Goals\n\n")
                .append("<!-- Generated from the mojos' javadoc and annotations; do not edit. After changing them, run\n")
                .append("     ").append(REGENERATE).append("\n")
                .append("     and commit the result: GoalsDocumentationTest fails while this page differs. -->\n\n")
                .append("The goals of `").append(text(plugin, "groupId")).append(':').append(text(plugin, "artifactId"))
                .append("`, called by the prefix `").append(prefix).append("`. ")
                .append(markdown(text(plugin, "description"))).append(" It needs Maven ")
                .append(text(plugin, "requiredMavenVersion")).append(" or later and Java ")
                .append(text(plugin, "requiredJavaVersion")).append(" or later. `mvn ").append(prefix)
                .append(":help -Ddetail -Dgoal=<goal>` prints the same in a terminal.\n\n")
                .append("| goal | what it does |\n| --- | --- |\n");
        for (Goal goal : goals) {
            page.append("| [`").append(goal.name()).append("`](#").append(goal.name().replace(":", ""))
                    .append(") | ").append(cell(goal.summary())).append(" |\n");
        }
        for (Goal goal : goals) {
            page.append('\n').append(goal.section());
        }
        return page.toString();
    }

    private record Goal(String name, String description, List<String> facts, List<Parameter> parameters) {

        static Goal of(String prefix, org.w3c.dom.Element mojo) {
            List<String> facts = new ArrayList<>();
            child(mojo, "phase").map(org.w3c.dom.Element::getTextContent)
                    .ifPresent(phase -> facts.add("An `<execution>` that names no phase runs it in `" + phase + "`."));
            if ("false".equals(text(mojo, "requiresProject"))) {
                facts.add("Runs without a POM too.");
            }
            if ("true".equals(text(mojo, "threadSafe"))) {
                facts.add("Thread-safe: it may run in a parallel build (`-T`).");
            }
            org.w3c.dom.Element configuration = child(mojo, "configuration").orElseThrow();
            List<Parameter> parameters = new ArrayList<>();
            for (org.w3c.dom.Element parameter : children(child(mojo, "parameters").orElseThrow(), "parameter")) {
                // What a blog cannot set (Maven fills it in) is no parameter to the blog.
                if ("true".equals(text(parameter, "editable"))) {
                    parameters.add(Parameter.of(parameter, child(configuration, text(parameter, "name")).orElseThrow()));
                }
            }
            parameters.sort(Comparator.comparing(Parameter::name));
            return new Goal(prefix + ":" + text(mojo, "goal"), markdown(text(mojo, "description")), facts, parameters);
        }

        /** The first sentence, for the table of goals. */
        String summary() {
            String paragraph = description.split(PARAGRAPH)[0];
            int end = paragraph.indexOf(". ");
            return end < 0 ? paragraph : paragraph.substring(0, end + 1);
        }

        String section() {
            StringBuilder section = new StringBuilder("## ").append(name).append("\n\n")
                    .append(description).append("\n\n").append(String.join(" ", facts)).append("\n\n");
            if (parameters.isEmpty()) {
                return section.append("It has no parameters.\n").toString();
            }
            section.append("| parameter | type | user property | default | description |\n")
                    .append("| --- | --- | --- | --- | --- |\n");
            for (Parameter parameter : parameters) {
                section.append(parameter.row()).append('\n');
            }
            return section.toString();
        }
    }

    private record Parameter(String name, String type, Optional<String> property, Optional<String> defaultValue,
            boolean required, Optional<String> deprecated, String description) {

        static Parameter of(org.w3c.dom.Element parameter, org.w3c.dom.Element configured) {
            Matcher property = PROPERTY.matcher(configured.getTextContent().strip());
            String defaultValue = configured.getAttribute("default-value");
            return new Parameter(text(parameter, "name"), PACKAGE.matcher(text(parameter, "type")).replaceAll(""),
                    property.matches() ? Optional.of(property.group(1)) : Optional.empty(),
                    defaultValue.isEmpty() ? Optional.empty() : Optional.of(defaultValue),
                    "true".equals(text(parameter, "required")),
                    child(parameter, "deprecated").map(element -> markdown(element.getTextContent())),
                    markdown(text(parameter, "description")));
        }

        String row() {
            String text = (required ? "Required. " : "")
                    + deprecated.map(reason -> "**Deprecated**" + (reason.isEmpty() ? "" : ": " + reason) + " ").orElse("")
                    + description;
            return "| `" + name + "` | `" + type + "` | " + property.map(value -> "`" + value + "`").orElse("")
                    + " | " + defaultValue.map(value -> "`" + value + "`").orElse("") + " | " + cell(text) + " |";
        }
    }

    /** The descriptor's XHTML as Markdown: code, links, paragraphs and list items; the rest as plain text. */
    static String markdown(String html) {
        StringBuilder text = new StringBuilder();
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            append(node, text);
        }
        // The only line breaks left are the paragraph breaks appended below.
        return Arrays.stream(text.toString().split(PARAGRAPH)).map(part -> part.replaceAll(" {2,}", " ").strip())
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining("\n\n"));
    }

    private static void append(Node node, StringBuilder text) {
        if (node instanceof TextNode textNode) {
            text.append(oneLine(textNode.getWholeText()));
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        switch (element.normalName()) {
            case "code" -> text.append('`').append(oneLine(element.wholeText()).strip()).append('`');
            case "a" -> {
                text.append('[');
                element.childNodes().forEach(child -> append(child, text));
                text.append("](").append(element.attr("href")).append(')');
            }
            case "p", "br" -> {
                text.append(PARAGRAPH);
                element.childNodes().forEach(child -> append(child, text));
            }
            case "li" -> {
                text.append(PARAGRAPH).append("- ");
                element.childNodes().forEach(child -> append(child, text));
            }
            default -> element.childNodes().forEach(child -> append(child, text));
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** Markdown that fits a table cell: one line, and a pipe that does not end the cell. */
    private static String cell(String markdown) {
        return markdown.replace("\n\n", " ").replace("|", "\\|");
    }

    private static String text(org.w3c.dom.Element parent, String name) {
        return child(parent, name).map(org.w3c.dom.Element::getTextContent).orElse("");
    }

    private static Optional<org.w3c.dom.Element> child(org.w3c.dom.Element parent, String name) {
        return children(parent, name).stream().findFirst();
    }

    private static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String name) {
        List<org.w3c.dom.Element> found = new ArrayList<>();
        for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof org.w3c.dom.Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }
}
