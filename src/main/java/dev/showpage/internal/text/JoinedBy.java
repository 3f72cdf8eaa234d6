package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import java.util.List;

/**
 * Whether a "by" closes the English phrase of being joined ("joined by", "joined today by", "joined
 * in the studio by"), after which {@link GuestIntroductions} reads the guest's name.
 */
final class JoinedBy {

    private JoinedBy() {}

    private static boolean joined(String raw) {
        return Vocabulary.coreIs(raw, "joined");
    }

    /** How many words of time and place may stand between "joined" and "by". */
    private static final int JOINED_REACH = 4;

    /**
     * "joined by", "joined today by", "joined in the studio by": "joined" a few words before the
     * "by" at {@code by}, in the same phrase.
     */
    static boolean joinedBefore(List<String> words, int by) {
        for (int k = by - 1; k >= 0 && k >= by - JOINED_REACH; k--) {
            if (k < by - 1 && endsPhrase(words.get(k))) {
                return false;
            }
            if (joined(words.get(k))) {
                return k == by - 1 || !endsPhrase(words.get(k));
            }
        }
        return false;
    }
}
