package io.github.digestlint.model;

import io.github.digestlint.source.Span;
import java.util.List;

public record YamlSequence(List<YamlValue> items, Span span) implements YamlValue {

    public YamlSequence {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
