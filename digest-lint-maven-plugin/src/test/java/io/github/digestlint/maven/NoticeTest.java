package io.github.digestlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** NOTICE names every library the plugin needs at run time, so a new dependency cannot go unlisted. */
class NoticeTest {

    /** The plugin's run-time dependencies, the core's included, as Maven will resolve them for a blog. */
    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
    private static final Path NOTICE = Path.of(System.getProperty("digestlint.notice", "../NOTICE"));

    @Test
    void everyThirdPartyLibraryTheJarsNeedIsListed() throws Exception {
        List<String> libraries = new ArrayList<>();
        try (InputStream in = Files.newInputStream(DESCRIPTOR)) {
            Element plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
            NodeList dependencies = ((Element) plugin.getElementsByTagName("dependencies").item(0))
                    .getElementsByTagName("dependency");
            for (int i = 0; i < dependencies.getLength(); i++) {
                Element dependency = (Element) dependencies.item(i);
                String groupId = dependency.getElementsByTagName("groupId").item(0).getTextContent();
                if (!groupId.equals("io.github.digestlint")) {
                    libraries.add(groupId + ":" + dependency.getElementsByTagName("artifactId").item(0).getTextContent());
                }
            }
        }

        assertThat(libraries).as("the plugin's third-party dependencies").isNotEmpty();
        assertThat(notice()).as("NOTICE must name each library the jars need at run time, with its licence")
                .contains(libraries);
    }

    private static String notice() throws IOException {
        // A name may wrap to the next line; NOTICE is read as one line.
        return Files.readString(NOTICE, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    }
}
