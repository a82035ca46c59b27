package io.github.digestlint.engine;

import io.github.digestlint.model.Directive;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Decides from a post's inline directives whether a finding of a rule on a line is turned off. */
final class Suppressions {

    private final List<Directive> directives;

    Suppressions(List<Directive> directives) {
        this.directives = directives.stream().filter(directive -> directive.action().isPresent()).toList();
    }

    boolean suppresses(String ruleId, int line) {
        boolean allOff = false;
        Set<String> off = new HashSet<>();
        Set<String> onWhileAllOff = new HashSet<>();
        for (Directive directive : directives) {
            Directive.Action action = directive.action().orElseThrow();
            if (action == Directive.Action.DISABLE_FILE && directive.covers(ruleId)) {
                return true;
            }
            if (action == Directive.Action.DISABLE_NEXT_LINE && directive.line() + 1 == line
                    && directive.covers(ruleId)) {
                return true;
            }
            if (directive.line() > line) {
                continue;
            }
            if (action == Directive.Action.DISABLE && directive.ruleIds().isEmpty()) {
                allOff = true;
                onWhileAllOff.clear();
            } else if (action == Directive.Action.DISABLE) {
                off.addAll(directive.ruleIds());
                onWhileAllOff.removeAll(directive.ruleIds());
            } else if (action == Directive.Action.ENABLE && directive.ruleIds().isEmpty()) {
                allOff = false;
                off.clear();
            } else if (action == Directive.Action.ENABLE) {
                off.removeAll(directive.ruleIds());
                onWhileAllOff.addAll(directive.ruleIds());
            }
        }
        return off.contains(ruleId) || (allOff && !onWhileAllOff.contains(ruleId));
    }
}
