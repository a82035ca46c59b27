package io.github.digestlint.parse;

import io.github.digestlint.model.FrontMatter;
import io.github.digestlint.model.YamlMapping;
import io.github.digestlint.model.YamlValue;
import io.github.digestlint.source.SourceText;
import io.github.digestlint.source.Span;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the front matter block the way Jekyll does (a {@code ---} line on line 1, closed by
 * {@code ---} or {@code ...}) and reads its YAML.
 */
final class FrontMatterParser {

    private static final Pattern OPENING = Pattern.compile("---[ \\t]*");
    private static final Pattern CLOSING = Pattern.compile("(---|\\.\\.\\.)[ \\t]*");
    private static final int FIRST_CONTENT_LINE = 2;

    private final YamlReader yaml;

    FrontMatterParser(ParseLimits limits) {
        this.yaml = new YamlReader(limits);
    }

    Optional<FrontMatter> parse(SourceText source) {
        if (!OPENING.matcher(source.line(1)).matches()) {
            return Optional.empty();
        }
        Span opening = new Span(0, source.lineEnd(1));
        int contentStart = source.lineCount() > 1 ? source.lineStart(FIRST_CONTENT_LINE) : source.length();
        for (int line = FIRST_CONTENT_LINE; line <= source.lineCount(); line++) {
            if (CLOSING.matcher(source.line(line)).matches()) {
                Span content = new Span(contentStart, source.lineStart(line));
                Span closing = new Span(source.lineStart(line), source.lineEnd(line));
                return Optional.of(compose(source, opening, closing, content));
            }
        }
        Span content = new Span(contentStart, source.length());
        return Optional.of(new FrontMatter(opening, Optional.empty(), content, Optional.empty(),
                Optional.of(new FrontMatter.Problem("front matter opened on line 1 is never closed; expected a line"
                        + " '---' after the last key", 0))));
    }

    private FrontMatter compose(SourceText source, Span opening, Span closing, Span content) {
        Optional<YamlMapping> data = Optional.empty();
        Optional<FrontMatter.Problem> problem = Optional.empty();
        try {
            YamlValue value = yaml.read(source, content).orElse(new YamlMapping(List.of(), Span.at(content.start())));
            if (value instanceof YamlMapping mapping) {
                data = Optional.of(mapping);
            } else {
                problem = Optional.of(new FrontMatter.Problem("front matter must be a set of 'key: value' lines,"
                        + " but it is " + value.describe(), value.span().start()));
            }
        } catch (YamlReader.YamlProblem e) {
            problem = Optional.of(new FrontMatter.Problem((e.isSyntaxError() ? "front matter is not valid YAML: "
                    : "front matter cannot be read: ") + e.getMessage(), e.offset()));
        }
        return new FrontMatter(opening, Optional.of(closing), content, data, problem);
    }

}
