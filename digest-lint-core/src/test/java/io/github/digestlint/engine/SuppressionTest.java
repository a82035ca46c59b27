package io.github.digestlint.engine;

import static io.github.digestlint.Lint.EVERY_RULE;
import static io.github.digestlint.Lint.GOOD_FRONT_MATTER;
import static io.github.digestlint.Lint.findings;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuppressionTest {

    private static final String PATH = "_posts/2025-09-26-daily-papers.md";
    private static final String TRAILING = "heading-trailing-space";

    /** Two entry headings (lines 9 and 10 of the post) that end in spaces. */
    private static String post(String before, String between) {
        return GOOD_FRONT_MATTER + before + "# 1. [One](https://arxiv.org/abs/2509.21114)  \n" + between
                + "# 2. [Two](https://arxiv.org/abs/2509.21115)  \n";
    }

    private static String post(String before) {
        return post(before, "");
    }

    @Test
    void reportsEverythingWithoutDirectives() {
        assertThat(findings(TRAILING, PATH, post("\n"))).hasSize(2);
    }

    @Test
    void turnsNamedRulesOffForTheWholeFile() {
        String text = post("<!-- digest-lint-disable-file heading-trailing-space no-entries -->\n");

        assertThat(findings(TRAILING, PATH, text)).isEmpty();
        assertThat(findings("title-whitespace", PATH, text.replace("[One]", "[One  ]"))).hasSize(1);
    }

    @Test
    void turnsEveryRuleOffWhenNoneIsNamed() {
        String text = GOOD_FRONT_MATTER.replace("title: \"Daily Papers — 2025-09-26\"", "title: Daily Papers\"")
                + "<!-- digest-lint-disable-file -->\n";

        assertThat(findings(PATH, text)).isEmpty();
    }

    @Test
    void turnsARuleOffOnTheNextLineOnly() {
        String text = post("<!-- digest-lint-disable-next-line heading-trailing-space -->\n");

        assertThat(findings(TRAILING, PATH, text)).singleElement().asString().startsWith(PATH + ":10:");
    }

    @Test
    void turnsRulesOffBetweenDisableAndEnable() {
        String text = post("<!-- digest-lint-disable heading-trailing-space -->\n",
                "<!-- digest-lint-enable heading-trailing-space -->\n");

        assertThat(findings(TRAILING, PATH, text)).singleElement().asString().startsWith(PATH + ":11:");
    }

    @Test
    void keepsARuleOnThatIsEnabledAfterDisablingAll() {
        String text = post("<!-- digest-lint-disable -->\n<!-- digest-lint-enable heading-trailing-space -->\n");

        assertThat(findings(EVERY_RULE, PATH, text)).hasSize(2).allMatch(line -> line.endsWith("[" + TRAILING + "]"));
    }

    @Test
    void warnsAboutADirectiveThatNamesNoRule() {
        assertThat(findings("inline-directive", PATH, post("<!-- digest-lint-disable title-quote -->\n")))
                .containsExactly(PATH + ":8:1: warning: 'digest-lint-disable' names 'title-quote', which is not a"
                        + " rule; see docs/rules.md for the rule ids [inline-directive]");
        assertThat(findings("inline-directive", PATH, post("<!-- digest-lint-disabel title-quotes -->\n")))
                .containsExactly(PATH + ":8:1: warning: unknown directive 'digest-lint-disabel'; expected"
                        + " digest-lint-disable, -enable, -disable-next-line or -disable-file [inline-directive]");
    }
}
