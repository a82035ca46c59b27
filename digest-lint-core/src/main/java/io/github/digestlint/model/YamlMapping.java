package io.github.digestlint.model;

import io.github.digestlint.source.Span;
import java.util.List;
import java.util.Optional;

/** A mapping in source order; duplicate keys are kept, so that they can be reported. */
public record YamlMapping(List<Pair> entries, Span span) implements YamlValue {

    /** One {@code key: value} pair; keys that are not scalars have no {@link #name()}. */
    public record Pair(YamlValue key, YamlValue value) {

        public Optional<String> name() {
            return key instanceof YamlScalar scalar ? Optional.of(scalar.value()) : Optional.empty();
        }
    }

    public YamlMapping {
        entries = List.copyOf(entries);
    }

    /** The value of the last entry with this key, as Jekyll would see it. */
    public Optional<YamlValue> get(String key) {
        return pair(key).map(Pair::value);
    }

    /**
     * The last pair with this key, the one that counts: of a key given twice, YAML readers keep the
     * last, Jekyll's as well as SnakeYAML.
     */
    public Optional<Pair> pair(String key) {
        Pair last = null;
        for (Pair entry : entries) {
            if (entry.name().filter(key::equals).isPresent()) {
                last = entry;
            }
        }
        return Optional.ofNullable(last);
    }

    public Optional<YamlScalar> scalar(String key) {
        return get(key).filter(YamlScalar.class::isInstance).map(YamlScalar.class::cast);
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
