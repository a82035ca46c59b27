package io.github.digestlint.rules;

import io.github.digestlint.engine.Linter;
import io.github.digestlint.rule.Rule;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rules.blog.DuplicateDateRule;
import io.github.digestlint.rules.blog.DuplicatePaperRule;
import io.github.digestlint.rules.blog.TagConsistencyRule;
import io.github.digestlint.rules.content.EntryLengthRule;
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
import io.github.digestlint.rules.sections.EmptySectionRule;
import io.github.digestlint.rules.sections.HeadingTrailingSpaceRule;
import io.github.digestlint.rules.sections.IntroLabelsRule;
import io.github.digestlint.rules.sections.RequiredSectionsRule;
import java.util.List;
import java.util.stream.Stream;

/** The one list of rules that the engine runs and the documentation, configuration and reports describe. */
public final class BuiltInRules {

    private BuiltInRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new EncodingRule(),
                new InlineDirectiveRule(),
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
                new DuplicatePaperRule(),
                new DuplicateDateRule(),
                new TagConsistencyRule());
    }

    /** Every id a finding can carry: the rules' and the engine's own. */
    public static List<RuleMetadata> metadata() {
        return Stream.concat(Linter.ENGINE_FINDINGS.stream(), all().stream().map(Rule::metadata)).toList();
    }
}
