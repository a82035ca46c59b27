package io.github.digestlint.parse;

import io.github.digestlint.model.Directive;
import io.github.digestlint.source.SourceText;
import io.github.digestlint.source.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the {@code <!-- digest-lint-... -->} comments of a post. */
final class DirectiveParser {

    /**
     * The name's words cannot give letters back and a comment ends at the next {@code <!--}, so a
     * post of unclosed comments or of one endless name is matched in linear time, not quadratic.
     */
    private static final Pattern DIRECTIVE = Pattern.compile(
            "<!--\\s*digest-lint-([a-z]++(?:-[a-z]++)*+)((?:(?!<!--)[^>])*?)-->");

    private static final String COMMENT = "<!--";

    private DirectiveParser() {
    }

    static List<Directive> parse(SourceText source) {
        List<Directive> directives = new ArrayList<>();
        String text = source.text();
        Matcher matcher = DIRECTIVE.matcher(text);
        // indexOf finds the comments far faster than the pattern's own search through the post.
        for (int at = text.indexOf(COMMENT); at >= 0; at = text.indexOf(COMMENT, at + 1)) {
            if (!matcher.region(at, text.length()).lookingAt()) {
                continue;
            }
            String ids = matcher.group(2).strip();
            directives.add(new Directive(matcher.group(1), Directive.Action.of(matcher.group(1)),
                    ids.isEmpty() ? List.of() : Arrays.asList(ids.split("\\s+")),
                    source.lineOf(matcher.start()), new Span(matcher.start(), matcher.end())));
            at = matcher.end() - 1;
        }
        return directives;
    }
}
