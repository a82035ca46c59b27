package io.github.digestlint.rules.rendering;

import io.github.digestlint.model.Post;
import io.github.digestlint.model.YamlScalar;
import io.github.digestlint.source.Span;
import io.github.digestlint.source.TextEdit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A post's body read as Jekyll reads it first: as a Liquid template (Liquid 4, which Jekyll 4 runs),
 * over all of the body, code spans and code blocks included, before any Markdown. It splits the text
 * into tokens exactly as Liquid's tokenizer does, then follows the tags' nesting: what Liquid would
 * stop the build on is a problem, and {@code {{ … }}} outside {@code {% raw %}} and
 * {@code {% comment %}} is output that Jekyll replaces.
 */
final class Liquid {

    /** Blocks and the tag that ends each: {@code {% for %}…{% endfor %}}. */
    private static final Set<String> BLOCKS = Set.of("capture", "case", "comment", "for", "highlight", "if",
            "ifchanged", "raw", "tablerow", "unless");
    /** Tags without an end, Liquid's own and Jekyll's. */
    private static final Set<String> TAGS = Set.of("assign", "break", "continue", "cycle", "decrement", "include",
            "include_relative", "increment", "link", "post_url");
    /** Tags that divide a block, and the blocks each may stand in. */
    private static final Map<String, Set<String>> BRANCHES = Map.of("else", Set.of("if", "unless", "for", "case"),
            "elsif", Set.of("if", "unless"), "when", Set.of("case"));
    /** The objects Jekyll defines, whose output is a value rather than nothing. */
    private static final Set<String> JEKYLL_OBJECTS = Set.of("site", "page", "layout", "content", "paginator",
            "jekyll", "include", "forloop", "tablerowloop");

    private static final Pattern OUTPUT = Pattern.compile("\\{\\{-?(.*?)-?\\}\\}", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(\\w+)\\s*(.*?)-?%\\}", Pattern.DOTALL);
    private static final Pattern NAME_AFTER_TAG_START = Pattern.compile("-?\\s*(\\w+)");
    private static final Pattern FIRST_NAME = Pattern.compile("\\s*([A-Za-z_][\\w-]*)");
    private static final Set<String> FALSE = Set.of("false", "no", "off");
    private static final int MAX_QUOTE = 60;

    /** What Liquid would do with the body: the problems that stop the build, and the output it replaces. */
    record Reading(List<Problem> problems, List<Output> outputs) {
    }

    /** A token that Liquid refuses, and why, in words for the message. */
    record Problem(Span span, String token, String why) {
    }

    /**
     * Output markup outside {@code raw} and {@code comment}.
     *
     * @param expression what stands between the braces, trimmed
     * @param defined whether the expression shows something: it starts with an object that Jekyll
     *     defines, a quoted text or a number, rather than a variable of its own
     */
    record Output(Span span, String token, String expression, boolean defined) {
    }

    /** A block tag that is open, and where. */
    private record Open(String name, String token, Span span) {
    }

    private Liquid() {
    }

    /** Whether Jekyll runs Liquid over the post: not when its front matter sets {@code render_with_liquid: false}. */
    static boolean renders(Post post) {
        return post.data().flatMap(data -> data.scalar("render_with_liquid"))
                .filter(value -> value.type() == YamlScalar.Type.BOOLEAN)
                .map(value -> !FALSE.contains(value.value().toLowerCase(Locale.ROOT))).orElse(true);
    }

    /** @param pluginTags the names of tags that the blog's plugins add, known like Liquid's own */
    static Reading read(Post post, Set<String> pluginTags) {
        String text = post.source().text();
        List<Span> tokens = tokens(text, post.bodyStart());
        List<Problem> problems = new ArrayList<>();
        List<Output> outputs = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            Span span = tokens.get(i);
            String token = text.substring(span.start(), span.end());
            boolean inComment = !open.isEmpty() && open.peek().name().equals("comment");
            if (token.startsWith("{{")) {
                Matcher output = OUTPUT.matcher(token);
                if (!output.matches()) {
                    problems.add(new Problem(span, token, "opens Liquid output that no '}}' closes, so the site's"
                            + " build stops with a Liquid syntax error"));
                } else if (open.stream().noneMatch(block -> block.name().equals("comment"))) {
                    String expression = output.group(1).strip();
                    Matcher name = FIRST_NAME.matcher(expression);
                    // A quoted text or a number shows itself; an object Jekyll defines shows its value.
                    boolean defined = !expression.isEmpty()
                            && (!name.lookingAt() || JEKYLL_OBJECTS.contains(name.group(1)));
                    outputs.add(new Output(span, token, expression, defined));
                }
                continue;
            }
            Matcher tag = TAG.matcher(token);
            if (!tag.matches()) {
                problems.add(new Problem(span, token, token.endsWith("%}")
                        ? "is a Liquid tag without a name, so the site's build stops with a Liquid syntax error"
                        : "opens a Liquid tag that no '%}' closes, so the site's build stops with a Liquid syntax"
                                + " error"));
                continue;
            }
            String name = tag.group(1);
            if (name.equals("raw")) {
                int end = rawEnd(text, tokens, i + 1);
                if (end == tokens.size()) {
                    problems.add(new Problem(span, token, "opens a raw block that no '{% endraw %}' closes, so the"
                            + " site's build stops with \"'raw' tag was never closed\""));
                }
                i = end;
            } else if (BLOCKS.contains(name)) {
                open.push(new Open(name, token, span));
            } else if (name.startsWith("end") && BLOCKS.contains(name.substring(3))) {
                String block = name.substring(3);
                if (!open.isEmpty() && open.peek().name().equals(block)) {
                    open.pop();
                } else if (!inComment) {
                    problems.add(new Problem(span, token, open.isEmpty()
                            ? "closes no Liquid block, so the site's build stops with \"Unknown tag '" + name + "'\""
                            : "cannot close the '" + quote(open.peek().token()) + "' still open before it, so the"
                                    + " site's build stops with a Liquid syntax error"));
                }
            } else if (BRANCHES.containsKey(name)) {
                if (!inComment && (open.isEmpty() || !BRANCHES.get(name).contains(open.peek().name()))) {
                    problems.add(new Problem(span, token, "stands in no Liquid block it can divide, so the site's"
                            + " build stops with a Liquid syntax error"));
                }
            } else if (!TAGS.contains(name) && !pluginTags.contains(name) && !inComment) {
                problems.add(new Problem(span, token, "is not a tag that Liquid or Jekyll knows, so the site's build"
                        + " stops with \"Unknown tag '" + name + "'\""));
            }
        }
        for (Open block : open) {
            problems.add(new Problem(block.span(), block.token(), "opens a Liquid block that no '{% end"
                    + block.name() + " %}' closes, so the site's build stops with \"'" + block.name()
                    + "' tag was never closed\""));
        }
        problems.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return new Reading(problems, outputs);
    }

    /**
     * The edits that wrap a token in {@code {% raw %}…{% endraw %}}, so that the page shows it as
     * written; none for a token that holds {@code endraw}, which would end the wrapping early.
     */
    static List<TextEdit> wrapInRaw(Span span, String token) {
        if (token.contains("endraw")) {
            return List.of();
        }
        return List.of(TextEdit.insert(span.start(), "{% raw %}"), TextEdit.insert(span.end(), "{% endraw %}"));
    }

    /** A token as a message quotes it, cut short when long. */
    static String quote(String token) {
        String line = token.replaceAll("\\s+", " ");
        return line.length() <= MAX_QUOTE ? line : line.substring(0, MAX_QUOTE) + "…";
    }

    /**
     * Liquid's tokens from the offset on: {@code {% … %}} to the first {@code %}} after it,
     * {@code {{ … }}} to the first {@code }} after it and one more {@code }} if it follows, and a lone
     * {@code {%} or {@code {{} when nothing closes it. The next closing brace is remembered, so that
     * a text of many openings and no closing is read in one pass.
     */
    private static List<Span> tokens(String text, int from) {
        List<Span> tokens = new ArrayList<>();
        int tagEnd = -2;
        int brace = -2;
        int at = text.indexOf('{', from);
        while (at >= 0 && at + 1 < text.length()) {
            char next = text.charAt(at + 1);
            int end;
            if (next == '%') {
                if (tagEnd != -1 && tagEnd < at + 2) {
                    tagEnd = text.indexOf("%}", at + 2);
                }
                end = tagEnd < 0 ? at + 2 : tagEnd + 2;
            } else if (next == '{') {
                if (brace != -1 && brace < at + 2) {
                    brace = text.indexOf('}', at + 2);
                }
                end = brace < 0 ? at + 2
                        : brace + 1 < text.length() && text.charAt(brace + 1) == '}' ? brace + 2 : brace + 1;
            } else {
                at = text.indexOf('{', at + 1);
                continue;
            }
            tokens.add(new Span(at, end));
            at = text.indexOf('{', end);
        }
        return tokens;
    }

    /**
     * The index of the token that ends a raw block begun before {@code first}: as Liquid reads it, one
     * that ends in {@code %}} and whose last tag start is followed by the name {@code endraw}; what is
     * before that start is the raw text's last part. The token count when none does.
     */
    private static int rawEnd(String text, List<Span> tokens, int first) {
        for (int i = first; i < tokens.size(); i++) {
            Span span = tokens.get(i);
            if (!text.startsWith("%}", span.end() - 2) || span.length() < 4) {
                continue;
            }
            for (int start = text.lastIndexOf("{%", span.end() - 3); start >= span.start();
                    start = text.lastIndexOf("{%", start - 1)) {
                Matcher name = NAME_AFTER_TAG_START.matcher(text).region(start + 2, span.end() - 2);
                if (name.lookingAt()) {
                    if (name.group(1).equals("endraw")) {
                        return i;
                    }
                    break;
                }
            }
        }
        return tokens.size();
    }
}
