package io.github.digestlint.model;

import io.github.digestlint.source.SourceText;
import io.github.digestlint.source.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A post parsed once for every rule. It is immutable but for what {@link #derived} works out from
 * it, which lives exactly as long as the post.
 */
public final class Post {

    /** The folder Jekyll reads drafts from. */
    public static final String DRAFTS = "_drafts";

    private final String path;
    private final SourceText source;
    private final Optional<FrontMatter> frontMatter;
    private final List<BodyNode> body;
    private final Optional<DigestKind> kind;
    private final List<Entry> entries;
    private final List<Directive> directives;
    private final int bodyStart;
    private final List<RawHtml> html;
    private final List<Span> code;
    private final Map<Function<Post, ?>, Object> derived = new HashMap<>();

    /**
     * @param path the post's path relative to the project, with forward slashes
     * @param source the post's text and line index
     * @param frontMatter the block at the top, when the post opens with {@code ---}
     * @param body the body's headings and top-level blocks in order
     * @param kind the digest kind that selects this post; empty for an ordinary post
     * @param entries the digest's entries; empty for an ordinary post
     * @param directives the inline comments that turn rules off
     * @param bodyStart the offset where the body starts, after the front matter
     * @param html the raw HTML in the body, in order
     * @param code where the body's code spans and code blocks are written, in order
     */
    public Post(String path, SourceText source, Optional<FrontMatter> frontMatter, List<BodyNode> body,
            Optional<DigestKind> kind, List<Entry> entries, List<Directive> directives, int bodyStart,
            List<RawHtml> html, List<Span> code) {
        this.path = path;
        this.source = source;
        this.frontMatter = frontMatter;
        this.body = List.copyOf(body);
        this.kind = kind;
        this.entries = List.copyOf(entries);
        this.directives = List.copyOf(directives);
        this.bodyStart = bodyStart;
        this.html = List.copyOf(html);
        this.code = List.copyOf(code);
    }

    public String path() {
        return path;
    }

    public SourceText source() {
        return source;
    }

    public Optional<FrontMatter> frontMatter() {
        return frontMatter;
    }

    public List<BodyNode> body() {
        return body;
    }

    public Optional<DigestKind> kind() {
        return kind;
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<Directive> directives() {
        return directives;
    }

    /** The offset where the body starts: past the front matter's closing line, or 0 without one. */
    public int bodyStart() {
        return bodyStart;
    }

    /** The raw HTML in the body, inline and in blocks of its own, in order. */
    public List<RawHtml> html() {
        return html;
    }

    /** Where the body's code spans and code blocks are written, in order: text the reader sees as written. */
    public List<Span> code() {
        return code;
    }

    /** Whether the offset is inside a code span or code block. */
    public boolean isCode(int offset) {
        int low = 0;
        int high = code.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Span span = code.get(middle);
            if (offset < span.start()) {
                high = middle - 1;
            } else if (offset >= span.end()) {
                low = middle + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /**
     * What a derivation works out from this post, worked out on first use only: several rules read
     * the same derived data (a digest's passages and their sentences), and it goes with the post.
     *
     * @param derivation a function kept in a constant, so that every rule that asks gets the same result
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> T derived(Function<Post, T> derivation) {
        Object known = derived.get(derivation);
        if (known == null) {
            known = derivation.apply(this);
            derived.put(derivation, known);
        }
        return (T) known;
    }

    /**
     * Whether the post is a draft: a file in a {@code _drafts} folder, which Jekyll publishes with
     * {@code --drafts} only and whose name carries no date.
     */
    public boolean isDraft() {
        return path.startsWith(DRAFTS + "/") || path.contains("/" + DRAFTS + "/");
    }

    /** The file name, the part Jekyll reads the date from. */
    public String fileName() {
        return fileName(path);
    }

    /** The last part of a post's path, before the post is parsed. */
    public static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public Optional<YamlMapping> data() {
        return frontMatter.flatMap(FrontMatter::data);
    }

    /** The body's top-level blocks, headings left out. */
    public List<Block> blocks() {
        return body.stream().filter(Block.class::isInstance).map(Block.class::cast).toList();
    }

    public List<Heading> headings() {
        return body.stream().filter(Heading.class::isInstance).map(Heading.class::cast).toList();
    }
}
