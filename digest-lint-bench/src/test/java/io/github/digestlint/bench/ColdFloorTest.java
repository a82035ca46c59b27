package io.github.digestlint.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.digestlint.bench.ColdFloor.Totals;
import io.github.digestlint.bench.ColdFloor.Work;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColdFloorTest {

    private static final String HEADING_AND_PARAGRAPH = "# 1. A paper\n\n요약 문장입니다.\n";
    private static final String ONE_LIST = "- one\n- two\n";
    private static final String QUOTE_AND_CODE = "> [Alphaxiv](https://www.alphaxiv.org/ko/overview/1501.00001)\n\n"
            + "```\ncode\n```\n";

    @TempDir
    Path blog;

    private Path first;
    private Path second;
    private Path third;

    @BeforeEach
    void writeBlog() throws IOException {
        first = write("2015-01-01-daily-papers.md", HEADING_AND_PARAGRAPH);
        second = write("2015/2015-01-02-daily-papers.MD", ONE_LIST);
        third = write("2015-01-03-daily-papers.markdown", QUOTE_AND_CODE);
        write("notes.txt", "not a post");
        Files.createDirectories(blog.resolve("a folder.md"));
    }

    @Test
    void postsAreTheFilesJekyllRendersAsMarkdownInAnySubfolderAndAnyCase() throws IOException {
        assertThat(ColdFloor.posts(blog)).containsExactly(first, third, second);
    }

    @Test
    void readParseCountsEveryPostItsBytesAndTheTopLevelBlocksCommonmarkMakes() throws InterruptedException {
        Totals totals = ColdFloor.run(List.of(first, second, third), Work.READ_PARSE, 2);

        assertThat(totals.posts()).isEqualTo(3);
        assertThat(totals.bytes()).isEqualTo(utf8Bytes(HEADING_AND_PARAGRAPH, ONE_LIST, QUOTE_AND_CODE));
        assertThat(totals.units()).as("heading, paragraph; list; quote, code block").isEqualTo(5);
        assertThat(totals.failures()).isEmpty();
    }

    @Test
    void readCountsTheCharsDecodedNotTheBytes() throws InterruptedException {
        Totals totals = ColdFloor.run(List.of(first), Work.READ, 1);

        assertThat(totals.bytes()).isEqualTo(utf8Bytes(HEADING_AND_PARAGRAPH));
        assertThat(totals.units()).isEqualTo(HEADING_AND_PARAGRAPH.length()).isLessThan(totals.bytes());
    }

    @Test
    void moreThreadsThanPostsReadEachPostOnce() throws InterruptedException {
        Totals totals = ColdFloor.run(List.of(first, second), Work.READ, 4);

        assertThat(totals.posts()).isEqualTo(2);
        assertThat(totals.bytes()).isEqualTo(utf8Bytes(HEADING_AND_PARAGRAPH, ONE_LIST));
    }

    @Test
    void aPostThatCannotBeReadIsReportedAndTheOthersAreStillRead() throws InterruptedException {
        Path gone = blog.resolve("2015-01-04-daily-papers.md");

        Totals totals = ColdFloor.run(List.of(first, gone, third), Work.READ_PARSE, 1);

        assertThat(totals.posts()).isEqualTo(2);
        assertThat(totals.bytes()).isEqualTo(utf8Bytes(HEADING_AND_PARAGRAPH, QUOTE_AND_CODE));
        assertThat(totals.failures()).containsExactly(gone + ": the file disappeared while it was being checked");
    }

    @Test
    void anUnknownModeNamesTheModesThereAre() {
        assertThatThrownBy(() -> Work.byLabel("parse"))
                .hasMessage("unknown mode 'parse'; expected read or read-parse");
    }

    private Path write(String name, String text) throws IOException {
        Path file = blog.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static long utf8Bytes(String... texts) {
        long bytes = 0;
        for (String text : texts) {
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        return bytes;
    }
}
