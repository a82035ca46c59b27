package io.github.digestlint.parse;

import io.github.digestlint.model.FrontMatter;
import io.github.digestlint.model.YamlMapping;
import io.github.digestlint.model.YamlScalar;
import io.github.digestlint.model.YamlSequence;
import io.github.digestlint.model.YamlValue;
import io.github.digestlint.source.SourceText;
import io.github.digestlint.source.Span;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Finds the front matter block the way Jekyll does (a {@code ---} line on line 1, closed by
 * {@code ---} or {@code ...}) and composes its YAML into a node tree. Nothing is ever constructed
 * from the YAML, so a tag such as {@code !!java.lang.Object} stays an inert label.
 */
final class FrontMatterParser {

    private static final Pattern OPENING = Pattern.compile("---[ \\t]*");
    private static final Pattern CLOSING = Pattern.compile("(---|\\.\\.\\.)[ \\t]*");
    private static final int FIRST_CONTENT_LINE = 2;

    private final ParseLimits limits;

    FrontMatterParser(ParseLimits limits) {
        this.limits = limits;
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
            Node root = yaml().compose(new StringReader(source.slice(content)));
            YamlValue value = root == null ? new YamlMapping(List.of(), Span.at(content.start()))
                    : new Converter(source).convert(root);
            if (value instanceof YamlMapping mapping) {
                data = Optional.of(mapping);
            } else {
                problem = Optional.of(new FrontMatter.Problem("front matter must be a set of 'key: value' lines,"
                        + " but it is " + value.describe(), value.span().start()));
            }
        } catch (MarkedYAMLException e) {
            problem = Optional.of(new FrontMatter.Problem("front matter is not valid YAML: " + describe(e),
                    offset(source, e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark())));
        } catch (YAMLException | CyclicAliasException e) {
            problem = Optional.of(new FrontMatter.Problem("front matter cannot be read: " + e.getMessage(),
                    content.start()));
        }
        return new FrontMatter(opening, Optional.of(closing), content, data, problem);
    }

    private Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxNestingDepth());
        options.setCodePointLimit(limits.maxFrontMatterCodePoints());
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return new Yaml(new SafeConstructor(options));
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        if (problem.startsWith("mapping values are not allowed")) {
            return problem + "; put a value that holds ': ' in double quotes";
        }
        Mark context = e.getContextMark();
        if (e.getContext() == null) {
            return problem;
        }
        String where = context == null ? "" : " (started at line " + (context.getLine() + FIRST_CONTENT_LINE)
                + ", column " + (context.getColumn() + 1) + ")";
        return problem + " " + e.getContext() + where;
    }

    private static int offset(SourceText source, Mark mark) {
        if (mark == null) {
            return source.lineStart(Math.min(FIRST_CONTENT_LINE, source.lineCount()));
        }
        return source.offset(mark.getLine() + FIRST_CONTENT_LINE, mark.getColumn());
    }

    /** Signals an alias that refers to the list or mapping it stands in. */
    private static final class CyclicAliasException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CyclicAliasException() {
            super("an alias refers to the list or mapping it stands in");
        }
    }

    /**
     * Turns SnakeYAML nodes into the model. A node reached through several aliases is converted
     * once and shared, so an alias bomb costs no more than its text.
     */
    private static final class Converter {
        private final SourceText source;
        private final Map<Node, YamlValue> converted = new IdentityHashMap<>();
        private final Map<Node, Boolean> inProgress = new IdentityHashMap<>();

        Converter(SourceText source) {
            this.source = source;
        }

        YamlValue convert(Node node) {
            YamlValue done = converted.get(node);
            if (done != null) {
                return done;
            }
            if (inProgress.put(node, Boolean.TRUE) != null) {
                throw new CyclicAliasException();
            }
            YamlValue value;
            if (node instanceof ScalarNode scalar) {
                value = scalar(scalar);
            } else if (node instanceof SequenceNode sequence) {
                value = new YamlSequence(sequence.getValue().stream().map(this::convert).toList(), span(node));
            } else {
                value = mapping((MappingNode) node);
            }
            inProgress.remove(node);
            converted.put(node, value);
            return value;
        }

        private YamlMapping mapping(MappingNode mapping) {
            List<YamlMapping.Entry> entries = new ArrayList<>();
            for (NodeTuple tuple : mapping.getValue()) {
                entries.add(new YamlMapping.Entry(convert(tuple.getKeyNode()), convert(tuple.getValueNode())));
            }
            return new YamlMapping(entries, span(mapping));
        }

        private YamlScalar scalar(ScalarNode node) {
            Span span = span(node);
            return new YamlScalar(node.getValue(), source.slice(span), type(node.getTag()), style(node), span);
        }

        private Span span(Node node) {
            int start = offset(source, node.getStartMark());
            int end = Math.max(start, offset(source, node.getEndMark()));
            return new Span(start, end);
        }

        private static YamlScalar.Type type(Tag tag) {
            if (Tag.STR.equals(tag)) {
                return YamlScalar.Type.STRING;
            } else if (Tag.TIMESTAMP.equals(tag)) {
                return YamlScalar.Type.TIMESTAMP;
            } else if (Tag.INT.equals(tag)) {
                return YamlScalar.Type.INTEGER;
            } else if (Tag.FLOAT.equals(tag)) {
                return YamlScalar.Type.FLOAT;
            } else if (Tag.BOOL.equals(tag)) {
                return YamlScalar.Type.BOOLEAN;
            } else if (Tag.NULL.equals(tag)) {
                return YamlScalar.Type.NULL;
            }
            return YamlScalar.Type.OTHER;
        }

        private static YamlScalar.Style style(ScalarNode node) {
            return switch (node.getScalarStyle()) {
                case SINGLE_QUOTED -> YamlScalar.Style.SINGLE_QUOTED;
                case DOUBLE_QUOTED -> YamlScalar.Style.DOUBLE_QUOTED;
                case LITERAL -> YamlScalar.Style.LITERAL;
                case FOLDED -> YamlScalar.Style.FOLDED;
                default -> YamlScalar.Style.PLAIN;
            };
        }
    }
}
