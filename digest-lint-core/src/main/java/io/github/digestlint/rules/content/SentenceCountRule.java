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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The script asks for one sentence per Introduction bullet, Results, Limitations and Conclusion,
 * and at most three for the Method, so that a day's digest can be read at a glance; models run
 * over. An Introduction bullet without its label counts against the label its place calls for.
 */
public final class SentenceCountRule implements DigestRule {

    private static final String LIMITS_OPTION = "limits";
    private static final Map<String, Integer> DEFAULT_LIMITS = Map.of("Goal", 1, "Motivation", 1, "Contribution",
            1, "Method", 3, "Results", 1, "Limitations", 1, "Conclusion", 1);
    private static final RuleMetadata METADATA = new RuleMetadata("sentence-count",
            "A section or Introduction bullet with more sentences than its limit.", Severity.WARNING, false,
            Concern.CONTENT, List.of(RuleOption.integers(LIMITS_OPTION, DEFAULT_LIMITS)));

    private final Map<String, Integer> limits;

    public SentenceCountRule() {
        this(DEFAULT_LIMITS);
    }

    private SentenceCountRule(Map<String, Integer> limits) {
        this.limits = Map.copyOf(limits);
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }


    /** The configured limits replace the defaults of the names they give; the others stay. */
    @Override
    public DigestRule withOptions(RuleOptions options) throws ConfigurationException {
        Map<String, Integer> merged = new LinkedHashMap<>(limits);
        options.integers(LIMITS_OPTION, 1).ifPresent(merged::putAll);
        return new SentenceCountRule(merged);
    }

    @Override
    public void check(Post post, DigestKind kind, Reporter reporter) {
        for (Passage passage : Passage.of(post)) {
            Integer limit = limits.get(passage.name());
            List<PieceSentence> sentences = passage.sentences();
            if (limit == null || sentences.size() <= limit) {
                continue;
            }
            PieceSentence extra = sentences.get(limit);
            reporter.report(extra.span(), passage.where() + " has " + sentences.size() + " sentences; expected "
                    + (limit == 1 ? "1" : "at most " + limit) + ", so merge or remove the sentences from here on");
        }
    }
}
