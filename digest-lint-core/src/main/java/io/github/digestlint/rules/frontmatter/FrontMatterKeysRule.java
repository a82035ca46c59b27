package io.github.digestlint.rules.frontmatter;

import io.github.digestlint.model.FrontMatter;
import io.github.digestlint.model.Post;
import io.github.digestlint.model.PostConventions;
import io.github.digestlint.model.PostDates;
import io.github.digestlint.model.YamlMapping;
import io.github.digestlint.model.YamlScalar;
import io.github.digestlint.model.YamlSequence;
import io.github.digestlint.model.YamlValue;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.ConfigurationException;
import io.github.digestlint.rule.PostRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.RuleOption;
import io.github.digestlint.rule.RuleOptions;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.source.SourceText;
import io.github.digestlint.source.Span;
import io.github.digestlint.source.TextEdit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jekyll keeps only the last of two equal keys, and fails on a date that is a list; it requires no
 * key. A blog's own required keys, and tags and categories written as lists, come from the post's
 * digest kind ({@link PostConventions#requiredKeys()}) and the {@code required} option, because
 * Jekyll fills a missing key with nothing and renders the post anyway.
 */
public final class FrontMatterKeysRule implements PostRule {

    private static final String REQUIRED_OPTION = "required";
    private static final RuleMetadata METADATA = new RuleMetadata("front-matter-keys",
            "A front matter key given twice; a key that the post's digest kind or the 'required' option requires and"
                    + " the post lacks; a value of the wrong kind.",
            Severity.ERROR, true, Concern.FRONT_MATTER, List.of(RuleOption.texts(REQUIRED_OPTION, List.of())));
    private static final List<String> LISTS = List.of("tags", "categories");

    private final List<String> required;

    public FrontMatterKeysRule() {
        this(List.of());
    }

    private FrontMatterKeysRule(List<String> required) {
        this.required = List.copyOf(required);
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }


    @Override
    public PostRule withOptions(RuleOptions options) throws ConfigurationException {
        return new FrontMatterKeysRule(options.texts(REQUIRED_OPTION).orElse(required));
    }

    @Override
    public void check(Post post, Reporter reporter) {
        for (FrontMatter frontMatter : post.frontMatter().stream().toList()) {
            frontMatter.data().ifPresent(data -> check(frontMatter, data, post, reporter));
        }
    }

    private void check(FrontMatter frontMatter, YamlMapping data, Post post, Reporter reporter) {
        Map<String, YamlMapping.Pair> previous = new HashMap<>();
        for (YamlMapping.Pair entry : data.entries()) {
            entry.name().ifPresent(name -> {
                YamlMapping.Pair overridden = previous.put(name, entry);
                if (overridden != null) {
                    int earlier = post.source().lineOf(overridden.key().span().start());
                    reporter.report(entry.key().span(), "key '" + name + "' is given twice (also on line " + earlier
                            + "); Jekyll uses only this last one, so delete the one on line " + earlier,
                            deleteLine(overridden, post.source()));
                }
            });
        }
        int addHere = frontMatter.closing().orElseThrow().start();
        PostConventions conventions = PostConventions.of(post);
        Set<String> requiredHere = new LinkedHashSet<>(conventions.requiredKeys());
        requiredHere.addAll(required);
        for (String key : requiredHere) {
            // Jekyll dates a draft without a date by its file's time.
            if (data.get(key).isEmpty() && !(key.equals("date") && post.isDraft())) {
                reporter.report(addHere, "front matter has no '" + key + "' key; add '" + key + ": "
                        + example(key, post) + "'");
            }
        }
        data.get("title").ifPresent(title -> expectText(title, post, reporter));
        data.get("date").ifPresent(date -> expectTimestamp(date, conventions.dateWithTime(), post, reporter));
        // Jekyll also reads tags and categories written as text, split at spaces.
        for (String key : LISTS.stream().filter(requiredHere::contains).toList()) {
            data.get(key).filter(value -> !(value instanceof YamlSequence)).ifPresent(value -> reporter.report(
                    value.span(), "'" + key + "' must be a list, as in '" + key + ": " + example(key, post)
                            + "', but it is " + value.describe()));
        }
    }

    /**
     * Deletes the line of the entry that this one of the same key overrides: Jekyll keeps the last,
     * so the page stays as it was, and a key given three times loses both earlier lines in one
     * repair. Only a line that holds the entry alone, and no anchor, which an alias further on could
     * refer to.
     */
    private static List<TextEdit> deleteLine(YamlMapping.Pair overridden, SourceText source) {
        int line = source.lineOf(overridden.key().span().start());
        int lineEnd = source.lineEnd(line);
        int valueEnd = Math.min(overridden.value().span().end(), lineEnd);
        String before = source.slice(new Span(source.lineStart(line), overridden.key().span().start()));
        String after = source.slice(new Span(valueEnd, lineEnd)).strip();
        boolean alone = before.isBlank() && source.lineOf(overridden.value().span().end()) == line
                && (after.isEmpty() || after.startsWith("#"));
        if (!alone || source.line(line).indexOf('&') >= 0 || line == source.lineCount()) {
            return List.of();
        }
        return List.of(TextEdit.delete(new Span(source.lineStart(line), source.lineStart(line + 1))));
    }

    private static void expectText(YamlValue title, Post post, Reporter reporter) {
        boolean text = title instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.STRING;
        if (!text) {
            reporter.report(title.span(), "'title' must be text, as in 'title: " + example("title", post)
                    + "', but it is " + title.describe() + "; put it in double quotes");
        }
    }

    /**
     * A plain string is left to date-format: Jekyll reads {@code 2025-09-26 08:15:00 +0900} as a
     * date although YAML 1.1 does not call it a timestamp. Jekyll reads a quoted date too; a kind
     * that writes dates with their time writes them plain.
     */
    private static void expectTimestamp(YamlValue date, boolean plainOnly, Post post, Reporter reporter) {
        boolean timestamp = date instanceof YamlScalar scalar && (scalar.style() == YamlScalar.Style.PLAIN
                || !plainOnly) && (scalar.type() == YamlScalar.Type.TIMESTAMP || scalar.type() == YamlScalar.Type.STRING);
        if (!timestamp) {
            reporter.report(date.span(), "'date' must be a date and time, as in 'date: " + example("date", post)
                    + "', but it is " + date.describe() + (date instanceof YamlScalar scalar
                            && scalar.style() != YamlScalar.Style.PLAIN ? "; remove the quotes" : ""));
        }
    }

    /**
     * A value for a key, taken from the post where it can be: a digest's title is its kind's with the
     * post's day, a date is the file name's day; otherwise a placeholder to fill in.
     */
    private static String example(String key, Post post) {
        return switch (key) {
            case "layout" -> "post";
            case "title" -> "\"" + post.kind().flatMap(kind -> PostDates.fileNameDay(post).map(kind::expectedTitle))
                    .orElse("…") + "\"";
            case "date" -> PostDates.exampleDate(post);
            case "tags" -> "[papers]";
            case "categories" -> "[]";
            default -> "...";
        };
    }
}
