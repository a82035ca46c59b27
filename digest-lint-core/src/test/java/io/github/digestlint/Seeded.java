package io.github.digestlint;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestInfo;

/**
 * Property tests on plain JUnit: every case is drawn from a seed, so that a failure can be replayed,
 * and is built from a list of choices, so that a failing case can be cut down to the fewest.
 *
 * <p>The build runs a fixed list of seeds, so that it passes or fails the same way every time. For a
 * long run, {@code -Dfuzz.tries=N} draws N fresh random seeds for each property instead, and
 * {@code -Dfuzz.seed=S} replays the one seed that a failure printed.
 */
public final class Seeded {

    /** Enough to cut a failing post down to a few choices, few enough to end within a minute. */
    private static final int MAX_SHRINK_RUNS = 2_000;

    /** A property of an input: it returns when the input has it, and throws when not. */
    @FunctionalInterface
    public interface Property<T> {
        void check(T input) throws Exception;
    }

    /**
     * An input and the choices it is built from. Fewer choices, or simpler ones, must build a smaller
     * input; {@code simpler} offers smaller versions of one choice, such as its numbers halved.
     */
    public record Drawn<C, T>(List<C> choices, Function<List<C>, T> build, Function<C, List<C>> simpler) {

        public Drawn(List<C> choices, Function<List<C>, T> build) {
            this(choices, build, choice -> List.of());
        }

        public Drawn {
            choices = List.copyOf(choices);
        }

        public T value() {
            return build.apply(choices);
        }

        Drawn<C, T> with(List<C> others) {
            return new Drawn<>(others, build, simpler);
        }
    }

    private Seeded() {
    }

    /**
     * One test per seed, each checking the property on the input drawn from its seed. The seeds are
     * the test method's own, so that two properties over the same inputs still see different ones.
     */
    public static <C, T> Stream<DynamicTest> forAll(TestInfo test, int tries,
            Function<SplittableRandom, Drawn<C, T>> draw, Property<T> property) {
        // A property that fails for many seeds is cut down once; the other failures just name their seed.
        AtomicBoolean shrunk = new AtomicBoolean();
        return seeds(test.getTestMethod().orElseThrow().getName(), tries).mapToObj(seed -> DynamicTest.dynamicTest(
                "seed " + seed, () -> check(seed, draw.apply(new SplittableRandom(seed)), property, shrunk)));
    }

    static LongStream seeds(String name, int tries) {
        String replay = System.getProperty("fuzz.seed");
        String fresh = System.getProperty("fuzz.tries");
        if (replay != null) {
            return LongStream.of(Long.parseLong(replay));
        } else if (fresh != null) {
            return new SplittableRandom().longs(Integer.parseInt(fresh));
        }
        long base = name.hashCode();
        return LongStream.range(base, base + tries);
    }

    private static <C, T> void check(long seed, Drawn<C, T> drawn, Property<T> property, AtomicBoolean shrunk) {
        Throwable failure = failure(property, drawn.value());
        if (failure == null) {
            return;
        }
        String replay = "seed " + seed + " (replay with -Dfuzz.seed=" + seed + ") fails";
        if (shrunk.getAndSet(true)) {
            throw new AssertionError(printable(replay + ", not cut down, as another seed's failure was: "
                    + failure.getMessage()), failure);
        }
        Drawn<C, T> smallest = shrink(drawn, property);
        Throwable again = failure(property, smallest.value());
        throw new AssertionError(printable(replay + ", cut down from " + drawn.choices().size() + " choices to "
                + smallest.choices().size() + ": " + smallest.choices() + "\nthe smallest failing input: "
                + smallest.value() + "\nfails with: "
                + (again == null ? "nothing, when run again: the property is not deterministic" : again.getMessage())
                + "\nthe original input failed with: " + failure.getMessage()), failure);
    }

    /**
     * Greedily: removes runs of choices, halving their length down to one choice at a time, then
     * tries each choice's simpler versions, and starts again while any of that still fails.
     */
    static <C, T> Drawn<C, T> shrink(Drawn<C, T> failing, Property<T> property) {
        Drawn<C, T> smallest = failing;
        int runs = 0;
        boolean progress = true;
        while (progress && runs < MAX_SHRINK_RUNS) {
            progress = false;
            for (int length = Math.max(1, smallest.choices().size() / 2); length >= 1; length /= 2) {
                for (int from = 0; from + length <= smallest.choices().size() && runs < MAX_SHRINK_RUNS; runs++) {
                    Drawn<C, T> fewer = smallest.with(without(smallest.choices(), from, length));
                    if (failure(property, fewer.value()) != null) {
                        smallest = fewer;
                        progress = true;
                    } else {
                        from += length;
                    }
                }
            }
            for (int i = 0; i < smallest.choices().size() && runs < MAX_SHRINK_RUNS; i++) {
                for (C simpler : smallest.simpler().apply(smallest.choices().get(i))) {
                    Drawn<C, T> candidate = smallest.with(replaced(smallest.choices(), i, simpler));
                    runs++;
                    if (failure(property, candidate.value()) != null) {
                        smallest = candidate;
                        progress = true;
                        break;
                    }
                }
            }
        }
        return smallest;
    }

    private static <T> Throwable failure(Property<T> property, T input) {
        try {
            property.check(input);
            return null;
        } catch (Exception | AssertionError e) {
            return e;
        }
    }

    /**
     * Lone surrogates and control chars escaped as {@code \\uXXXX}: a report truncates a message at the
     * first char it cannot encode, which would cut off the input that a property test is about.
     */
    static String printable(String message) {
        StringBuilder printable = new StringBuilder(message.length());
        message.codePoints().forEach(c -> {
            boolean loneSurrogate = c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
            if (loneSurrogate || Character.isISOControl(c) && c != '\n' && c != '\t') {
                printable.append(String.format("\\u%04X", c));
            } else {
                printable.appendCodePoint(c);
            }
        });
        return printable.toString();
    }

    private static <C> List<C> without(List<C> choices, int from, int length) {
        List<C> fewer = new ArrayList<>(choices.subList(0, from));
        fewer.addAll(choices.subList(from + length, choices.size()));
        return fewer;
    }

    private static <C> List<C> replaced(List<C> choices, int index, C choice) {
        List<C> changed = new ArrayList<>(choices);
        changed.set(index, choice);
        return changed;
    }

    /** One of the values, each as likely. */
    public static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Between {@code min} and {@code max} elements, inclusive, any number as likely. */
    public static <T> List<T> listOf(SplittableRandom random, int min, int max, Supplier<T> element) {
        return IntStream.range(0, random.nextInt(min, max + 1)).mapToObj(i -> element.get()).toList();
    }
}
