package io.github.digestlint.baseline;

/** A baseline file that cannot be read or is not a baseline; the message names the file and the problem. */
public final class BaselineException extends Exception {

    private static final long serialVersionUID = 1L;

    BaselineException(String message) {
        super(message);
    }
}
