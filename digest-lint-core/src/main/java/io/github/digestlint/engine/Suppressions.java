package io.github.digestlint.engine;

import io.github.digestlint.model.Directive;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides from a post's inline directives whether a finding of a rule on a line is turned off.
 * Each rule's directives are read once into a timeline, so that a post with many directives and
 * many findings costs their sum, not their product. One per post, used by one thread.
 */
final class Suppressions {

    /**
     * What the directives say about one rule.
     *
     * @param offInFile whether a {@code disable-file} names it
     * @param offLines the lines a {@code disable-next-line} turns it off on
     * @param switchLines the lines of the {@code disable} and {@code enable} comments that name it, in order
     * @param offFrom for each of those, whether the rule is off from that line on
     */
    private record Timeline(boolean offInFile, Set<Integer> offLines, int[] switchLines, boolean[] offFrom) {

        boolean isOff(int line) {
            if (offInFile || offLines.contains(line)) {
                return true;
            }
            // The last switch at or before the line decides; a comment applies on its own line too.
            int low = 0;
            int high = switchLines.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (switchLines[middle] <= line) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low > 0 && offFrom[low - 1];
        }
    }

    private final List<Directive> directives;
    private final Map<String, Timeline> timelines = new HashMap<>();

    Suppressions(List<Directive> directives) {
        this.directives = directives.stream().filter(directive -> directive.action().isPresent()).toList();
    }

    boolean suppresses(String ruleId, int line) {
        return timelines.computeIfAbsent(ruleId, this::timeline).isOff(line);
    }

    /** Directives come in the order they are written, so their lines never decrease. */
    private Timeline timeline(String ruleId) {
        boolean offInFile = false;
        Set<Integer> offLines = new HashSet<>();
        List<Directive> switches = new ArrayList<>();
        for (Directive directive : directives) {
            if (!directive.covers(ruleId)) {
                continue;
            }
            switch (directive.action().orElseThrow()) {
                case DISABLE_FILE -> offInFile = true;
                case DISABLE_NEXT_LINE -> offLines.add(directive.line() + 1);
                case DISABLE, ENABLE -> switches.add(directive);
            }
        }
        int[] switchLines = new int[switches.size()];
        boolean[] offFrom = new boolean[switches.size()];
        for (int i = 0; i < switches.size(); i++) {
            switchLines[i] = switches.get(i).line();
            offFrom[i] = switches.get(i).action().orElseThrow() == Directive.Action.DISABLE;
        }
        return new Timeline(offInFile, offLines, switchLines, offFrom);
    }
}
