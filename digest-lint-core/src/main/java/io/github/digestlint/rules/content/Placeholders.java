package io.github.digestlint.rules.content;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The texts that stand in for what a section should say, such as {@code 정보 부족} ("not enough
 * information"), which the script asks the model to write where the paper is unclear.
 */
final class Placeholders {

    /** The option that lists them, for the rules that accept it. */
    static final String OPTION = "placeholders";
    static final Placeholders DEFAULT = new Placeholders(List.of("정보 부족", "N/A", "TBD", "TODO"));

    private final Set<String> texts;

    Placeholders(List<String> texts) {
        this.texts = texts.stream().map(Placeholders::normalise).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether a text is only a placeholder: the same in any letter case, spacing, or with an end
     * mark ({@code 정보 부족.}).
     */
    boolean matches(String text) {
        return texts.contains(normalise(text));
    }

    private static String normalise(String text) {
        return Sentences.stripEnd(text.strip(), Sentences.END_MARKS).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
