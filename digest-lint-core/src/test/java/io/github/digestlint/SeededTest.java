package io.github.digestlint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.digestlint.Seeded.Drawn;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class SeededTest {

    private static final Seeded.Property<List<Integer>> HAS_NO_SEVEN = digits -> assertThat(digits).doesNotContain(7);

    @Test
    void cutsAFailingInputDownToTheOneChoiceThatMakesItFail() {
        Drawn<Integer, List<Integer>> digits = new Drawn<>(List.of(3, 1, 4, 1, 5, 9, 2, 6, 7, 3, 5, 8, 7, 9),
                choices -> choices);

        assertThat(Seeded.shrink(digits, HAS_NO_SEVEN).choices()).containsExactly(7);
    }

    @Test
    void makesAChoiceSimplerWhileTheInputStillFails() {
        Drawn<Integer, Integer> sum = new Drawn<>(List.of(40, 250, 13),
                choices -> choices.stream().mapToInt(Integer::intValue).sum(),
                number -> number > 0 ? List.of(number / 2, number - 1) : List.of());

        assertThat(Seeded.shrink(sum, total -> assertThat(total).isLessThan(100)).choices()).containsExactly(100);
    }

    @Test
    void keepsAnInputThatFailsOnlyWithAllItsChoices() {
        Drawn<Integer, List<Integer>> digits = new Drawn<>(List.of(1, 2, 3), choices -> choices);

        assertThat(Seeded.shrink(digits, choices -> assertThat(choices).hasSizeLessThan(3)).choices())
                .containsExactly(1, 2, 3);
    }

    @Test
    void aFailureNamesItsSeedAndTheSmallestInputThatStillFails(TestInfo test) {
        List<Throwable> failures = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (DynamicTest each : Seeded.forAll(test, 20, SeededTest::digits, HAS_NO_SEVEN).toList()) {
            Throwable failure = catchThrowable(() -> each.getExecutable().execute());
            if (failure != null) {
                failures.add(failure);
                names.add(each.getDisplayName());
            }
        }

        assertThat(failures).hasSizeGreaterThan(1);
        String seed = names.get(0).substring("seed ".length());
        assertThat(failures.get(0))
                .hasMessageStartingWith("seed " + seed + " (replay with -Dfuzz.seed=" + seed + ") fails, cut down from")
                .hasMessageContaining("choices to 1: [7]\nthe smallest failing input: [7]\nfails with: ")
                .hasMessageContaining("\nthe original input failed with: ")
                .cause().hasMessageContaining("not to contain");
        assertThat(failures.get(1)).hasMessageContaining("not cut down");
    }

    @Test
    void escapesWhatAReportCouldNotPrint() {
        assertThat(Seeded.printable("a\uD83D\r\n\t😀\0")).isEqualTo("a\\uD83D\\u000D\n\t😀\\u0000");
    }

    @Test
    void theBuildRunsTheSameSeedsEveryTime(TestInfo test) {
        assumeTrue(System.getProperty("fuzz.tries") == null && System.getProperty("fuzz.seed") == null,
                "-Dfuzz.tries and -Dfuzz.seed choose other seeds");
        long base = "theBuildRunsTheSameSeedsEveryTime".hashCode();

        assertThat(Seeded.forAll(test, 3, SeededTest::digits, HAS_NO_SEVEN).map(DynamicTest::getDisplayName))
                .containsExactly("seed " + base, "seed " + (base + 1), "seed " + (base + 2));
    }

    private static Drawn<Integer, List<Integer>> digits(SplittableRandom random) {
        return new Drawn<>(Seeded.listOf(random, 0, 20, () -> random.nextInt(10)), choices -> choices);
    }
}
