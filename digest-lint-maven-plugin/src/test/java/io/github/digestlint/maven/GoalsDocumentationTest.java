package io.github.digestlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GoalsDocumentationTest {

    /** The descriptor maven-plugin-plugin wrote from this build's mojos, before the tests run. */
    private static final Path DESCRIPTOR = Path.of(System.getProperty("digestlint.pluginDescriptor",
            "target/plugin-enhanced.xml"));
    private static final Path GOALS_DOC = Path.of(System.getProperty("digestlint.goalsDoc", "../docs/goals.md"));

    @Test
    void theCommittedPageIsTheOneTheMojosMake() throws IOException {
        assertThat(Files.readString(GOALS_DOC, StandardCharsets.UTF_8))
                .as("docs/goals.md differs from what the mojos' javadoc and annotations make; regenerate it with %s"
                        + " and commit it", GoalsDocumentation.REGENERATE)
                .isEqualTo(GoalsDocumentation.render(DESCRIPTOR));
    }

    @Test
    void aGoalListsWhatABlogCanSetWithItsPropertyAndDefault() throws IOException {
        String descriptor = """
                <plugin>
                  <description>Checks &lt;b&gt;posts&lt;/b&gt;.</description>
                  <groupId>org.example</groupId>
                  <artifactId>example-maven-plugin</artifactId>
                  <goalPrefix>example</goalPrefix>
                  <requiredJavaVersion>17</requiredJavaVersion>
                  <requiredMavenVersion>3.6.3</requiredMavenVersion>
                  <mojos>
                    <mojo>
                      <goal>lint</goal>
                      <description>Lints the posts. Fails on &lt;code&gt;error&lt;/code&gt;
                 findings.&lt;p&gt;See &lt;a href="rules.md"&gt;the rules&lt;/a&gt;.&lt;/p&gt;</description>
                      <requiresProject>false</requiresProject>
                      <phase>validate</phase>
                      <threadSafe>true</threadSafe>
                      <parameters>
                        <parameter>
                          <name>severity</name>
                          <type>java.util.List&lt;java.lang.String&gt;</type>
                          <required>false</required>
                          <editable>true</editable>
                          <deprecated>Use &lt;code&gt;level&lt;/code&gt;.</deprecated>
                          <description>One of &lt;code&gt;a|b&lt;/code&gt;.</description>
                        </parameter>
                        <parameter>
                          <name>folder</name>
                          <type>java.io.File</type>
                          <required>true</required>
                          <editable>true</editable>
                          <description>The folder.</description>
                        </parameter>
                        <parameter>
                          <name>session</name>
                          <type>java.lang.Object</type>
                          <required>true</required>
                          <editable>false</editable>
                          <description>Maven's.</description>
                        </parameter>
                      </parameters>
                      <configuration>
                        <severity implementation="java.util.List">${example.severity}</severity>
                        <folder implementation="java.io.File" default-value="${basedir}/_posts"/>
                        <session implementation="java.lang.Object" default-value="${session}"/>
                      </configuration>
                    </mojo>
                  </mojos>
                </plugin>
                """;

        String page = GoalsDocumentation.render(new ByteArrayInputStream(descriptor.getBytes(StandardCharsets.UTF_8)));

        assertThat(page.substring(page.indexOf("-->") + 5)).isEqualTo("""
                The goals of `org.example:example-maven-plugin`, called by the prefix `example`. Checks posts. \
                It needs Maven 3.6.3 or later and Java 17 or later. `mvn example:help -Ddetail -Dgoal=<goal>` \
                prints the same in a terminal.

                | goal | what it does |
                | --- | --- |
                | [`example:lint`](#examplelint) | Lints the posts. |

                ## example:lint

                Lints the posts. Fails on `error` findings.

                See [the rules](rules.md).

                An `<execution>` that names no phase runs it in `validate`. Runs without a POM too. Thread-safe: \
                it may run in a parallel build (`-T`).

                | parameter | type | user property | default | description |
                | --- | --- | --- | --- | --- |
                | `folder` | `File` |  | `${basedir}/_posts` | Required. The folder. |
                | `severity` | `List<String>` | `example.severity` |  | **Deprecated**: Use `level`. One of `a\\|b`. |
                """);
    }
}
