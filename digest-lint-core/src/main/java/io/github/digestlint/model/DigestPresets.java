package io.github.digestlint.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The digest formats that ship with digest-lint, each documented in docs/formats.md with a sample
 * post. A kind in the configuration starts from one ({@code preset: hf-papers}) and changes what
 * its blog writes differently.
 */
public final class DigestPresets {

    private static final PaperLink READ_PAPER = new PaperLink("Read Paper",
            "https://huggingface.co/papers/" + PaperLink.ID, true);
    private static final List<String> SUMMARY = List.of(EntryFormat.Body.SUMMARY_NAME);
    private static final PostConventions TITLE_AND_DAY = new PostConventions(List.of("layout", "title", "date"), false,
            true);
    private static final String ENGLISH_TITLE = "Daily AI Research Papers - {date:EEEE, MMMM d, yyyy}";
    private static final ArxivLinkForm ABSTRACT = DigestKind.DAILY_PAPERS.arxivLink();

    /**
     * English summaries of the Hugging Face daily papers: {@code ### 3. Title}, a line
     * {@code [Read Paper](https://huggingface.co/papers/<id>)}, one summary paragraph; file names
     * with the weekday, {@code 2026-08-21-friday-….md}.
     */
    public static final DigestKind HF_PAPERS = new DigestKind("hf-papers", Optional.empty(),
            Optional.of("Daily AI Research Papers*"), ENGLISH_TITLE, 3, SUMMARY, List.of(),
            ABSTRACT, Optional.empty(), TITLE_AND_DAY,
            new EntryFormat(EntryFormat.Start.HEADING, false, List.of(READ_PAPER), EntryFormat.Body.SUMMARY, "en"),
            Optional.of("{date}-{date:EEEE}-*"));

    /** The same blog's older format: {@code **3. Title**}, the link line, a paragraph {@code Summary: …}. */
    public static final DigestKind HF_PAPERS_BOLD = new DigestKind("hf-papers-bold", Optional.empty(),
            Optional.of("Daily AI Research Papers*"), ENGLISH_TITLE, 3, SUMMARY, List.of(),
            ABSTRACT, Optional.empty(), TITLE_AND_DAY,
            new EntryFormat(EntryFormat.Start.BOLD, false, List.of(READ_PAPER), EntryFormat.Body.LABELLED, "en"),
            Optional.of("{date}-{date:EEEE}-*"));

    /**
     * Chinese summaries: {@code ## 3. Title}, {@code [Read the paper](https://huggingface.co/papers/<id>)},
     * one summary.
     */
    public static final DigestKind HF_PAPERS_ZH = new DigestKind("hf-papers-zh", Optional.empty(),
            Optional.of("每日论文*"), "每日论文 {date}", 2, SUMMARY, List.of(), ABSTRACT,
            Optional.empty(), TITLE_AND_DAY,
            new EntryFormat(EntryFormat.Start.HEADING, false,
                    List.of(new PaperLink("Read the paper", READ_PAPER.url(), true)), EntryFormat.Body.SUMMARY, "zh"),
            Optional.empty());

    private static final Map<String, DigestKind> BY_NAME = Stream.of(DigestKind.DAILY_PAPERS, HF_PAPERS,
            HF_PAPERS_BOLD, HF_PAPERS_ZH).collect(Collectors.toUnmodifiableMap(DigestKind::name, Function.identity()));

    private DigestPresets() {
    }

    public static Optional<DigestKind> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The presets' names, sorted, for messages. */
    public static List<String> names() {
        return BY_NAME.keySet().stream().sorted().toList();
    }
}
