package io.github.digestlint.engine;

import io.github.digestlint.model.Block;
import io.github.digestlint.model.DigestKind;
import io.github.digestlint.model.Entry;
import io.github.digestlint.model.Post;
import io.github.digestlint.model.PostDates;
import io.github.digestlint.model.YamlScalar;
import io.github.digestlint.model.YamlSequence;
import io.github.digestlint.rule.PostSummary.EntryText;
import io.github.digestlint.rule.PostSummary.Located;
import io.github.digestlint.rule.PostSummary;
import io.github.digestlint.rule.ProseFingerprint;
import io.github.digestlint.source.Position;
import io.github.digestlint.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Reduces a parsed post to what the rules across posts read. */
final class Summaries {

    private Summaries() {
    }

    static PostSummary of(Post post) {
        SourceText source = post.source();
        Optional<YamlScalar> date = post.data().flatMap(data -> data.scalar("date"));
        Optional<Located> day = PostDates.day(post).map(value -> new Located(value,
                date.map(scalar -> source.position(scalar.span().start())).orElse(new Position(1, 1))));
        List<Located> papers = new ArrayList<>();
        List<EntryText> entryTexts = new ArrayList<>();
        for (Entry entry : post.entries()) {
            // One string per paper, which both lists share.
            Optional<String> paper = entry.paper().map(id -> id.withoutVersion().toString());
            paper.ifPresent(id -> papers.add(new Located(id,
                    source.position(entry.link().orElseThrow().destinationSpan().start()))));
            List<Block> prose = entry.prose();
            OptionalLong fingerprint = ProseFingerprint.of(prose.stream().map(Block::text).toList());
            if (fingerprint.isPresent()) {
                entryTexts.add(new EntryText(entry.number(), source.position(prose.get(0).textOffsets().offset(0)),
                        fingerprint.getAsLong(), paper));
            }
        }
        List<Located> tags = new ArrayList<>();
        post.data().flatMap(data -> data.get("tags")).filter(YamlSequence.class::isInstance)
                .map(YamlSequence.class::cast).ifPresent(sequence -> sequence.items().stream()
                        .filter(YamlScalar.class::isInstance).map(YamlScalar.class::cast)
                        .forEach(tag -> tags.add(new Located(tag.value(), source.position(tag.span().start())))));
        return new PostSummary(post.path(), post.kind().map(DigestKind::name), day, papers, tags,
                post.directives(), entryTexts);
    }
}
