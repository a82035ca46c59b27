package io.github.digestlint.report;

import java.io.IOException;
import java.io.OutputStream;

/** One kind of report file, such as SARIF for code scanning or HTML for people. */
public interface ReportFormat {

    /** The stable name that selects this format in the build's configuration: {@code sarif}. */
    String name();

    /** The file this format is written to in the report folder: {@code digest-lint.sarif}. */
    String fileName();

    /** Writes the report; leaves the stream open, so that the caller who opened it closes it. */
    void write(Report report, OutputStream out) throws IOException;
}
