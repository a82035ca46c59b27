package io.github.digestlint.rule;

import io.github.digestlint.config.ConfigurationException;
import io.github.digestlint.model.YamlMapping;
import io.github.digestlint.model.YamlScalar;
import io.github.digestlint.model.YamlSequence;
import io.github.digestlint.model.YamlValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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

    private ConfigurationException error(YamlValue value, String name, String problem) {
        return new ConfigurationException(file + ":" + position.apply(value.span().start()) + ": rules." + ruleId
                + "." + name + " " + problem);
    }
}
