package io.github.digestlint.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/** The report formats by name, and the writing of the selected ones into a folder. */
public final class Reports {

    /**
     * Each format by its name, made only when a report of it is written: a format's class brings its
     * library's classes (Jackson's, jsoup's) with it, which a run that writes no report does not load.
     */
    private record Registered(String name, Supplier<ReportFormat> format) {
    }

    private static final List<Registered> FORMATS = List.of(new Registered("sarif", () -> new SarifFormat()),
            new Registered("checkstyle", () -> new CheckstyleFormat()), new Registered("json", () -> new JsonFormat()),
            new Registered("html", () -> new HtmlFormat()));

    private Reports() {
    }

    /** Every format's name, in a fixed order: {@code sarif, checkstyle, json, html}. */
    public static List<String> names() {
        return FORMATS.stream().map(Registered::name).toList();
    }

    /**
     * The format with this name, ignoring case and surrounding blanks, as a build file may write it.
     *
     * @throws IllegalArgumentException for an unknown name; the message lists the valid ones
     */
    public static ReportFormat format(String name) {
        return registered(name).format().get();
    }

    private static Registered registered(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return FORMATS.stream().filter(format -> format.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown report format '" + name
                        + "'; valid formats are " + String.join(", ", names())));
    }

    /**
     * The format names a parameter or option gives, each value possibly a comma-separated list,
     * blanks and empty names dropped.
     *
     * @throws IllegalArgumentException for an unknown name; the message lists the valid ones
     */
    public static List<String> parseNames(List<String> values) {
        List<String> names = values.stream().flatMap(value -> Arrays.stream(value.split(","))).map(String::strip)
                .filter(name -> !name.isEmpty()).toList();
        names.forEach(Reports::registered);
        return names;
    }

    /**
     * Writes the named formats into the folder, creating it, each to its {@link ReportFormat#fileName()}.
     * Every name is checked before anything is written, so a typo leaves no half-written reports.
     *
     * @return the files written, in the order the names were given, each once
     * @throws IllegalArgumentException for an unknown format name
     */
    public static List<Path> write(Report report, Collection<String> formatNames, Path outputDirectory)
            throws IOException {
        Set<Registered> formats = new LinkedHashSet<>();
        for (String name : formatNames) {
            formats.add(registered(name));
        }
        Files.createDirectories(outputDirectory);
        List<Path> written = new ArrayList<>();
        for (Registered registered : formats) {
            ReportFormat format = registered.format().get();
            Path file = outputDirectory.resolve(format.fileName());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                format.write(report, out);
            }
            written.add(file);
        }
        return written;
    }
}
