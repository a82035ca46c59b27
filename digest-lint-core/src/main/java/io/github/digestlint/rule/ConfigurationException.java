package io.github.digestlint.rule;

/** A configuration that cannot be used; the message names the file, the place and the key. */
public final class ConfigurationException extends Exception {

    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }
}
