package io.github.digestlint.rules.rendering;

import io.github.digestlint.model.Post;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.PostRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import java.util.Set;

/**
 * Jekyll replaces {@code {{ … }}} with a Liquid value before Markdown, code spans and code blocks
 * included, so a quoted template ("the prompt {{ question }}") loses its placeholder: a variable the
 * site does not define gives nothing. Output that starts with an object Jekyll defines
 * ({@code {{ site.baseurl }}}, {@code {{ page.title }}}) is what a post means, and is left alone.
 */
public final class LiquidInProseRule implements PostRule {

    private static final RuleMetadata METADATA = new RuleMetadata("liquid-in-prose",
            "Liquid output such as '{{ question }}' outside a raw block, which Jekyll replaces with nothing.",
            Severity.WARNING, true, Concern.RENDERING);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Post post, Reporter reporter) {
        if (!Liquid.renders(post)) {
            return;
        }
        for (Liquid.Output output : Liquid.read(post, Set.of()).outputs()) {
            if (!output.defined()) {
                reporter.report(output.span(), "Jekyll replaces '" + Liquid.quote(output.token())
                        + "' with the value of '" + Liquid.quote(output.expression())
                        + "', a variable that Jekyll does not define, so the page shows nothing in its place; wrap it in {% raw %}…{% endraw %} to show"
                        + " it as written", Liquid.wrapInRaw(output.span(), output.token()));
            }
        }
    }
}
