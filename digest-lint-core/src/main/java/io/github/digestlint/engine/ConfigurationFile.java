package io.github.digestlint.engine;

import io.github.digestlint.config.Configuration;
import io.github.digestlint.config.ConfigurationLoader;
import io.github.digestlint.rule.ConfigurationException;
import io.github.digestlint.rules.BuiltInRules;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The configuration a run reads, the same for every entry point: the file asked for, which must
 * exist, or else {@code .digest-lint.yml} in the base folder when there is one, or else the defaults.
 */
public final class ConfigurationFile {

    private ConfigurationFile() {
    }

    /**
     * @param baseDir the folder that holds the default file and that paths in messages are relative to
     * @param requested the file asked for, if any
     * @throws NoSuchFileException when the file asked for does not exist; each entry point says how
     *     to name another
     * @throws ConfigurationException when the file cannot be read or is invalid; the message names it
     */
    public static Configuration read(Path baseDir, Optional<Path> requested)
            throws NoSuchFileException, ConfigurationException {
        Path file = requested.orElse(baseDir.resolve(ConfigurationLoader.DEFAULT_FILE));
        if (requested.isEmpty() && !Files.exists(file)) {
            return Configuration.defaults(BuiltInRules.all());
        }
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "The configuration file " + file + " does not exist");
        }
        return ConfigurationLoader.load(file, PostFiles.displayPath(baseDir, file), BuiltInRules.all());
    }

}
