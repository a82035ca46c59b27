package io.github.digestlint.model;

import io.github.digestlint.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * An inline comment that turns rules off, in markdownlint's style:
 * {@code <!-- digest-lint-disable-next-line title-whitespace -->}.
 *
 * @param name the word after {@code digest-lint-}, as written
 * @param action what the comment does; empty when {@code name} is not a known action
 * @param ruleIds the rules it names; empty for all rules
 * @param line the 1-based line the comment starts on
 * @param span the comment
 */
public record Directive(String name, Optional<Action> action, List<String> ruleIds, int line, Span span) {

    public enum Action {
        DISABLE("disable"), ENABLE("enable"), DISABLE_NEXT_LINE("disable-next-line"), DISABLE_FILE("disable-file");

        private final String word;

        Action(String word) {
            this.word = word;
        }

        public static Optional<Action> of(String word) {
            for (Action action : values()) {
                if (action.word.equals(word)) {
                    return Optional.of(action);
                }
            }
            return Optional.empty();
        }
    }

    public Directive {
        ruleIds = List.copyOf(ruleIds);
    }

    /** Whether the directive applies to a rule: it names it, or names none. */
    public boolean covers(String ruleId) {
        return ruleIds.isEmpty() || ruleIds.contains(ruleId);
    }
}
