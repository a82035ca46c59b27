package io.github.digestlint.rules.blog;

import io.github.digestlint.rule.BlogReporter;
import io.github.digestlint.rule.BlogRule;
import io.github.digestlint.rule.Concern;
import io.github.digestlint.rule.PostSummary;
import io.github.digestlint.rule.PostSummary.EntryText;
import io.github.digestlint.rule.ProseFingerprint;
import io.github.digestlint.rule.RuleMetadata;
import io.github.digestlint.rule.Severity;
import io.github.digestlint.rules.shared.EnglishList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pipeline whose scrape or generation failed still writes its post: every entry then holds the
 * same text (a fragment of a web page, an apology, an error) instead of its paper's summary, in one
 * post and often in every post for weeks. The digest's contract is broken, so it is an error. Texts
 * are compared by {@link ProseFingerprint}, a few bytes per entry, so that one rule over the posts'
 * summaries finds the repeats within a post and across posts alike, and each place is one finding
 * that names the others. The same paper summarised twice in the same words is left to
 * {@code duplicate-entry} and {@code duplicate-paper}.
 */
public final class RepeatedSummaryRule implements BlogRule {

    private static final RuleMetadata METADATA = new RuleMetadata("repeated-summary",
            "An entry whose text is the same as another entry's, in its post or in another post, but for case,"
                    + " spacing, punctuation and numbers.", Severity.ERROR, false, Concern.ACROSS_POSTS);

    /** An entry's text in a post. */
    private record Place(PostSummary post, EntryText entry) {

        boolean samePaperAs(Place other) {
            return entry.paper().isPresent() && entry.paper().equals(other.entry.paper());
        }

        /** How a message names the entry: "entry 3", or by its line when it has no number. */
        String entryName() {
            return entry.number().isPresent() ? "entry " + entry.number().getAsInt()
                    : "the entry on line " + entry.position().line();
        }

        /** How a finding at {@code self} names this place: in another post, with that post's path and day. */
        String nameFrom(Place self) {
            return post == self.post ? entryName() : entryName() + " of " + PostNames.of(post);
        }
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(List<PostSummary> posts, BlogReporter reporter) {
        Map<Long, List<Place>> byText = new LinkedHashMap<>();
        for (PostSummary post : posts) {
            post.entryTexts().forEach(entry -> byText.computeIfAbsent(entry.fingerprint(), text -> new ArrayList<>())
                    .add(new Place(post, entry)));
        }
        for (List<Place> places : byText.values()) {
            if (places.size() > 1) {
                report(places, reporter);
            }
        }
    }

    /** Reports each place of one text that another paper's entry shares. */
    private static void report(List<Place> places, BlogReporter reporter) {
        Map<String, Integer> perPaper = new HashMap<>();
        Map<PostSummary, List<Place>> perPost = new IdentityHashMap<>();
        for (Place place : places) {
            place.entry().paper().ifPresent(paper -> perPaper.merge(paper, 1, Integer::sum));
            perPost.computeIfAbsent(place.post(), post -> new ArrayList<>()).add(place);
        }
        for (Place self : places) {
            // The others are every place but itself and those of its own paper.
            int others = places.size() - self.entry().paper().map(perPaper::get).orElse(1);
            if (others > 0) {
                List<String> named = named(self, perPost.get(self.post()), places);
                int unnamed = others - named.size();
                String list = unnamed == 0 ? EnglishList.join(named)
                        : String.join(", ", named) + " and " + unnamed + " more entr" + (unnamed == 1 ? "y" : "ies");
                reporter.report(self.post().path(), self.entry().position(), (self.entry().number().isPresent()
                        ? self.entryName() : "this entry") + " has the same text as " + list
                        + "; a failed generation or scrape repeats one text instead of summarising each paper, so"
                        + " write this entry's own summary");
            }
        }
    }

    /**
     * The first few other places, those in the same post first, so that a message costs the same
     * however many entries share the text. The places come by post, so the ones of the same post
     * that the second pass passes over are at most the post's entries.
     */
    private static List<String> named(Place self, List<Place> samePost, List<Place> all) {
        List<String> named = new ArrayList<>(OtherPosts.NAMED);
        for (List<Place> places : List.of(samePost, all)) {
            for (Place other : places) {
                if (named.size() == OtherPosts.NAMED) {
                    return named;
                }
                boolean inPass = places == samePost || other.post() != self.post();
                if (other != self && inPass && !other.samePaperAs(self)) {
                    named.add(other.nameFrom(self));
                }
            }
        }
        return named;
    }
}
