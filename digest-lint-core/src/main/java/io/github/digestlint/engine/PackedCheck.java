package io.github.digestlint.engine;

import io.github.digestlint.model.Directive;
import io.github.digestlint.rule.Finding;
import io.github.digestlint.rule.PostSummary;
import io.github.digestlint.rule.PostSummary.EntryText;
import io.github.digestlint.rule.PostSummary.Located;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.source.BinaryReader;
import io.github.digestlint.source.BinaryWriter;
import io.github.digestlint.source.Position;
import io.github.digestlint.source.Span;
import io.github.digestlint.source.TextEdit;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

/**
 * One post's check packed into bytes: what a run keeps of each post until every post is checked,
 * and what the incremental index stores. A post's findings and summary are a few hundred small
 * objects; a large blog's run would hold millions of them, which the collector copies again at
 * each collection until it ends, and grows the heap to make that cheaper. One array per post it
 * copies at the cost of its bytes, and the index stores it as it is.
 *
 * <p>The bytes hold nothing the rest implies: not the post's path, under which they are kept,
 * nor whether a finding is fixable, nor a directive's action, which its name determines. The rule
 * ids, messages and replacements of a post repeat (a heading with a trailing space gets the same
 * message each time), so a post holds each once, in a table of strings before the findings, which
 * refer to them by number ({@code #} below); numbers and strings are as {@link BinaryWriter}
 * writes them.
 *
 * <pre>
 * check      strings, [finding...], summary?
 * finding    #rule, severity, start line, start column, end line, end column, #message, [edit...]
 * edit       start, end, #replacement
 * summary    kind?, day?, [paper...], [tag...], [directive...], [entry text...]
 * day, paper, tag: value, line, column
 * directive  name, [rule...], line, start, end
 * entry text number?, line, column, fingerprint, paper?
 * </pre>
 *
 * A list is its count and its items; {@code ?} is a flag and, when it is set, the value.
 */
public final class PackedCheck {

    /**
     * Changes with the layout of the bytes, so that the index, which stores them, does not misread
     * a check an earlier build of the same version packed.
     */
    public static final int FORMAT = 1;

    @FunctionalInterface
    private interface ValueWriter<T> {
        void write(BinaryWriter out, T value);
    }

    @FunctionalInterface
    private interface ValueReader<T> {
        T read(BinaryReader in) throws IOException;
    }

    private final byte[] bytes;
    private final int offset;
    private final int length;

    private PackedCheck(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
    }

    /** Packed bytes kept elsewhere, such as in an index file read in whole; they are not copied. */
    public static PackedCheck of(byte[] bytes, int offset, int length) {
        return new PackedCheck(bytes, offset, length);
    }

    public static PackedCheck pack(PostCheck check) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (Finding finding : check.findings()) {
            numbers.putIfAbsent(finding.ruleId(), numbers.size());
            numbers.putIfAbsent(finding.message(), numbers.size());
            finding.fix().forEach(edit -> numbers.putIfAbsent(edit.replacement(), numbers.size()));
        }
        BinaryWriter out = new BinaryWriter();
        writeList(out, List.copyOf(numbers.keySet()), BinaryWriter::writeString);
        writeList(out, check.findings(), (findingOut, finding) -> {
            findingOut.writeCount(numbers.get(finding.ruleId()));
            findingOut.writeByte(severityCode(finding.severity()));
            writePosition(findingOut, finding.start());
            writePosition(findingOut, finding.end());
            findingOut.writeCount(numbers.get(finding.message()));
            writeList(findingOut, finding.fix(), (editOut, edit) -> {
                editOut.writeCount(edit.span().start());
                editOut.writeCount(edit.span().end());
                editOut.writeCount(numbers.get(edit.replacement()));
            });
        });
        writeOptional(out, check.summary(), PackedCheck::writeSummary);
        byte[] packed = out.toByteArray();
        return new PackedCheck(packed, 0, packed.length);
    }

    public int length() {
        return length;
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes, offset, length);
    }

    /**
     * The check these bytes hold.
     *
     * @param path the post's path, which its findings and summary name
     * @param share gives the string to keep for a rule id, message or replacement, so that a run
     *     can hold each text of many posts once
     * @throws IOException when the bytes are damaged
     */
    public PostCheck unpack(String path, UnaryOperator<String> share) throws IOException {
        try {
            return read(path, share);
        } catch (IllegalArgumentException | ArithmeticException e) {
            // A number out of its range, such as a line 0, which the records refuse.
            throw BinaryReader.damaged(e.getMessage());
        }
    }

    private PostCheck read(String path, UnaryOperator<String> share) throws IOException {
        BinaryReader in = new BinaryReader(bytes, offset, length);
        List<String> strings = readList(in, stringIn -> share.apply(stringIn.readString()));
        List<Finding> findings = readList(in, findingIn -> {
            String ruleId = string(findingIn, strings);
            Severity severity = severity(findingIn.readByte());
            Position start = readPosition(findingIn);
            Position end = readPosition(findingIn);
            String message = string(findingIn, strings);
            List<TextEdit> fix = readList(findingIn,
                    editIn -> new TextEdit(readSpan(editIn), string(editIn, strings)));
            return new Finding(ruleId, severity, path, start, end, message, fix);
        });
        Optional<PostSummary> summary = readOptional(in, summaryIn -> readSummary(summaryIn, path));
        if (!in.atEnd()) {
            throw BinaryReader.damaged("a packed check goes on after its end");
        }
        return new PostCheck(findings, summary);
    }

    private static void writeSummary(BinaryWriter out, PostSummary summary) {
        writeOptional(out, summary.kind(), BinaryWriter::writeString);
        writeOptional(out, summary.day(), PackedCheck::writeLocated);
        writeList(out, summary.papers(), PackedCheck::writeLocated);
        writeList(out, summary.tags(), PackedCheck::writeLocated);
        writeList(out, summary.directives(), (directiveOut, directive) -> {
            directiveOut.writeString(directive.name());
            writeList(directiveOut, directive.ruleIds(), BinaryWriter::writeString);
            directiveOut.writeCount(directive.line());
            directiveOut.writeCount(directive.span().start());
            directiveOut.writeCount(directive.span().end());
        });
        writeList(out, summary.entryTexts(), (textOut, text) -> {
            textOut.writeBoolean(text.number().isPresent());
            text.number().ifPresent(textOut::writeLong);
            writePosition(textOut, text.position());
            textOut.writeLong(text.fingerprint());
            writeOptional(textOut, text.paper(), BinaryWriter::writeString);
        });
    }

    private static PostSummary readSummary(BinaryReader in, String path) throws IOException {
        Optional<String> kind = readOptional(in, BinaryReader::readString);
        Optional<Located> day = readOptional(in, PackedCheck::readLocated);
        List<Located> papers = readList(in, PackedCheck::readLocated);
        List<Located> tags = readList(in, PackedCheck::readLocated);
        List<Directive> directives = readList(in, directiveIn -> {
            String name = directiveIn.readString();
            List<String> ruleIds = readList(directiveIn, BinaryReader::readString);
            int line = directiveIn.readSize();
            return new Directive(name, Directive.Action.of(name), ruleIds, line, readSpan(directiveIn));
        });
        List<EntryText> entryTexts = readList(in, textIn -> {
            OptionalInt number = textIn.readBoolean() ? OptionalInt.of(Math.toIntExact(textIn.readLong()))
                    : OptionalInt.empty();
            Position position = readPosition(textIn);
            long fingerprint = textIn.readLong();
            return new EntryText(number, position, fingerprint, readOptional(textIn, BinaryReader::readString));
        });
        return new PostSummary(path, kind, day, papers, tags, directives, entryTexts);
    }

    private static void writeLocated(BinaryWriter out, Located located) {
        out.writeString(located.value());
        writePosition(out, located.position());
    }

    private static Located readLocated(BinaryReader in) throws IOException {
        String value = in.readString();
        return new Located(value, readPosition(in));
    }

    private static void writePosition(BinaryWriter out, Position position) {
        out.writeCount(position.line());
        out.writeCount(position.column());
    }

    private static Position readPosition(BinaryReader in) throws IOException {
        int line = in.readSize();
        return new Position(line, in.readSize());
    }

    private static Span readSpan(BinaryReader in) throws IOException {
        int start = in.readSize();
        return new Span(start, in.readSize());
    }

    /** A fixed code per severity, so that reordering the enum cannot change what stored checks say. */
    private static int severityCode(Severity severity) {
        return switch (severity) {
            case ERROR -> 0;
            case WARNING -> 1;
        };
    }

    private static Severity severity(int code) throws IOException {
        return switch (code) {
            case 0 -> Severity.ERROR;
            case 1 -> Severity.WARNING;
            default -> throw BinaryReader.damaged("a severity coded " + code);
        };
    }

    private static String string(BinaryReader in, List<String> strings) throws IOException {
        int number = in.readSize();
        if (number >= strings.size()) {
            throw BinaryReader.damaged("string " + number + " of " + strings.size());
        }
        return strings.get(number);
    }

    private static <T> void writeList(BinaryWriter out, List<T> values, ValueWriter<T> writer) {
        out.writeCount(values.size());
        for (T value : values) {
            writer.write(out, value);
        }
    }

    private static <T> List<T> readList(BinaryReader in, ValueReader<T> reader) throws IOException {
        int count = in.readSize();
        // The list grows as items are read, so a damaged count fails on the record's end, not on memory.
        List<T> values = new ArrayList<>(Math.min(count, 64));
        for (int i = 0; i < count; i++) {
            values.add(reader.read(in));
        }
        return values;
    }

    private static <T> void writeOptional(BinaryWriter out, Optional<T> value, ValueWriter<T> writer) {
        out.writeBoolean(value.isPresent());
        value.ifPresent(present -> writer.write(out, present));
    }

    private static <T> Optional<T> readOptional(BinaryReader in, ValueReader<T> reader) throws IOException {
        return in.readBoolean() ? Optional.of(reader.read(in)) : Optional.empty();
    }
}
