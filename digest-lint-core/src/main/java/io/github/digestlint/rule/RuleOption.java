package io.github.digestlint.rule;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An option a rule accepts in the configuration file, with its default as the file would write it,
 * so that the documentation can be checked against the code.
 */
public record RuleOption(String name, String defaultValue) {

    /** An option whose default is a list of texts: {@code [a, b]}. */
    public static RuleOption texts(String name, List<String> defaults) {
        return new RuleOption(name, "[" + String.join(", ", defaults) + "]");
    }

    /** An option whose default gives numbers by name, in the order of the names: {@code {a: 1, b: 3}}. */
    public static RuleOption integers(String name, Map<String, Integer> defaults) {
        return new RuleOption(name, new TreeMap<>(defaults).entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue()).collect(Collectors.joining(", ", "{", "}")));
    }
}
