package io.github.digestlint.maven;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;

/**
 * What the modules of one build have done so far. A module without posts is skipped, but a build in
 * which every module was skipped checked nothing, and must say so. Modules may run in parallel
 * ({@code -T}), each with a copy of the session; the request is the one object they share.
 */
final class Reactor {

    private static final Map<MavenExecutionRequest, Progress> BUILDS = Collections.synchronizedMap(new WeakHashMap<>());

    private Reactor() {
    }

    /** Whether the build has several modules, whose logs must be told apart. */
    static boolean isReactor(MavenSession session) {
        return session.getProjects().size() > 1;
    }

    /** Records a module whose posts are checked. */
    static void checked(MavenSession session) {
        progress(session).checked();
    }

    /** Records a module without posts; true when it is the last module and no module had posts. */
    static boolean skippedAsLast(MavenSession session) {
        return progress(session).skippedAsLast(session.getProjects().size());
    }

    private static Progress progress(MavenSession session) {
        return BUILDS.computeIfAbsent(session.getRequest(), request -> new Progress());
    }

    private static final class Progress {
        private int checked;
        private int skipped;

        synchronized void checked() {
            checked++;
        }

        synchronized boolean skippedAsLast(int modules) {
            skipped++;
            return checked == 0 && skipped == modules;
        }
    }
}
