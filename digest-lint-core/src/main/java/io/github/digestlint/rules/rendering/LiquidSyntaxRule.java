package io.github.digestlint.rules.rendering;

import io.github.digestlint.model.Post;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.ConfigurationException;
import io.github.digestlint.rule.PostRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.RuleOption;
import io.github.digestlint.rule.RuleOptions;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.source.TextEdit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Jekyll runs every post through Liquid before Markdown, and a Liquid syntax error stops the whole
 * site's build. Digests quote prompt templates ({@code {% for x in xs %}} without its end, Jinja's
 * {@code {% set %}}), so the rule reads the body as Liquid does (see {@link Liquid}) and reports
 * each token that Liquid would refuse. Tags that Liquid and Jekyll know, well formed and closed, are
 * left alone: a post may mean them. The rule does not judge a known tag's arguments.
 */
public final class LiquidSyntaxRule implements PostRule {

    private static final String TAGS = "tags";
    private static final RuleMetadata METADATA = new RuleMetadata("liquid-syntax",
            "Liquid that stops the site's build: an unknown tag, a block never closed, a '{{' or '{%' never"
                    + " closed, outside a raw block.",
            Severity.ERROR, true, Concern.RENDERING, List.of(RuleOption.texts(TAGS, List.of())));

    private final Set<String> pluginTags;

    public LiquidSyntaxRule() {
        this(Set.of());
    }

    private LiquidSyntaxRule(Set<String> pluginTags) {
        this.pluginTags = pluginTags;
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public PostRule withOptions(RuleOptions options) throws ConfigurationException {
        Optional<List<String>> tags = options.texts(TAGS);
        return tags.isEmpty() ? this : new LiquidSyntaxRule(Set.copyOf(tags.get()));
    }

    @Override
    public void check(Post post, Reporter reporter) {
        if (!Liquid.renders(post)) {
            return;
        }
        for (Liquid.Problem problem : Liquid.read(post, pluginTags).problems()) {
            List<TextEdit> fix = Liquid.wrapInRaw(problem.span(), problem.token());
            reporter.report(problem.span(), "'" + Liquid.quote(problem.token()) + "' " + problem.why()
                    + (fix.isEmpty() ? "; delete it, or write its braces as &#123; and &#125;"
                            : "; wrap it in {% raw %}…{% endraw %} to show it as written"), fix);
        }
    }
}
