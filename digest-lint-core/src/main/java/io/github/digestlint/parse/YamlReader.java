package io.github.digestlint.parse;

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
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML, a post's front matter or a configuration file, into the model with every value's
 * place in the file. The YAML is composed into SnakeYAML's node tree and never constructed, so a
 * tag cannot instantiate anything; the limits bound what a hostile text can cost.
 */
public final class YamlReader {

    /** YAML that cannot be read, and the offset where it goes wrong. */
    public static final class YamlProblem extends Exception {
        private static final long serialVersionUID = 1L;
        private final int offset;
        private final boolean syntax;

        YamlProblem(String message, int offset, boolean syntax) {
            super(message);
            this.offset = offset;
            this.syntax = syntax;
        }

        public int offset() {
            return offset;
        }

        /** Whether the text is not YAML at all, rather than YAML past a limit or with a cycle. */
        public boolean isSyntaxError() {
            return syntax;
        }
    }

    /**
     * SnakeYAML's implicit tags (null, booleans, numbers, timestamps): a table built once, then only
     * read, so every post and thread shares it rather than building it again per post.
     */
    private static final Resolver RESOLVER = new Resolver();

    private final LoaderOptions options;

    public YamlReader(ParseLimits limits) {
        options = new LoaderOptions();
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxNestingDepth());
        options.setCodePointLimit(limits.maxFrontMatterCodePoints());
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
    }

    /**
     * Reads the YAML that a span of a text holds; the span starts at the beginning of a line.
     *
     * @return the value, or empty when the span holds no YAML document
     */
    public Optional<YamlValue> read(SourceText source, Span content) throws YamlProblem {
        int firstLine = source.lineOf(content.start());
        try {
            Node root = compose(source.slice(content));
            return root == null ? Optional.empty() : Optional.of(new Converter(source, firstLine).convert(root));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new YamlProblem(describe(e, firstLine), offset(source, firstLine, mark, content), true);
        } catch (YAMLException e) {
            throw new YamlProblem(e.getMessage(), content.start(), false);
        } catch (CyclicAliasException e) {
            throw new YamlProblem(e.getMessage(), content.start(), false);
        }
    }

    /**
     * What {@code Yaml.compose} does, without the {@code Yaml} object, whose constructor, dumper and
     * representer would be built again for every post. The reader, parser and composer made here are
     * not thread-safe; the options and the resolver are only read.
     */
    private Node compose(String yaml) {
        return new Composer(new ParserImpl(new StreamReader(new StringReader(yaml)), options), RESOLVER, options)
                .getSingleNode();
    }

    private static String describe(MarkedYAMLException e, int firstLine) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        if (problem.startsWith("mapping values are not allowed")) {
            return problem + "; put a value that holds ': ' in double quotes";
        }
        Mark context = e.getContextMark();
        if (e.getContext() == null) {
            return problem;
        }
        String where = context == null ? "" : " (started at line " + (context.getLine() + firstLine)
                + ", column " + (context.getColumn() + 1) + ")";
        return problem + " " + e.getContext() + where;
    }

    private static int offset(SourceText source, int firstLine, Mark mark, Span content) {
        if (mark == null) {
            return content.start();
        }
        return source.offset(mark.getLine() + firstLine, mark.getColumn());
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
        private final int firstLine;
        private final Map<Node, YamlValue> converted = new IdentityHashMap<>();
        private final Map<Node, Boolean> inProgress = new IdentityHashMap<>();

        Converter(SourceText source, int firstLine) {
            this.source = source;
            this.firstLine = firstLine;
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
            List<YamlMapping.Pair> entries = new ArrayList<>();
            for (NodeTuple tuple : mapping.getValue()) {
                entries.add(new YamlMapping.Pair(convert(tuple.getKeyNode()), convert(tuple.getValueNode())));
            }
            return new YamlMapping(entries, span(mapping));
        }

        private YamlScalar scalar(ScalarNode node) {
            Span span = span(node);
            return new YamlScalar(node.getValue(), source.slice(span), type(node.getTag()), style(node), span);
        }

        private Span span(Node node) {
            int start = source.offset(node.getStartMark().getLine() + firstLine, node.getStartMark().getColumn());
            int end = Math.max(start, source.offset(node.getEndMark().getLine() + firstLine,
                    node.getEndMark().getColumn()));
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
