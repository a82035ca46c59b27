package io.github.digestlint.config;

import static io.github.digestlint.Lint.GOOD_FRONT_MATTER;
import static io.github.digestlint.Lint.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digestlint.Lint;
import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.DigestPresets;
import io.github.digestlint.model.EntryFormat;
import io.github.digestlint.parse.PostParser;
import io.github.digestlint.rule.ConfigurationException;
import io.github.digestlint.rules.BuiltInRules;
import io.github.digestlint.source.Sha256;
import io.github.digestlint.source.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigurationLoaderTest {

    /** An ordinary post, so that only the front matter rules look at it. */
    private static final String NOTES = "_posts/2025-09-26-notes.md";
    private static final String STRAY_QUOTE = GOOD_FRONT_MATTER.replace("title: \"Daily Papers — 2025-09-26\"",
            "title: Notes\"");

    private static Configuration parse(String yaml) throws ConfigurationException {
        return Lint.configuration(SourceText.of(yaml));
    }

    @Test
    void readsAnEmptyFileAsTheDefaults() throws ConfigurationException {
        assertThat(parse("")).isEqualTo(Lint.DEFAULTS);
        assertThat(parse("# nothing yet\n")).usingRecursiveComparison().ignoringFields("fileDigest")
                .isEqualTo(Lint.DEFAULTS);
    }

    /** The incremental index is fingerprinted by these bytes: any edit of the file starts it afresh. */
    @Test
    void digestsTheBytesItRead() throws ConfigurationException {
        assertThat(parse("# nothing yet\n").fileDigest())
                .isEqualTo(Sha256.hex("# nothing yet\n".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(parse("# nothing yet \n").fileDigest());
    }

    @Test
    void changesARulesSeverity() throws ConfigurationException {
        Configuration configuration = parse("rules:\n  title-quotes: warning\n");

        assertThat(findings(configuration, NOTES, STRAY_QUOTE)).singleElement().asString()
                .startsWith(NOTES + ":3:8: warning: title has a closing quote");
    }

    @Test
    void turnsARuleOff() throws ConfigurationException {
        assertThat(findings(parse("rules:\n  title-quotes: off\n"), NOTES, STRAY_QUOTE)).isEmpty();
        assertThat(findings(parse("rules:\n  title-quotes:\n    severity: off\n"), NOTES, STRAY_QUOTE)).isEmpty();
    }

    @Test
    void passesARulesOptions() throws ConfigurationException {
        Configuration configuration = parse("rules:\n  front-matter-keys:\n    required: [layout, title, author]\n");
        String post = GOOD_FRONT_MATTER.replace("date: 2025-09-26 08:15:00\n", "");

        // The option's keys add to those of the post's digest kind.
        assertThat(findings("front-matter-keys", configuration, NOTES, post)).containsExactly(
                NOTES + ":6:1: error: front matter has no 'author' key; add 'author: ...' [front-matter-keys]",
                NOTES + ":6:1: error: front matter has no 'date' key; add 'date: 2025-09-26 00:00:00'"
                        + " [front-matter-keys]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rule:|.digest-lint.yml:1:1: unknown key 'rule' (did you mean 'rules'?); expected kinds, renderer, rules",
        "renderer: markdown|.digest-lint.yml:1:11: renderer is 'markdown'; expected kramdown, commonmark or github",
        "renderer: [github]|.digest-lint.yml:1:11: renderer must be a single value, but it is a list",
        "rules:\\n  titel-quotes: off|.digest-lint.yml:2:3: rules.titel-quotes is not a rule that can be configured"
                + " (did you mean 'title-quotes'?); see docs/rules.md for the rule ids",
        "rules:\\n  title-quotes: fatal|.digest-lint.yml:2:17: rules.title-quotes severity is 'fatal'; expected"
                + " error, warning, on or off",
        "rules:\\n  title-quotes:\\n    sevrity: off|.digest-lint.yml:3:5: unknown key 'sevrity' in"
                + " rules.title-quotes (did you mean 'severity'?); expected severity, since, until",
        "rules:\\n  front-matter-keys:\\n    required: layout|.digest-lint.yml:3:15: rules.front-matter-keys.required"
                + " must be a list of texts, as in [a, b]",
        "rules: [title-quotes]|.digest-lint.yml:1:8: rules must be a set of 'key: value' lines, but it is a list",
        "rules:\\n  entry-length:\\n    max: many|.digest-lint.yml:3:10: rules.entry-length.max must be a whole number"
                + " of at least 1, but it is 'many'",
        "rules:\\n  entry-length:\\n    max: 0|.digest-lint.yml:3:10: rules.entry-length.max must be a whole number of"
                + " at least 1, but it is '0'",
        "rules:\\n  entry-length:\\n    max: [1000]|.digest-lint.yml:3:10: rules.entry-length.max must be a whole"
                + " number of at least 1, but it is a list",
        "rules:\\n  sentence-count:\\n    limits: [Method]|.digest-lint.yml:3:13: rules.sentence-count.limits must be a"
                + " set of 'name: number' lines, as in {Method: 3}, but it is a list",
        "rules:\\n  sentence-count:\\n    limits: {Method: three}|.digest-lint.yml:3:22:"
                + " rules.sentence-count.limits.Method must be a whole number of at least 1, but it is 'three'",
        "rules:\\n  sentence-count:\\n    limits: {Method: 3, Method: 2}|.digest-lint.yml:3:25:"
                + " rules.sentence-count.limits.Method is given twice",
        "rules:\\n  sentence-ending:\\n    pattern: '(다'|.digest-lint.yml:3:14: rules.sentence-ending.pattern is not a"
                + " valid regular expression: Unclosed group at character 3",
        "rules:\\n  sentence-ending:\\n    pattern:|.digest-lint.yml:3:13: rules.sentence-ending.pattern must be a"
                + " regular expression, as in '다\\.'",
        "rules:\\n  placeholder:\\n    placeholders: 정보 부족|.digest-lint.yml:3:19: rules.placeholder.placeholders"
                + " must be a list of texts, as in [a, b]",
        "rules:\\n  title-quotes: 'off|.digest-lint.yml:2:21: not valid YAML: found unexpected end of stream while"
                + " scanning a quoted scalar (started at line 2, column 17)",
        "kinds:\\n  - name: arxiv|.digest-lint.yml:2:11: kinds.arxiv selects no post; give it 'path', 'title' or both, or a 'preset'",
        "kinds:\\n  - name: arxiv\\n    title: 'Arxiv*'\\n    alphaxiv: korean|.digest-lint.yml:4:15: kinds.arxiv.alphaxiv"
                + " is 'korean'; expected a language code such as ko or en, or none",
        "kinds:\\n  - name: arxiv\\n    title: 'Arxiv*'\\n    arxivLink: {version: sometimes}|.digest-lint.yml:4:26:"
                + " kinds.arxiv.arxivLink.version is 'sometimes'; expected forbidden, allowed or required",
        "kinds:\\n  - name: arxiv\\n    path: '**/[z-a]*.md'|.digest-lint.yml:3:11: kinds.arxiv.path: the pattern"
                + " '**/[z-a]*.md' is not valid: Illegal character range in its set of characters in [ ]",
        "kinds:\\n  - name: arxiv\\n    title: 'Arxiv*'\\n    titleFormat: Arxiv|.digest-lint.yml:4:18:"
                + " kinds.arxiv.titleFormat must contain {date} or {date:pattern}, where the post's day goes",
        "rules:\\n  alphaxiv-link:\\n    since: 22.09.2025|.digest-lint.yml:3:12: rules.alphaxiv-link.since is"
                + " '22.09.2025'; expected a day of the calendar, written YYYY-MM-DD",
        "rules:\\n  alphaxiv-link:\\n    since: 2025-09-22\\n    until: 2025-09-01|.digest-lint.yml:4:12:"
                + " rules.alphaxiv-link.until is 2025-09-01, before its since, 2025-09-22, so the rule would check no"
                + " post",
        "kinds:\\n  - name: papers\\n    preset: hf-paper|.digest-lint.yml:3:13: kinds.papers.preset is 'hf-paper';"
                + " expected one of daily-papers, hf-papers, hf-papers-bold, hf-papers-zh",
        "kinds:\\n  - name: papers\\n    preset: hf-papers\\n    body: paragraphs|.digest-lint.yml:4:11:"
                + " kinds.papers.body is 'paragraphs'; expected sections or labelled or summary",
        "kinds:\\n  - name: papers\\n    preset: hf-papers\\n    entryStart: italic|.digest-lint.yml:4:17:"
                + " kinds.papers.entryStart is 'italic'; expected heading or bold",
        "kinds:\\n  - name: papers\\n    preset: hf-papers\\n    links: [{label: Read, url: 'https://hf.co/papers/'}]"
                + "|.digest-lint.yml:4:32: kinds.papers.links[].url: the URL 'https://hf.co/papers/' has no {id} where"
                + " the paper's id goes",
        "kinds:\\n  - name: papers\\n    preset: hf-papers\\n    links: [{url: 'https://hf.co/{id}'}]"
                + "|.digest-lint.yml:4:13: kinds.papers.links[] needs a 'label', the link's text",
        "kinds:\\n  - name: papers\\n    preset: hf-papers\\n    titleFormat: '{date:EEEE b}'"
                + "|.digest-lint.yml:4:18: kinds.papers.titleFormat has a date pattern that is not valid: Unknown"
                + " pattern letter: b; see DateTimeFormatter, as in {date:EEEE, MMMM d, yyyy}",
        "kinds:\\n  - name: arxiv\\n    title: 'Arxiv*'\\n    colour: red|.digest-lint.yml:4:5: unknown key 'colour' in"
                + " kinds[]; expected alphaxiv, arxivLink, body, dateMatchesFileName, dateWithTime, entryLevel, entryStart,"
                + " fileName, introLabels, language, links, name, path, preset, requiredKeys, sections, since, title,"
                + " titleFormat, titleIsLink, until",
        "kinds:\\n  - name: daily-papers\\n    since: 2025-09-22\\n    until: 2025-09-21|.digest-lint.yml:4:12:"
                + " kinds.daily-papers.until is 2025-09-21, before its since, 2025-09-22, so the kind would select no"
                + " post"})
    void namesTheFileThePlaceAndTheKeyOfAnError(String yaml, String message) {
        assertThatThrownBy(() -> parse(yaml.replace("\\n", "\n"))).isInstanceOf(ConfigurationException.class)
                .hasMessage(message);
    }

    /** A blog that adopted Alphaxiv lines on 2025-09-22 asks for them from that day on. */
    @Test
    void appliesARuleFromTheDayItsConventionStarted() throws ConfigurationException {
        Configuration configuration = parse("rules:\n  alphaxiv-link:\n    since: 2025-09-22\n");
        String withoutAlphaxiv = Lint.GOOD_DIGEST.replace("> [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)\n",
                "");

        assertThat(findings("alphaxiv-link", configuration, "_posts/2025-09-26-daily-papers.md", withoutAlphaxiv))
                .hasSize(1);
        assertThat(findings("alphaxiv-link", configuration, "_posts/2025-09-21-daily-papers.md",
                withoutAlphaxiv.replace("2025-09-26", "2025-09-21"))).isEmpty();
        assertThat(findings("alphaxiv-link", parse("rules:\n  alphaxiv-link:\n    until: 2025-09-21\n"),
                "_posts/2025-09-26-daily-papers.md", withoutAlphaxiv)).isEmpty();
    }

    /**
     * A blog that wrote its digests without Alphaxiv lines until 2025-09-21 describes that format as a
     * kind of those days, and the current one as a kind of the days after.
     */
    @Test
    void selectsPostsOfAKindByTheirDays() throws ConfigurationException {
        Configuration configuration = parse("""
                kinds:
                  - name: daily-papers
                    since: 2025-09-22
                  - name: early-daily-papers
                    preset: daily-papers
                    alphaxiv: none
                    until: 2025-09-21
                """);
        String withoutAlphaxiv = Lint.GOOD_DIGEST.replace("> [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)\n",
                "");

        assertThat(findings(configuration, "_posts/2025-09-26-daily-papers.md", withoutAlphaxiv)).containsExactly(
                "_posts/2025-09-26-daily-papers.md:9:1: error: entry 1 has no Alphaxiv line; add '> [Alphaxiv]"
                        + "(https://www.alphaxiv.org/ko/overview/2509.21114)' after its heading [alphaxiv-link]");
        assertThat(findings(configuration, "_posts/2025-09-21-daily-papers.md",
                withoutAlphaxiv.replace("2025-09-26", "2025-09-21"))).isEmpty();
        assertThat(new PostParser(configuration.kinds(), configuration.limits()).parse(
                "_posts/2025-09-21-daily-papers.md", SourceText.of(withoutAlphaxiv.replace("2025-09-26", "2025-09-21")))
                .kind()).map(DigestKind::name).hasValue("early-daily-papers");
    }

    /**
     * A file named after a day the calendar does not have is checked as a post without a day: the
     * kind and the rule from a day apply, and its title is not held to that day.
     */
    @Test
    void checksAPostNamedAfterADayThatDoesNotExistAsAPostWithoutADay() throws ConfigurationException {
        Configuration configuration = parse("""
                rules:
                  alphaxiv-link:
                    since: 2025-09-22
                kinds:
                  - name: daily-papers
                    since: 2025-09-22
                """);
        String withoutAlphaxivOrDate = Lint.GOOD_DIGEST.replace("date: 2025-09-26 08:15:00\n", "")
                .replace("> [Alphaxiv](https://www.alphaxiv.org/ko/overview/2509.21114)\n", "");

        assertThat(findings(configuration, "_posts/2025-13-45-daily-papers.md", withoutAlphaxivOrDate))
                .containsExactly("_posts/2025-13-45-daily-papers.md:1:1: error: file name '2025-13-45-daily-papers.md'"
                        + " starts with 2025-13-45, which is not a day of the calendar, so Jekyll skips this post"
                        + " [filename-date]",
                "_posts/2025-13-45-daily-papers.md:6:1: error: front matter has no 'date' key; add 'date: YYYY-MM-DD"
                        + " HH:MM:SS' [front-matter-keys]",
                "_posts/2025-13-45-daily-papers.md:8:1: error: entry 1 has no Alphaxiv line; add '> [Alphaxiv]"
                        + "(https://www.alphaxiv.org/ko/overview/2509.21114)' after its heading [alphaxiv-link]");
    }

    /** A file starts out as "rules:" with nothing under it: every rule stays as it is. */
    @Test
    void takesAnEmptyRulesMapForTheDefaults() throws ConfigurationException {
        assertThat(parse("rules:\n").rules()).isEqualTo(Lint.DEFAULTS.rules());
        assertThat(parse("rules:\nkinds:\n  - name: daily-papers\n").rules()).isEqualTo(Lint.DEFAULTS.rules());
    }

    /** A kind that starts from a preset takes the preset's format and changes what it gives. */
    @Test
    void startsAKindFromAPreset() throws ConfigurationException {
        Configuration configuration = parse("kinds:\n  - name: papers\n    preset: hf-papers\n    path: '**/*-papers.md'\n"
                + "    language: de\n");

        DigestKind papers = configuration.kinds().get(0);
        assertThat(papers.name()).isEqualTo("papers");
        assertThat(papers.format()).isEqualTo(new EntryFormat(EntryFormat.Start.HEADING, false,
                DigestPresets.HF_PAPERS.format().links(), EntryFormat.Body.SUMMARY, "de"));
        assertThat(papers.expectedTitle("2026-08-21")).isEqualTo("Daily AI Research Papers - Friday, August 21, 2026");
        assertThat(papers.titleGlob()).isEmpty();
    }

    /** A hostile file is held to the same limits as a post's front matter, and never expanded. */
    @Test
    void refusesAHostileFileWithItsPlace() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char name = 'b'; name <= 'i'; name++) {
            bomb.append(name).append(": &").append(name).append(" [")
                    .append(String.join(", ", Collections.nCopies(9, "*" + (char) (name - 1)))).append("]\n");
        }

        assertThatThrownBy(() -> parse(bomb.toString())).hasMessage(".digest-lint.yml:1:1: cannot be read: Number of"
                + " aliases for non-scalar nodes exceeds the specified max=50");
        assertThatThrownBy(() -> parse("rules: " + "[".repeat(60) + "]".repeat(60))).hasMessage(".digest-lint.yml:1:1:"
                + " cannot be read: Nesting Depth exceeded max 50");
        assertThatThrownBy(() -> parse("rules:\n\ttitle-quotes: off\n")).hasMessage(".digest-lint.yml:2:1: not valid"
                + " YAML: found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)"
                + " while scanning for the next token");
        assertThatThrownBy(() -> ConfigurationLoader.parse(".digest-lint.yml",
                "rules:\n  title-quotes: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1), BuiltInRules.all()))
                .hasMessage(".digest-lint.yml:2:20: the file is not UTF-8 text");
    }
}
