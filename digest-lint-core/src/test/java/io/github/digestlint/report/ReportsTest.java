package io.github.digestlint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

    @TempDir
    Path temp;

    @Test
    void knowsFourFormatsByStableNames() {
        assertThat(Reports.names()).containsExactly("sarif", "checkstyle", "json", "html");
        assertThat(Reports.names()).extracting(name -> Reports.format(name).fileName())
                .containsExactly("digest-lint.sarif", "checkstyle-result.xml", "digest-lint.json", "index.html");
    }

    @Test
    void eachNameMakesTheFormatOfThatName() {
        assertThat(Reports.names()).allSatisfy(name -> assertThat(Reports.format(name).name()).isEqualTo(name));
    }

    @Test
    void findsAFormatWhateverTheCaseAndBlanksOfItsName() {
        assertThat(Reports.format(" SARIF ").name()).isEqualTo("sarif");
    }

    @Test
    void anUnknownNameIsAnErrorThatListsTheValidOnes() {
        assertThatThrownBy(() -> Reports.format("xml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown report format 'xml'; valid formats are sarif, checkstyle, json, html");
    }

    @Test
    void writesEachNamedFormatOnceIntoAFolderItCreates() throws Exception {
        Path folder = temp.resolve("target/digest-lint");

        List<Path> written = Reports.write(ReportFixtures.corpusReport(), List.of("html", "sarif", "html"), folder);

        assertThat(written).containsExactly(folder.resolve("index.html"), folder.resolve("digest-lint.sarif"));
        assertThat(written).allSatisfy(file -> assertThat(Files.size(file)).isPositive());
    }

    @Test
    void writesNothingWhenANameIsUnknown() {
        Path folder = temp.resolve("reports");

        assertThatThrownBy(() -> Reports.write(ReportFixtures.corpusReport(), List.of("json", "pdf"), folder))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'pdf'");
        assertThat(folder).doesNotExist();
    }

    @Test
    void theToolVersionIsTheBuildsVersion() {
        assertThat(ToolVersion.current()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
