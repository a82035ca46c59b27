package io.github.digestlint.rules.blog;

import io.github.digestlint.rules.shared.EnglishList;
import java.util.List;

/**
 * How a finding across posts names the other posts involved: the first few, then how many more.
 * A paper that a blog summarises in 2,000 posts is reported at each of them, so naming all the
 * others would make the output grow with the square of the repeats.
 */
final class OtherPosts {

    /** Enough to find the other posts from the message; the reports hold each of their findings. */
    static final int NAMED = 3;

    private OtherPosts() {
    }

    /**
     * Costs the same whatever the number of posts, so that naming them at each of their findings
     * costs no more than the findings.
     *
     * @param all the names of every post involved, each once, in the order to name them; {@code self}
     *     among them
     * @param self the name of the post the finding is on, which is left out
     * @return "a, b, c and 4 more posts", or empty when no other post is involved
     */
    static String describe(List<String> all, String self) {
        List<String> named = all.stream().filter(name -> !name.equals(self)).limit(NAMED).toList();
        int unnamed = all.size() - 1 - named.size();
        return unnamed <= 0 ? EnglishList.join(named)
                : String.join(", ", named) + " and " + unnamed + " more post" + (unnamed == 1 ? "" : "s");
    }
}
