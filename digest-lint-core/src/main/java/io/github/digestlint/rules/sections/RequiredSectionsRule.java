package io.github.digestlint.rules.sections;

import io.github.digestlint.model.Block;
import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.Entry;
import io.github.digestlint.model.EntryFormat;
import io.github.digestlint.model.Heading;
import io.github.digestlint.model.Post;
import io.github.digestlint.model.Section;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.DigestRule;
import io.github.digestlint.rule.Reporter;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.rules.shared.SectionNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every entry has the kind's sections, once each, in order, as headings one level below the
 * entry's, or as paragraphs that start with their label, or as the one summary, as the kind's
 * format says. Language models rename sections, drop them when they run out of tokens, and leave the
 * prompt's hints in a heading ({@code ## Method (최대 3문장)}); a page built from such a post loses
 * its structure without an error.
 *
 * <p>A heading that is close to a section name ({@code ## Limitation}) is reported once, with the
 * name it most likely means, and then counts as that section, so that it is not also reported as
 * missing. Blanks at the end of a heading are left to {@code heading-trailing-space}.
 */
public final class RequiredSectionsRule implements DigestRule {

    private static final RuleMetadata METADATA = new RuleMetadata("required-sections",
            "An entry whose sections are missing, repeated, out of order, at the wrong level, or misnamed.",
            Severity.ERROR, false, Concern.SECTIONS);

    /** A section heading taken as the kind's section at {@code index} in its list. */
    private record Recognised(Section section, int index) {
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Post post, DigestKind kind, Reporter reporter) {
        if (!kind.sections().isEmpty()) {
            for (Entry entry : post.entries()) {
                new EntryCheck(post, kind, entry, reporter).run();
            }
        }
    }

    private static final class EntryCheck {
        private final Post post;
        private final Entry entry;
        private final Reporter reporter;
        private final List<String> names;
        private final int level;
        private final String entryName;
        private final EntryFormat.Body body;

        EntryCheck(Post post, DigestKind kind, Entry entry, Reporter reporter) {
            this.body = kind.format().body();
            this.post = post;
            this.entry = entry;
            this.reporter = reporter;
            this.names = kind.sections();
            this.level = kind.entryLevel() + 1;
            this.entryName = entry.label();
        }

        void run() {
            List<Recognised> recognised = new ArrayList<>();
            for (Section section : entry.sections()) {
                recognise(section).ifPresent(recognised::add);
            }
            List<Recognised> firsts = reportRepeats(recognised);
            reportOrder(firsts);
            reportMissing(firsts);
        }

        /** Reports a heading that is not exactly a section name at the right level. */
        private Optional<Recognised> recognise(Section section) {
            Heading heading = section.heading();
            String text = section.name();
            if (body != EntryFormat.Body.SECTIONS) {
                // The parser made a section only of a label or summary the kind names.
                return Optional.of(new Recognised(section, indexIgnoringCase(text)));
            }
            int exact = names.indexOf(text);
            if (exact >= 0) {
                if (heading.level() != level) {
                    reporter.report(heading.span(), "section " + SectionNames.quoted(text) + " is a level-"
                            + heading.level() + " heading; expected " + SectionNames.quoted(written(text)));
                }
                return Optional.of(new Recognised(section, exact));
            }
            Optional<String> meant = SectionNames.closest(text, names);
            if (meant.isPresent()) {
                reporter.report(heading.span(), "heading " + SectionNames.quoted(written(heading)) + " is not a"
                        + " section name; did you mean " + SectionNames.quoted(written(meant.get())) + "?");
                return Optional.of(new Recognised(section, names.indexOf(meant.get())));
            }
            reporter.report(heading.span(), "heading " + SectionNames.quoted(written(heading)) + " in " + entryName
                    + " is not one of the sections " + list(names, "or") + "; rename or remove it");
            return Optional.empty();
        }

        /** Reports every section after its first, and returns the first of each in order. */
        private List<Recognised> reportRepeats(List<Recognised> recognised) {
            Map<Integer, Recognised> first = new HashMap<>();
            List<Recognised> firsts = new ArrayList<>();
            for (Recognised next : recognised) {
                Recognised earlier = first.putIfAbsent(next.index(), next);
                if (earlier == null) {
                    firsts.add(next);
                } else {
                    reporter.report(next.section().heading().span(), entryName + " has a second "
                            + SectionNames.quoted(names.get(next.index())) + " section (the first is on line "
                            + line(earlier.section().heading()) + "); merge them, each section appears once");
                }
            }
            return firsts;
        }

        /** Keeps the longest run of sections in the right order and reports the others. */
        private void reportOrder(List<Recognised> firsts) {
            List<Recognised> kept = inOrder(firsts);
            for (Recognised section : firsts) {
                if (kept.contains(section)) {
                    continue;
                }
                Recognised after = null;
                Recognised before = null;
                for (Recognised other : kept) {
                    if (other.index() < section.index()) {
                        after = other;
                    } else if (before == null) {
                        before = other;
                    }
                }
                String place = after != null ? "after " + SectionNames.quoted(names.get(after.index()))
                        : "before " + SectionNames.quoted(names.get(before.index()));
                reporter.report(section.section().heading().span(), "section "
                        + SectionNames.quoted(names.get(section.index())) + " of " + entryName
                        + " is out of order; expected " + place);
            }
        }

        /**
         * Reports each run of missing sections once, where it belongs: after the section before it,
         * or before the section after it, or at the end of the entry when it has none of them.
         */
        private void reportMissing(List<Recognised> firsts) {
            Map<Integer, Recognised> present = firsts.stream()
                    .collect(Collectors.toMap(Recognised::index, section -> section));
            if (present.isEmpty()) {
                reporter.report(end(entry.heading(), entry.lead()), entryName + switch (body) {
                    case SECTIONS -> " has no sections; expected " + list(names, "and");
                    case LABELLED -> " has no paragraph labelled " + labels(names, "or") + "; expected "
                            + SectionNames.quoted(names.get(0) + ": …") + " after its link lines";
                    case SUMMARY -> " has no summary; expected a paragraph after its link lines";
                });
                return;
            }
            int index = 0;
            while (index < names.size()) {
                if (present.containsKey(index)) {
                    index++;
                    continue;
                }
                int from = index;
                while (index < names.size() && !present.containsKey(index)) {
                    index++;
                }
                List<String> missing = names.subList(from, index);
                String what = body == EntryFormat.Body.LABELLED
                        ? entryName + " has no paragraph labelled " + labels(missing, "or")
                        : entryName + " has no " + list(missing, "or") + " section" + (missing.size() > 1 ? "s" : "");
                if (from > 0) {
                    Section previous = present.get(from - 1).section();
                    reporter.report(end(previous.heading(), previous.blocks()), what + "; expected after "
                            + SectionNames.quoted(names.get(from - 1)));
                } else {
                    reporter.report(present.get(index).section().heading().span().start(), what + "; expected before "
                            + SectionNames.quoted(names.get(index)));
                }
            }
        }

        /** The longest subsequence whose sections are in the kind's order; the earliest such one. */
        private static List<Recognised> inOrder(List<Recognised> sections) {
            int count = sections.size();
            int[] length = new int[count];
            int[] previous = new int[count];
            int best = -1;
            for (int i = 0; i < count; i++) {
                length[i] = 1;
                previous[i] = -1;
                for (int j = 0; j < i; j++) {
                    if (sections.get(j).index() < sections.get(i).index() && length[j] + 1 > length[i]) {
                        length[i] = length[j] + 1;
                        previous[i] = j;
                    }
                }
                if (best < 0 || length[i] > length[best]) {
                    best = i;
                }
            }
            List<Recognised> kept = new ArrayList<>();
            for (int i = best; i >= 0; i = previous[i]) {
                kept.add(0, sections.get(i));
            }
            return kept;
        }

        /** The offset just past a heading's content: after its last block, or after the heading. */
        private static int end(Heading heading, List<Block> blocks) {
            return blocks.isEmpty() ? heading.span().end() : blocks.get(blocks.size() - 1).span().end();
        }

        private int indexIgnoringCase(String name) {
            for (int index = 0; index < names.size(); index++) {
                if (names.get(index).equalsIgnoreCase(name)) {
                    return index;
                }
            }
            throw new IllegalStateException("the parser made a section of '" + name + "', which the kind does not name");
        }

        /** {@code 'Summary:' or 'Notes:'}. */
        private static String labels(List<String> names, String conjunction) {
            return list(names.stream().map(name -> name + ":").toList(), conjunction);
        }

        private String written(String name) {
            return "#".repeat(level) + " " + name;
        }

        private static String written(Heading heading) {
            return ("#".repeat(heading.level()) + " " + heading.text()).strip();
        }

        private int line(Heading heading) {
            return post.source().lineOf(heading.span().start());
        }

        /** {@code 'A', 'B' and 'C'}. */
        private static String list(List<String> names, String conjunction) {
            List<String> quoted = names.stream().map(SectionNames::quoted).toList();
            if (quoted.size() == 1) {
                return quoted.get(0);
            }
            return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " " + conjunction + " "
                    + quoted.get(quoted.size() - 1);
        }
    }
}
