package io.github.digestlint.rules.sections;

import io.github.digestlint.model.Block;
import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.Entry;
import io.github.digestlint.model.Post;
import io.github.digestlint.model.Section;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.DigestRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.rules.shared.EnglishList;
import io.github.digestlint.rules.shared.SectionNames;
import io.github.digestlint.rules.shared.Whitespace;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Introduction (the first of the kind's sections) is one bullet per label, each starting with
 * its label and a colon: {@code - Goal: …}. Models drop the labels; the meaning survives but the
 * page loses its structure. An empty Introduction is left to {@code empty-section}.
 */
public final class IntroLabelsRule implements DigestRule {

    private static final RuleMetadata METADATA = new RuleMetadata("intro-labels",
            "An Introduction that is not one bullet per label ('Goal:', 'Motivation:', 'Contribution:'), in order.",
            Severity.WARNING, false, Concern.SECTIONS);

    /** What looks like a label: up to three words before a colon. */
    private static final Pattern LABEL = Pattern.compile("(\\p{L}+(?: \\p{L}+){0,2}) ?:");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Post post, DigestKind kind, Reporter reporter) {
        if (!kind.introLabels().isEmpty() && !kind.sections().isEmpty()) {
            post.entries().forEach(entry -> check(post, kind, entry, reporter));
        }
    }

    private static void check(Post post, DigestKind kind, Entry entry, Reporter reporter) {
        String introduction = kind.sections().get(0);
        Optional<Section> found = entry.sections().stream()
                .filter(section -> SectionNames.closest(section.name(), kind.sections())
                        .filter(introduction::equals).isPresent())
                .findFirst();
        if (found.isEmpty() || found.get().blocks().isEmpty()) {
            return;
        }
        Section section = found.get();
        List<String> labels = kind.introLabels();
        Optional<Block> list = section.blocks().stream().filter(block -> block.kind() == Block.Kind.BULLET_LIST)
                .findFirst();
        if (list.isEmpty()) {
            reporter.report(section.heading().span(), where(introduction, entry) + " is not a bullet list; expected "
                    + expected(labels));
            return;
        }
        Optional<Block> other = section.blocks().stream().filter(block -> block != list.get()).findFirst();
        if (other.isPresent()) {
            reporter.report(other.get().span(), where(introduction, entry)
                    + " has more than its bullet list; expected only " + expected(labels));
            return;
        }
        List<Block> bullets = list.get().children();
        if (bullets.size() != labels.size()) {
            reporter.report(section.heading().span(), where(introduction, entry) + " has " + bullets.size() + " bullet"
                    + (bullets.size() == 1 ? "" : "s") + "; expected " + expected(labels));
            return;
        }
        // An Introduction written without any label is one mistake, not one per bullet.
        if (bullets.stream().noneMatch(bullet -> LABEL.matcher(bullet.text()).lookingAt())) {
            reporter.report(section.heading().span(), where(introduction, entry)
                    + " has no labels; start its bullets with " + list(labels));
            return;
        }
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i) + ":";
            String text = bullets.get(i).text();
            if (text.startsWith(label)) {
                continue;
            }
            String bullet = "bullet " + (i + 1) + " of " + where(introduction, entry);
            Matcher written = LABEL.matcher(text);
            int at = contentStart(post, bullets.get(i));
            if (written.lookingAt()) {
                reporter.report(at, bullet + " is labelled " + SectionNames.quoted(written.group()) + "; expected "
                        + SectionNames.quoted(label));
            } else {
                reporter.report(at, bullet + " has no label; start it with " + SectionNames.quoted(label));
            }
        }
    }

    /** "the Introduction of entry 3": put together only for a finding, which nearly every entry has none of. */
    private static String where(String introduction, Entry entry) {
        return "the " + introduction + " of " + entry.label();
    }

    private static String expected(List<String> labels) {
        return labels.size() + " bullets labelled " + list(labels);
    }

    /** Where a bullet's text starts, after its marker: where the label goes. */
    private static int contentStart(Post post, Block bullet) {
        String text = post.source().text();
        int at = bullet.span().start();
        int end = bullet.span().end();
        while (at < end && Whitespace.isBlank(text.charAt(at))) {
            at++;
        }
        if (at < end && "-*+".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        while (at < end && Whitespace.isBlank(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** {@code 'Goal:', 'Motivation:' and 'Contribution:'}. */
    private static String list(List<String> labels) {
        return EnglishList.join(labels.stream().map(label -> SectionNames.quoted(label + ":")).toList());
    }
}
