package io.github.digestlint.rules.content;

import io.github.digestlint.rule.ConfigurationException;
import io.github.digestlint.rule.RuleOption;
import io.github.digestlint.rule.RuleOptions;
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
    private static final List<String> DEFAULT_TEXTS = List.of("정보 부족", "N/A", "TBD", "TODO");
    static final Placeholders DEFAULT = new Placeholders(DEFAULT_TEXTS);
    /** The option with its default, for the metadata of the rules that accept it. */
    static final RuleOption DEFAULT_OPTION = RuleOption.texts(OPTION, DEFAULT_TEXTS);

    private final Set<String> texts;
    /** The most characters other than spaces and end marks that a placeholder has. */
    private final int longest;

    Placeholders(List<String> texts) {
        this.texts = texts.stream().map(Placeholders::normalise).collect(Collectors.toUnmodifiableSet());
        this.longest = this.texts.stream().mapToInt(text -> significant(text, Integer.MAX_VALUE)).max().orElse(0);
    }

    /** The placeholders a rule's options list, or {@code otherwise} when they list none. */
    static Placeholders configured(RuleOptions options, Placeholders otherwise) throws ConfigurationException {
        return options.texts(OPTION).map(Placeholders::new).orElse(otherwise);
    }

    /**
     * Whether a text is only a placeholder: the same in any letter case, spacing, or with an end
     * mark ({@code 정보 부족.}).
     */
    boolean matches(String text) {
        // Every section is asked, and nearly all are far longer than any placeholder: counting
        // spares them the normalising, which dominated the content rules' time.
        return significant(text, longest + 1) <= longest && texts.contains(normalise(text));
    }

    /**
     * The characters that normalising keeps, at most: all but spaces and end marks; counted up to
     * {@code limit}, so that a long text costs no more than a short one.
     */
    private static int significant(String text, int limit) {
        int count = 0;
        for (int i = 0; i < text.length() && count < limit; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && Sentences.END_MARKS.indexOf(c) < 0) {
                count++;
            }
        }
        return count;
    }

    private static String normalise(String text) {
        return Sentences.stripEnd(text.strip(), Sentences.END_MARKS).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
