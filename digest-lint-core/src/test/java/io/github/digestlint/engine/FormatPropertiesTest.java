package io.github.digestlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.digestlint.Lint;
import io.github.digestlint.Seeded;
import io.github.digestlint.Seeded.Drawn;
import io.github.digestlint.config.Configuration;
import io.github.digestlint.model.ArxivId;
import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.DigestPresets;
import io.github.digestlint.model.EntryFormat;
import io.github.digestlint.model.PaperLink;
import io.github.digestlint.rule.ConfigurationException;
import io.github.digestlint.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInfo;

/**
 * Posts of every shipped format besides the built-in one (which the engine's fuzz tests cover),
 * written from the preset's own description: a well-formed post has no finding, and a post with one
 * defect has the finding that defect calls for.
 */
class FormatPropertiesTest {

    private static final List<DigestKind> PRESETS = List.of(DigestPresets.HF_PAPERS, DigestPresets.HF_PAPERS_BOLD,
            DigestPresets.HF_PAPERS_ZH);
    private static final String DAY = "2026-08-21";
    private static final List<String> WORDS = List.of("Sparse", "Agents", "Retrieval", "Calibrated", "Vision",
            "Speech", "Reasoning", "Tables", "Proofs", "Memory", "Graphs", "Robots");
    private static final List<String> CHINESE_WORDS = List.of("稀疏", "智能体", "检索", "校准", "视觉", "语音", "推理",
            "表格", "证明", "记忆", "图", "机器人");

    /** One entry: its title's words, the paper's number, how many sentences its summary has. */
    record EntrySpec(int firstWord, int secondWord, int paper, int sentences) {
    }

    /** A defect to put into one entry of a well-formed post, and the rule that must report it. */
    enum Defect {
        NO_LINK_LINE("paper-link"), LINK_TO_ARXIV("paper-link"), SUMMARY_CUT_OFF("truncated-section"),
        NO_SUMMARY("required-sections"), NUMBER_SKIPPED("entry-numbering"), TITLE_OF_ANOTHER_DAY("title-format");

        final String rule;

        Defect(String rule) {
            this.rule = rule;
        }
    }

    /** A post drawn for one preset, with a defect or none. */
    record Drawing(DigestKind kind, List<EntrySpec> entries, Defect defect, int broken) {
    }

    @TestFactory
    Stream<DynamicTest> aWellFormedPostOfEveryFormatHasNoFinding(TestInfo test) {
        return Seeded.forAll(test, 150, random -> draw(random, false), drawing -> {
            String post = write(drawing);

            assertThat(Lint.findings(configuration(drawing.kind()), path(drawing.kind()), post)).as(post).isEmpty();
        });
    }

    @TestFactory
    Stream<DynamicTest> aDefectInAPostOfEveryFormatHasItsFinding(TestInfo test) {
        return Seeded.forAll(test, 150, random -> draw(random, true), drawing -> {
            String post = write(drawing);

            assertThat(Lint.ruleIds(Lint.findings(configuration(drawing.kind()), path(drawing.kind()), post)))
                    .as(post).contains(drawing.defect().rule);
        });
    }

    private static Drawn<EntrySpec, Drawing> draw(SplittableRandom random, boolean broken) {
        DigestKind kind = Seeded.pick(random, PRESETS);
        Defect defect = broken ? Seeded.pick(random, List.of(Defect.values())) : null;
        int brokenIndex = random.nextInt(8);
        List<EntrySpec> entries = Seeded.listOf(random, 1, 8, () -> new EntrySpec(random.nextInt(WORDS.size()),
                random.nextInt(WORDS.size()), random.nextInt(10_000), 1 + random.nextInt(3)));
        // A post keeps at least one entry, and at least two where the defect is a gap in the numbering.
        return new Drawn<>(entries, chosen -> new Drawing(kind, chosen.isEmpty() ? List.of(new EntrySpec(0, 1, 1, 1))
                : chosen, defect, brokenIndex));
    }

    private static String write(Drawing drawing) {
        DigestKind kind = drawing.kind();
        EntryFormat format = kind.format();
        boolean chinese = format.language().equals("zh");
        List<String> words = chinese ? CHINESE_WORDS : WORDS;
        int broken = drawing.defect() == null ? -1 : drawing.broken() % drawing.entries().size();
        String title = kind.expectedTitle(drawing.defect() == Defect.TITLE_OF_ANOTHER_DAY ? "2026-08-20" : DAY);
        StringBuilder post = new StringBuilder("---\nlayout: post\ntitle: \"" + title + "\"\ndate: " + DAY
                + "\n---\n\n");
        List<String> seen = new ArrayList<>();
        for (int index = 0; index < drawing.entries().size(); index++) {
            EntrySpec entry = drawing.entries().get(index);
            Defect defect = index == broken ? drawing.defect() : null;
            // Distinct papers, all from the month of the post or before it.
            String id = "2608." + String.format(Locale.ROOT, "%05d", (entry.paper() * 8 + index) % 100_000);
            if (seen.contains(id)) {
                id = "2607." + String.format(Locale.ROOT, "%05d", index);
            }
            seen.add(id);
            ArxivId paper = ArxivId.parse(id).orElseThrow();
            String words2 = words.get(entry.firstWord()) + (chinese ? "" : " ") + words.get(entry.secondWord());
            int number = defect == Defect.NUMBER_SKIPPED ? index + 3 : index + 1;
            post.append(kind.entryTitleLine(number, (chinese ? "关于" : "On ") + words2, "")).append("\n\n");
            for (PaperLink line : format.links()) {
                if (defect == Defect.NO_LINK_LINE) {
                    continue;
                }
                String url = defect == Defect.LINK_TO_ARXIV ? "https://arxiv.org/abs/" + id : line.urlFor(paper);
                post.append("[").append(line.label()).append("](").append(url).append(")\n\n");
            }
            if (defect == Defect.NO_SUMMARY) {
                continue;
            }
            StringBuilder summary = new StringBuilder(format.body() == EntryFormat.Body.LABELLED
                    ? kind.sections().get(0) + ": " : "");
            for (int sentence = 0; sentence < entry.sentences(); sentence++) {
                summary.append(chinese ? "本文第" + (sentence + 1) + "部分研究" + words2 + "在论文" + id + "中的作用。"
                        : "Part " + (sentence + 1) + " of paper " + id + " studies " + words2.toLowerCase(Locale.ROOT)
                                + ". ");
            }
            String text = summary.toString().strip();
            if (defect == Defect.SUMMARY_CUT_OFF) {
                text = text.substring(0, text.length() - 1) + (chinese ? "以及" : " and");
            }
            post.append(text).append("\n\n");
        }
        return post.toString();
    }

    private static String path(DigestKind kind) {
        return "_posts/" + kind.expectedFileName(DAY).orElse(DAY + "-*").toLowerCase(Locale.ROOT)
                .replace("*", "daily-papers") + ".md";
    }

    private static Configuration configuration(DigestKind kind) throws ConfigurationException {
        return Lint.configuration(SourceText.of("kinds:\n  - name: " + kind.name() + "\n"));
    }
}
