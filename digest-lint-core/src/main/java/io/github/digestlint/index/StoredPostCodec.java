package io.github.digestlint.index;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.digestlint.engine.PostCheck;
import io.github.digestlint.index.IncrementalIndex.StoredPost;
import io.github.digestlint.model.Directive;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.PostSummary.EntryText;
import io.github.digestlint.rule.PostSummary.Located;
import io.github.digestlint.rule.PostSummary;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.source.Position;
import io.github.digestlint.source.Span;
import io.github.digestlint.source.TextEdit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes one post of the incremental index as JSON and reads it back. A large blog's index holds
 * hundreds of thousands of findings, so each value is an array of its fields in a fixed order, and
 * holds nothing the rest implies: not the post's path, which is the key the post is stored under,
 * nor whether a finding is fixable, nor a directive's action, which its name determines.
 *
 * <p>The rule ids, messages and replacements of a blog repeat: a heading with a trailing space
 * gets the same message in every post. They are stored once, in a table of strings that the index
 * file holds before the posts, and a finding holds their numbers in it ({@code #} below).
 *
 * <pre>
 * post       [hash, [finding...], summary or null]
 * finding    [#rule, severity, start line, start column, end line, end column, #message, [edit...]]
 * edit       [start, end, #replacement]
 * summary    [kind or null, day or null, [paper...], [tag...], [directive...], [entry text...]]
 * day, paper, tag: [value, line, column]
 * directive  [name, [rule...], line, start, end]
 * entry text [number or null, line, column, fingerprint, paper or null]
 * </pre>
 *
 * Reading accepts exactly this shape, every value of its type, so that a damaged file fails to
 * read rather than reads as findings it never held.
 */
final class StoredPostCodec {

    @FunctionalInterface
    private interface ValueWriter<T> {
        void write(JsonGenerator out, T value) throws IOException;
    }

    /** Reads the value that starts at the parser's current token, and leaves the parser on its last one. */
    @FunctionalInterface
    private interface ValueReader<T> {
        T read(JsonParser in) throws IOException;
    }

    /** Numbers the strings of a table to write; the table is written in this order. */
    static final class Writer {
        private final Map<String, Integer> numbers = new LinkedHashMap<>();

        /** Numbers the strings the entries will need, so the table can be written before them. */
        Writer(Collection<StoredPost> entries) {
            for (StoredPost entry : entries) {
                for (Finding finding : entry.check().findings()) {
                    number(finding.ruleId());
                    number(finding.message());
                    finding.fix().forEach(edit -> number(edit.replacement()));
                }
            }
        }

        private void number(String value) {
            numbers.putIfAbsent(value, numbers.size());
        }

        void writeStrings(JsonGenerator out) throws IOException {
            writeList(out, List.copyOf(numbers.keySet()), JsonGenerator::writeString);
        }

        void write(JsonGenerator out, StoredPost entry) throws IOException {
            out.writeStartArray();
            out.writeString(entry.hash());
            writeList(out, entry.check().findings(), this::writeDiagnostic);
            writeOptional(out, entry.check().summary(), StoredPostCodec::writeSummary);
            out.writeEndArray();
        }

        private void writeDiagnostic(JsonGenerator out, Finding finding) throws IOException {
            out.writeStartArray();
            out.writeNumber(numbers.get(finding.ruleId()));
            out.writeString(finding.severity().label());
            writePosition(out, finding.start());
            writePosition(out, finding.end());
            out.writeNumber(numbers.get(finding.message()));
            writeList(out, finding.fix(), this::writeEdit);
            out.writeEndArray();
        }

        private void writeEdit(JsonGenerator out, TextEdit edit) throws IOException {
            out.writeStartArray();
            out.writeNumber(edit.span().start());
            out.writeNumber(edit.span().end());
            out.writeNumber(numbers.get(edit.replacement()));
            out.writeEndArray();
        }
    }

    /** Reads entries against the table of strings read before them. */
    static final class Reader {
        private final List<String> strings;

        /** Reads the table of strings that starts at the parser's current token. */
        Reader(JsonParser in) throws IOException {
            strings = list(in, StoredPostCodec::text);
        }

        /** Reads the entry that starts at the parser's current token. */
        StoredPost read(JsonParser in, String path) throws IOException {
            require(in, JsonToken.START_ARRAY);
            String hash = text(next(in));
            List<Finding> findings = list(next(in), finding -> readDiagnostic(finding, path));
            Optional<PostSummary> summary = optional(next(in), stored -> readSummary(stored, path));
            require(next(in), JsonToken.END_ARRAY);
            return new StoredPost(hash, new PostCheck(findings, summary));
        }

        private Finding readDiagnostic(JsonParser in, String path) throws IOException {
            require(in, JsonToken.START_ARRAY);
            String ruleId = string(next(in));
            Severity severity = Severity.valueOf(text(next(in)).toUpperCase(Locale.ROOT));
            Position start = readPosition(in);
            Position end = readPosition(in);
            String message = string(next(in));
            List<TextEdit> fix = list(next(in), this::readEdit);
            require(next(in), JsonToken.END_ARRAY);
            return new Finding(ruleId, severity, path, start, end, message, fix);
        }

        private TextEdit readEdit(JsonParser in) throws IOException {
            require(in, JsonToken.START_ARRAY);
            Span span = readSpan(in);
            String replacement = string(next(in));
            require(next(in), JsonToken.END_ARRAY);
            return new TextEdit(span, replacement);
        }

        /** The string a number in the table stands for. */
        private String string(JsonParser in) throws IOException {
            int number = integer(in);
            if (number < 0 || number >= strings.size()) {
                throw new IOException("the incremental index is damaged: string " + number + " of " + strings.size()
                        + " at " + in.currentLocation());
            }
            return strings.get(number);
        }
    }

    private StoredPostCodec() {
    }

    /** A position is two numbers inside the array of what it locates. */
    private static void writePosition(JsonGenerator out, Position position) throws IOException {
        out.writeNumber(position.line());
        out.writeNumber(position.column());
    }

    private static Position readPosition(JsonParser in) throws IOException {
        int line = integer(next(in));
        return new Position(line, integer(next(in)));
    }

    private static Span readSpan(JsonParser in) throws IOException {
        int start = integer(next(in));
        return new Span(start, integer(next(in)));
    }

    private static void writeSummary(JsonGenerator out, PostSummary summary) throws IOException {
        out.writeStartArray();
        writeOptional(out, summary.kind(), JsonGenerator::writeString);
        writeOptional(out, summary.day(), StoredPostCodec::writeLocated);
        writeList(out, summary.papers(), StoredPostCodec::writeLocated);
        writeList(out, summary.tags(), StoredPostCodec::writeLocated);
        writeList(out, summary.directives(), StoredPostCodec::writeDirective);
        writeList(out, summary.entryTexts(), StoredPostCodec::writeEntryText);
        out.writeEndArray();
    }

    private static PostSummary readSummary(JsonParser in, String path) throws IOException {
        require(in, JsonToken.START_ARRAY);
        Optional<String> kind = optional(next(in), StoredPostCodec::text);
        Optional<Located> day = optional(next(in), StoredPostCodec::readLocated);
        List<Located> papers = list(next(in), StoredPostCodec::readLocated);
        List<Located> tags = list(next(in), StoredPostCodec::readLocated);
        List<Directive> directives = list(next(in), StoredPostCodec::readDirective);
        List<EntryText> entryTexts = list(next(in), StoredPostCodec::readEntryText);
        require(next(in), JsonToken.END_ARRAY);
        return new PostSummary(path, kind, day, papers, tags, directives, entryTexts);
    }

    private static void writeEntryText(JsonGenerator out, EntryText text) throws IOException {
        out.writeStartArray();
        if (text.number().isPresent()) {
            out.writeNumber(text.number().getAsInt());
        } else {
            out.writeNull();
        }
        writePosition(out, text.position());
        out.writeNumber(text.fingerprint());
        writeOptional(out, text.paper(), JsonGenerator::writeString);
        out.writeEndArray();
    }

    private static EntryText readEntryText(JsonParser in) throws IOException {
        require(in, JsonToken.START_ARRAY);
        OptionalInt number = next(in).currentToken() == JsonToken.VALUE_NULL ? OptionalInt.empty()
                : OptionalInt.of(integer(in));
        Position position = readPosition(in);
        require(next(in), JsonToken.VALUE_NUMBER_INT);
        long fingerprint = in.getLongValue();
        Optional<String> paper = optional(next(in), StoredPostCodec::text);
        require(next(in), JsonToken.END_ARRAY);
        return new EntryText(number, position, fingerprint, paper);
    }

    private static void writeLocated(JsonGenerator out, Located located) throws IOException {
        out.writeStartArray();
        out.writeString(located.value());
        writePosition(out, located.position());
        out.writeEndArray();
    }

    private static Located readLocated(JsonParser in) throws IOException {
        require(in, JsonToken.START_ARRAY);
        String value = text(next(in));
        Position position = readPosition(in);
        require(next(in), JsonToken.END_ARRAY);
        return new Located(value, position);
    }

    private static void writeDirective(JsonGenerator out, Directive directive) throws IOException {
        out.writeStartArray();
        out.writeString(directive.name());
        writeList(out, directive.ruleIds(), JsonGenerator::writeString);
        out.writeNumber(directive.line());
        out.writeNumber(directive.span().start());
        out.writeNumber(directive.span().end());
        out.writeEndArray();
    }

    private static Directive readDirective(JsonParser in) throws IOException {
        require(in, JsonToken.START_ARRAY);
        String name = text(next(in));
        List<String> ruleIds = list(next(in), StoredPostCodec::text);
        int line = integer(next(in));
        Span span = readSpan(in);
        require(next(in), JsonToken.END_ARRAY);
        return new Directive(name, Directive.Action.of(name), ruleIds, line, span);
    }

    private static <T> void writeList(JsonGenerator out, List<T> values, ValueWriter<T> writer) throws IOException {
        out.writeStartArray();
        for (T value : values) {
            writer.write(out, value);
        }
        out.writeEndArray();
    }

    private static <T> List<T> list(JsonParser in, ValueReader<T> reader) throws IOException {
        require(in, JsonToken.START_ARRAY);
        List<T> values = new ArrayList<>();
        while (in.nextToken() != JsonToken.END_ARRAY) {
            values.add(reader.read(in));
        }
        return values;
    }

    private static <T> void writeOptional(JsonGenerator out, Optional<T> value, ValueWriter<T> writer)
            throws IOException {
        if (value.isPresent()) {
            writer.write(out, value.get());
        } else {
            out.writeNull();
        }
    }

    private static <T> Optional<T> optional(JsonParser in, ValueReader<T> reader) throws IOException {
        return in.currentToken() == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(reader.read(in));
    }

    private static String text(JsonParser in) throws IOException {
        require(in, JsonToken.VALUE_STRING);
        return in.getText();
    }

    private static int integer(JsonParser in) throws IOException {
        require(in, JsonToken.VALUE_NUMBER_INT);
        return in.getIntValue();
    }

    private static JsonParser next(JsonParser in) throws IOException {
        in.nextToken();
        return in;
    }

    private static void require(JsonParser in, JsonToken expected) throws IOException {
        if (in.currentToken() != expected) {
            throw new IOException("the incremental index is damaged: " + expected + " expected, "
                    + in.currentToken() + " found at " + in.currentLocation());
        }
    }
}
