package io.github.digestlint.rules.content;

import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.Post;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.ConfigurationException;
import io.github.digestlint.rule.DigestRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.RuleOption;
import io.github.digestlint.rule.RuleOptions;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.rules.content.Passage.PieceSentence;
import io.github.digestlint.rules.content.Sentences.Sentence;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The posts are formal written Korean: every sentence ends in a declarative form ({@code …다.}),
 * never in a noun ({@code …향상됨.}), a question or an exclamation. Only sentences that contain
 * Hangul are checked, so a kind written in another language, and English sentences quoted in a
 * Korean post, are left alone. A sentence with no end mark is {@code truncated-section}'s, and a
 * section that is only one of the default placeholders ({@code 정보 부족.}) is {@code placeholder}'s.
 */
public final class SentenceEndingRule implements DigestRule {

    private static final String PATTERN_OPTION = "pattern";
    private static final Pattern DEFAULT_PATTERN = Pattern.compile("다\\.");
    private static final RuleMetadata METADATA = new RuleMetadata("sentence-ending",
            "A Korean sentence that does not end in the declarative form ('…다.').", Severity.WARNING, false,
            Concern.CONTENT, List.of(new RuleOption(PATTERN_OPTION, DEFAULT_PATTERN.pattern())));

    private static final char HANGUL_JAMO = '\u1100';

    private final Pattern ending;
    private final Pattern atEnd;

    public SentenceEndingRule() {
        this(DEFAULT_PATTERN);
    }

    private SentenceEndingRule(Pattern ending) {
        this.ending = ending;
        // Tried from the sentence's end backwards, where it matches, instead of from every start.
        this.atEnd = Pattern.compile("(?s:.*)(?:" + ending.pattern() + ")$", ending.flags());
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }


    @Override
    public DigestRule withOptions(RuleOptions options) throws ConfigurationException {
        return new SentenceEndingRule(options.pattern(PATTERN_OPTION).orElse(ending));
    }

    @Override
    public void check(Post post, DigestKind kind, Reporter reporter) {
        Matcher matcher = atEnd.matcher("");
        for (Passage passage : Passage.of(post)) {
            if (Placeholders.DEFAULT.matches(passage.text())) {
                continue;
            }
            List<PieceSentence> sentences = passage.sentences();
            for (int i = 0; i < sentences.size(); i++) {
                Sentence sentence = sentences.get(i).sentence();
                String piece = sentences.get(i).piece().text();
                int start = sentence.start();
                // Every sentence is asked: look at it in its piece rather than copy it out.
                int end = Sentences.endWithout(piece, start, sentence.end(), Sentences.CLOSERS);
                if (!sentence.finished() || !isKorean(piece, start, end)
                        || matcher.reset(piece).region(start, end).lookingAt()) {
                    continue;
                }
                String text = piece.substring(start, end);
                int lastWord = text.lastIndexOf(' ') + 1;
                reporter.report(sentences.get(i).piece().source(start + lastWord, sentence.end()), "sentence "
                        + (i + 1) + " of " + passage.where() + " ends in " + Excerpts.end(text.substring(lastWord))
                        + "; expected a declarative ending that matches '" + ending.pattern() + "'");
            }
        }
    }

    private static boolean isKorean(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            // Below U+1100, where the first Hangul block starts, no char needs the script table.
            if (c >= HANGUL_JAMO && Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL) {
                return true;
            }
        }
        return false;
    }
}
