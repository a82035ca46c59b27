package io.github.digestlint.model;

import io.github.digestlint.source.Span;

/**
 * A scalar as YAML resolved it ({@link #value()}, {@link #type()}) and as it is written in the post
 * ({@link #raw()}, {@link #style()}): a stray quote is only visible in the raw text.
 */
public record YamlScalar(String value, String raw, Type type, Style style, Span span) implements YamlValue {

    /** The type a YAML 1.1 reader such as Jekyll's gives the scalar. */
    public enum Type {
        STRING("text"), TIMESTAMP("a date"), INTEGER("a number"), FLOAT("a number"),
        BOOLEAN("true or false"), NULL("empty"), OTHER("a value with a custom tag");

        private final String description;

        Type(String description) {
            this.description = description;
        }
    }

    public enum Style { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL, FOLDED }

    @Override
    public String describe() {
        return type.description;
    }
}
