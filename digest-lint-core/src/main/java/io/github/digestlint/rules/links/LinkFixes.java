package io.github.digestlint.rules.links;

import io.github.digestlint.model.Link;
import io.github.digestlint.source.SourceText;
import io.github.digestlint.source.TextEdit;
import java.util.List;

/** Repairs the link rules share. */
final class LinkFixes {

    private LinkFixes() {
    }

    /**
     * Replaces a link's destination with another URL, and nothing around it. There is no repair
     * when the destination's place is in doubt: when it is not written as the parser read it (it
     * holds escapes or entities, and its span is then the whole link), or when the link's text or
     * title repeats it and the span may point at the copy.
     */
    static List<TextEdit> replaceDestination(SourceText source, Link link, String url) {
        String written = source.slice(link.span());
        String destination = link.destination();
        boolean inPlace = source.slice(link.destinationSpan()).equals(destination)
                && written.indexOf(destination) == written.lastIndexOf(destination);
        return inPlace ? List.of(new TextEdit(link.destinationSpan(), url)) : List.of();
    }
}
