package io.github.digestlint.model;

import io.github.digestlint.source.SourceText;
import java.util.List;
import java.util.Optional;

/**
 * A post parsed once for every rule.
 *
 * @param path the post's path relative to the project, with forward slashes
 * @param source the post's text and line index
 * @param frontMatter the block at the top, when the post opens with {@code ---}
 * @param body the body's headings and top-level blocks in order
 * @param kind the digest kind that selects this post; empty for an ordinary post
 * @param entries the digest's entries; empty for an ordinary post
 * @param directives the inline comments that turn rules off
 */
public record Post(String path, SourceText source, Optional<FrontMatter> frontMatter, List<BodyNode> body,
        Optional<DigestKind> kind, List<Entry> entries, List<Directive> directives) {

    public Post {
        body = List.copyOf(body);
        entries = List.copyOf(entries);
        directives = List.copyOf(directives);
    }

    /** The file name, the part Jekyll reads the date from. */
    public String fileName() {
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
