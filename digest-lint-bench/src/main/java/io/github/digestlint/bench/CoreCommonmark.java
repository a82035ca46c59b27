package io.github.digestlint.bench;

import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * commonmark-java configured as the core's body parser is, with the source span of every block and
 * inline: the floor under any engine that parses with it, for the benchmarks that time it alone.
 */
final class CoreCommonmark {

    static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private CoreCommonmark() {
    }
}
