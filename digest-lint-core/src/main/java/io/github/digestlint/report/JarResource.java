package io.github.digestlint.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A text file that the build puts into digest-lint's jar: the page's style and script, the rules'
 * docs, the version.
 */
final class JarResource {

    private JarResource() {
    }

    /**
     * @param name a resource name as {@link Class#getResourceAsStream} takes it: relative to this
     *     package ({@code report.css}) or absolute ({@code /io/github/digestlint/version.properties})
     */
    static String read(String name) throws IOException {
        try (InputStream in = JarResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing: digest-lint's jar is incomplete");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
