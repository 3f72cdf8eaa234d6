package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.Set;

/**
 * The checks a line must pass to be read as the show's name by the shape that finds it over a
 * publisher's line. An episode's title may stand there too, whole or after a label ("Folge 12: Die
 * Fähre im Nebel" over "Ein Podcast von Radio Kai"): a name any episode's title holds is never the
 * show's.
 */
final class EpisodeTitleNames {

    private EpisodeTitleNames() {}

    /** Whether the text of an episode's title line holds {@code name}, in any case. */
    static boolean inAnyTitle(LineTable lines, Set<Integer> titles, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int title : titles) {
            if (title >= 0 && lines.text(title).toLowerCase(Locale.ROOT).contains(lower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether line {@code i} may be the show's name: a short line of a name's shape, no sentence,
     * no site chrome, and no episode's title nor part of one.
     */
    static boolean isShowLine(LineTable lines, int i, Set<Integer> titles) {
        return i >= 0
                && i < lines.size()
                && lines.isNote(i)
                && !titles.contains(i)
                && lines.isTitleLike(i)
                && !lines.isChrome(i)
                && !lines.endsSentence(i)
                && ShortNames.isOne(lines.text(i), ShowName.MAX_WORDS)
                && !inAnyTitle(lines, titles, lines.text(i));
    }
}
