package io.github.digestlint.rules;

import io.github.digestlint.rule.EngineFindings;
import io.github.digestlint.rule.Rule;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rules.blog.DuplicateDateRule;
import io.github.digestlint.rules.blog.DuplicatePaperRule;
import io.github.digestlint.rules.blog.RepeatedSummaryRule;
import io.github.digestlint.rules.blog.TagConsistencyRule;
import io.github.digestlint.rules.content.EntryLengthRule;
import io.github.digestlint.rules.content.MarkupInProseRule;
import io.github.digestlint.rules.content.NoCodeBlockRule;
import io.github.digestlint.rules.content.NoEmojiRule;
import io.github.digestlint.rules.content.PlaceholderRule;
import io.github.digestlint.rules.content.ProseAsBulletsRule;
import io.github.digestlint.rules.content.SentenceCountRule;
import io.github.digestlint.rules.content.SentenceEndingRule;
import io.github.digestlint.rules.content.TruncatedSectionRule;
import io.github.digestlint.rules.entries.DuplicateEntryRule;
import io.github.digestlint.rules.entries.EntryHeadingRule;
import io.github.digestlint.rules.entries.EntryNumberingRule;
import io.github.digestlint.rules.entries.NoEntriesRule;
import io.github.digestlint.rules.entries.TitleWhitespaceRule;
import io.github.digestlint.rules.file.EncodingRule;
import io.github.digestlint.rules.file.InlineDirectiveRule;
import io.github.digestlint.rules.frontmatter.DateFormatRule;
import io.github.digestlint.rules.frontmatter.FilenameDateRule;
import io.github.digestlint.rules.frontmatter.FrontMatterKeysRule;
import io.github.digestlint.rules.frontmatter.FrontMatterRule;
import io.github.digestlint.rules.frontmatter.TitleFormatRule;
import io.github.digestlint.rules.frontmatter.TitleQuotesRule;
import io.github.digestlint.rules.links.AlphaxivLinkRule;
import io.github.digestlint.rules.links.ArxivIdRule;
import io.github.digestlint.rules.links.ArxivLinkRule;
import io.github.digestlint.rules.links.PaperLinkRule;
import io.github.digestlint.rules.rendering.HiddenTagRule;
import io.github.digestlint.rules.rendering.LiquidInProseRule;
import io.github.digestlint.rules.rendering.LiquidSyntaxRule;
import io.github.digestlint.rules.rendering.LiteralMarkupRule;
import io.github.digestlint.rules.rendering.RendererSyntaxRule;
import io.github.digestlint.rules.sections.EmptySectionRule;
import io.github.digestlint.rules.sections.HeadingTrailingSpaceRule;
import io.github.digestlint.rules.sections.IntroLabelsRule;
import io.github.digestlint.rules.sections.RequiredSectionsRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one list of rules that the engine runs and the documentation, configuration and reports
 * describe. Rules are immutable, so the list is built once; the glue hands it to the configuration
 * loader and the engine.
 */
public final class BuiltInRules {

    private static final List<Rule> ALL = wire();

    private BuiltInRules() {
    }

    /** Every rule, in the order of the documentation. */
    public static List<Rule> all() {
        return ALL;
    }

    /** The inline-directive rule must know every id a finding can carry, its own included. */
    private static List<Rule> wire() {
        List<Rule> others = others();
        Set<String> ids = Stream.concat(EngineFindings.ALL.stream(), others.stream().map(Rule::metadata))
                .map(RuleMetadata::id).collect(Collectors.toSet());
        InlineDirectiveRule directives = new InlineDirectiveRule(ids);
        List<Rule> all = new ArrayList<>(others);
        all.add(1, directives);
        return List.copyOf(all);
    }

    /** Every rule but inline-directive, which goes second. */
    private static List<Rule> others() {
        return List.of(
                new EncodingRule(),
                new FrontMatterRule(),
                new FrontMatterKeysRule(),
                new TitleQuotesRule(),
                new TitleFormatRule(),
                new DateFormatRule(),
                new FilenameDateRule(),
                new NoEntriesRule(),
                new EntryHeadingRule(),
                new EntryNumberingRule(),
                new DuplicateEntryRule(),
                new ArxivLinkRule(),
                new ArxivIdRule(),
                new AlphaxivLinkRule(),
                new PaperLinkRule(),
                new TitleWhitespaceRule(),
                new RequiredSectionsRule(),
                new EmptySectionRule(),
                new IntroLabelsRule(),
                new HeadingTrailingSpaceRule(),
                new TruncatedSectionRule(),
                new SentenceCountRule(),
                new ProseAsBulletsRule(),
                new PlaceholderRule(),
                new EntryLengthRule(),
                new SentenceEndingRule(),
                new NoCodeBlockRule(),
                new NoEmojiRule(),
                new HiddenTagRule(),
                new LiquidSyntaxRule(),
                new LiquidInProseRule(),
                new LiteralMarkupRule(),
                new RendererSyntaxRule(),
                new MarkupInProseRule(),
                new DuplicatePaperRule(),
                new DuplicateDateRule(),
                new RepeatedSummaryRule(),
                new TagConsistencyRule());
    }

    /** Every id a finding can carry: the rules' and the engine's own. */
    public static List<RuleMetadata> metadata() {
        return Stream.concat(EngineFindings.ALL.stream(), all().stream().map(Rule::metadata)).toList();
    }
}
