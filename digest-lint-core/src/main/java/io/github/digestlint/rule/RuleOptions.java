package io.github.digestlint.rule;

import io.github.digestlint.model.YamlMapping;
import io.github.digestlint.model.YamlScalar;
import io.github.digestlint.model.YamlSequence;
import io.github.digestlint.model.YamlValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A rule's options from the configuration file. Reading a value of the wrong kind is an error that
 * names the file, line, column and key.
 */
public final class RuleOptions {

    /** No options: every rule's defaults. */
    public static final RuleOptions NONE = new RuleOptions("", new YamlMapping(List.of(),
            io.github.digestlint.source.Span.at(0)), offset -> "", "");

    private final String file;
    private final YamlMapping values;
    private final Function<Integer, String> position;
    private final String ruleId;

    /**
     * @param file the configuration file as the user knows it
     * @param values the options
     * @param position turns an offset in the file into {@code line:column}
     * @param ruleId the rule the options belong to
     */
    public RuleOptions(String file, YamlMapping values, Function<Integer, String> position, String ruleId) {
        this.file = file;
        this.values = values;
        this.position = position;
        this.ruleId = ruleId;
    }

    /** A list of texts, such as {@code required: [layout, title]}. */
    public Optional<List<String>> texts(String name) throws ConfigurationException {
        Optional<YamlValue> value = values.get(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!(value.get() instanceof YamlSequence sequence)) {
            throw error(value.get(), name, "must be a list of texts, as in [a, b]");
        }
        List<String> texts = new ArrayList<>();
        for (YamlValue item : sequence.items()) {
            if (!(item instanceof YamlScalar scalar) || scalar.type() == YamlScalar.Type.NULL) {
                throw error(item, name, "must be a list of texts, as in [a, b]");
            }
            texts.add(scalar.value());
        }
        return Optional.of(texts);
    }

    /** A whole number of at least {@code min}, such as {@code max: 1000}. */
    public Optional<Integer> integer(String name, int min) throws ConfigurationException {
        Optional<YamlValue> value = values.get(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(integer(value.get(), name, min));
    }

    /**
     * Whole numbers of at least {@code min} by name, such as {@code limits: {Method: 3, Results: 1}},
     * in the order written.
     */
    public Optional<Map<String, Integer>> integers(String name, int min) throws ConfigurationException {
        Optional<YamlValue> value = values.get(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!(value.get() instanceof YamlMapping mapping)) {
            throw error(value.get(), name, "must be a set of 'name: number' lines, as in {Method: 3}, but it is "
                    + value.get().describe());
        }
        Map<String, Integer> integers = new LinkedHashMap<>();
        for (YamlMapping.Pair entry : mapping.entries()) {
            if (entry.name().isEmpty() || entry.name().get().isBlank()) {
                throw error(entry.key(), name, "must be a set of 'name: number' lines, as in {Method: 3}; a name"
                        + " is missing");
            }
            String key = name + "." + entry.name().get();
            if (integers.put(entry.name().get(), integer(entry.value(), key, min)) != null) {
                throw error(entry.key(), key, "is given twice");
            }
        }
        return Optional.of(integers);
    }

    /** A regular expression, such as {@code pattern: '다\.'}. */
    public Optional<Pattern> pattern(String name) throws ConfigurationException {
        Optional<YamlValue> value = values.get(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!(value.get() instanceof YamlScalar scalar) || scalar.type() == YamlScalar.Type.NULL
                || scalar.value().isEmpty()) {
            throw error(value.get(), name, "must be a regular expression, as in '다\\.'");
        }
        try {
            return Optional.of(Pattern.compile(scalar.value()));
        } catch (PatternSyntaxException e) {
            throw error(value.get(), name, "is not a valid regular expression: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : ""));
        }
    }

    private int integer(YamlValue value, String key, int min) throws ConfigurationException {
        // Nine digits at most, so that the number fits an int.
        if (value instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.INTEGER
                && scalar.value().matches("[0-9]{1,9}") && Integer.parseInt(scalar.value()) >= min) {
            return Integer.parseInt(scalar.value());
        }
        String written = value instanceof YamlScalar scalar && scalar.type() != YamlScalar.Type.NULL
                ? "'" + scalar.value() + "'" : value.describe();
        throw error(value, key, "must be a whole number of at least " + min + ", but it is " + written);
    }

    private ConfigurationException error(YamlValue value, String name, String problem) {
        return new ConfigurationException(file + ":" + position.apply(value.span().start()) + ": rules." + ruleId
                + "." + name + " " + problem);
    }
}
