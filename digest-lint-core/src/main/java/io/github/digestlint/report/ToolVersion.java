package io.github.digestlint.report;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Properties;

/** digest-lint's own version, which the build writes into the jar, for the reports that name their tool. */
public final class ToolVersion {

    private static final String RESOURCE = "/io/github/digestlint/version.properties";

    private ToolVersion() {
    }

    /** The version of this build, such as {@code 0.1.0}. */
    public static String current() {
        try {
            Properties properties = new Properties();
            properties.load(new StringReader(JarResource.read(RESOURCE)));
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
