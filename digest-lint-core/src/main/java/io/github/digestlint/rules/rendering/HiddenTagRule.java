package io.github.digestlint.rules.rendering;

import io.github.digestlint.model.Post;
import io.github.digestlint.model.RawHtml;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.ConfigurationException;
import io.github.digestlint.rule.PostRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.RuleOption;
import io.github.digestlint.rule.RuleOptions;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.source.Span;
import io.github.digestlint.source.TextEdit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Digests quote the special tokens of the papers they summarise ({@code <Plan>}, {@code <think>},
 * {@code <image>}), and every Markdown renderer passes text in angle brackets through as an HTML
 * tag. The browser shows no tag, so the page reads "the model emits , and tokens". The parser marks
 * what it takes for HTML, so tags in code spans and code blocks, which the page shows as written,
 * are never looked at.
 *
 * <p>A tag is reported when HTML does not define its element, or when it is one of the elements
 * whose text a browser does not show ({@code <title>}, {@code <script>}, {@code <template>}…) written
 * bare inside text. HTML an author means is left alone: a comment (our own directives included), a
 * known element such as {@code <br>} or {@code <sup>}, a known element with attributes, any block
 * of HTML that starts with a known element, and custom elements, whose names hold a hyphen.
 */
public final class HiddenTagRule implements PostRule {

    private static final String ALLOWED = "allowed";
    private static final RuleMetadata METADATA = new RuleMetadata("hidden-tag",
            "Text in angle brackets, such as a model's special token, that the renderer passes on as an HTML tag"
                    + " and the browser does not show.",
            Severity.WARNING, true, Concern.RENDERING, List.of(RuleOption.texts(ALLOWED, List.of())));

    /** The elements of the HTML standard, and the obsolete ones that browsers still render. */
    private static final Set<String> KNOWN = Set.of("a", "abbr", "acronym", "address", "area", "article", "aside",
            "audio", "b", "base", "bdi", "bdo", "big", "blockquote", "body", "br", "button", "canvas", "caption",
            "center", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog",
            "dir", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form",
            "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i",
            "iframe", "img", "input", "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "marquee",
            "math", "menu", "meta", "meter", "nav", "nobr", "noembed", "noframes", "noscript", "object", "ol",
            "optgroup", "option", "output", "p", "param", "picture", "plaintext", "pre", "progress", "q", "rp", "rt",
            "ruby", "s", "samp", "script", "search", "section", "select", "slot", "small", "source", "span", "strike",
            "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea",
            "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr", "xmp");

    /**
     * Known elements that show nothing of themselves nor of the text they hold, or that take the
     * text after them out of the page (a {@code <title>} in a sentence hides the sentence's rest).
     */
    private static final Set<String> HIDING = Set.of("base", "body", "frame", "frameset", "head", "html", "iframe",
            "link", "meta", "noembed", "noframes", "noscript", "object", "param", "plaintext", "script", "select",
            "style", "template", "textarea", "title", "xmp");

    /** An opening or closing tag: its name, and whatever follows the name. */
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)([^>]*)>");

    private final Set<String> allowed;

    public HiddenTagRule() {
        this(Set.of());
    }

    private HiddenTagRule(Set<String> allowed) {
        this.allowed = allowed;
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public PostRule withOptions(RuleOptions options) throws ConfigurationException {
        Optional<List<String>> names = options.texts(ALLOWED);
        return names.isEmpty() ? this : new HiddenTagRule(names.get().stream()
                .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
    }

    @Override
    public void check(Post post, Reporter reporter) {
        List<Prose> prose = Prose.of(post);
        List<RawHtml> html = post.html();
        int[] closings = closings(html);
        Map<String, Integer> intended = new HashMap<>();
        for (int i = 0; i < html.size(); i++) {
            Matcher tag = TAG.matcher(html.get(i).html());
            if (!tag.lookingAt()) {
                // A comment, a declaration or a processing instruction: nothing a reader would miss.
                continue;
            }
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            boolean known = KNOWN.contains(name);
            if (allowed.contains(name) || name.contains("-") || html.get(i).block() && known) {
                continue;
            }
            boolean closing = !tag.group(1).isEmpty();
            if (known && HIDING.contains(name) && !tag.group(3).isBlank()) {
                // An element with attributes is meant, and so is the tag that closes it.
                intended.merge(name, 1, Integer::sum);
                continue;
            }
            if (known && closing && intended.getOrDefault(name, 0) > 0) {
                intended.merge(name, -1, Integer::sum);
                continue;
            }
            if (known && !HIDING.contains(name)) {
                continue;
            }
            Span span = new Span(html.get(i).span().start(), html.get(i).span().start() + tag.end());
            String written = tag.group();
            String message;
            if (html.get(i).block()) {
                message = "'" + written + "' on a line of its own starts a block of HTML: the page shows no '" + written
                        + "', and the lines after it up to a blank line are not read as Markdown";
            } else if (known && closing) {
                message = "'" + written + "' closes an HTML element whose text the browser does not show";
            } else {
                Optional<RawHtml> closer = known && closings[i] >= 0 ? Optional.of(html.get(closings[i]))
                        : Optional.empty();
                message = inText(written, known, span, closer, prose);
            }
            reporter.report(span, message + "; write " + escaped(written)
                    + " or put it in a code span to show it as written", List.of(new TextEdit(span, escaped(written))));
        }
    }

    /** For each tag, the index of the next tag that closes its element; -1 for none. One pass from the end. */
    private static int[] closings(List<RawHtml> html) {
        int[] closings = new int[html.size()];
        Map<String, Integer> next = new HashMap<>();
        for (int i = html.size() - 1; i >= 0; i--) {
            Matcher tag = TAG.matcher(html.get(i).html());
            String name = tag.lookingAt() ? tag.group(2).toLowerCase(Locale.ROOT) : "";
            closings[i] = next.getOrDefault(name, -1);
            if (tag.lookingAt() && !tag.group(1).isEmpty()) {
                next.put(name, i);
            }
        }
        return closings;
    }

    private static String escaped(String tag) {
        return "&lt;" + tag.substring(1, tag.length() - 1) + "&gt;";
    }

    /**
     * A tag inside text: the sentence as the reader sees it, without the tag, and for an element
     * that hides its text, without the text up to its closing tag in the same paragraph.
     */
    private static String inText(String tag, boolean hides, Span span, Optional<RawHtml> closer, List<Prose> prose) {
        String what = hides ? "'" + tag + "' opens an HTML element whose text the browser does not show"
                : "'" + tag + "' is read as an HTML tag, which the browser does not show";
        Optional<Prose> around = Prose.around(prose, span.start());
        if (around.isEmpty()) {
            return what;
        }
        Prose text = around.get();
        int index = text.indexAt(span.start());
        int resumes = index;
        if (hides) {
            resumes = closer.filter(found -> found.span().end() <= text.span().end())
                    .map(found -> text.indexAt(found.span().end())).orElse(text.text().length());
        }
        return what + ": the reader sees \"" + text.sentence(index, index, resumes) + "\"";
    }
}
