package io.github.digestlint.parse;

import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.Entry;
import io.github.digestlint.model.FrontMatter;
import io.github.digestlint.model.Post;
import io.github.digestlint.model.PostDates;
import io.github.digestlint.model.YamlScalar;
import io.github.digestlint.source.SourceText;
import java.util.List;
import java.util.Optional;

/** Parses a post once into the model that every rule reads. Thread-safe. */
public final class PostParser {

    private final List<DigestKind> kinds;
    private final FrontMatterParser frontMatterParser;

    public PostParser(List<DigestKind> kinds, ParseLimits limits) {
        this.kinds = List.copyOf(kinds);
        this.frontMatterParser = new FrontMatterParser(limits);
    }

    /**
     * @param path the post's path relative to the project, with forward slashes
     */
    public Post parse(String path, SourceText source) {
        Optional<FrontMatter> frontMatter = frontMatterParser.parse(source);
        // Jekyll renders a post whose front matter is never closed as plain content.
        int bodyOffset = frontMatter.flatMap(FrontMatter::closing)
                .map(closing -> closing.end() == source.length() ? closing.end()
                        : source.lineStart(source.lineOf(closing.end()) + 1))
                .orElse(0);
        BodyParser.Parsed body = BodyParser.parse(source, bodyOffset);
        Optional<String> title = frontMatter.flatMap(block -> block.scalar("title")).map(YamlScalar::value);
        Optional<String> day = PostDates.day(frontMatter.flatMap(FrontMatter::data), path);
        Optional<DigestKind> kind = kinds.stream().filter(candidate -> candidate.selects(path, title, day))
                .findFirst();
        List<Entry> entries = kind.map(selected -> new DigestParser(selected, source).entries(body.nodes()))
                .orElse(List.of());
        return new Post(path, source, frontMatter, body.nodes(), kind, entries, DirectiveParser.parse(source),
                bodyOffset, body.html(), body.code());
    }
}
