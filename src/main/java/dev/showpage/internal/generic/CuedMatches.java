package dev.showpage.internal.generic;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern on a text, one by one as {@link Matcher#find()} gives them, for a
 * pattern whose every match opens with one of some words: the pattern is tried only where one of
 * them stands. A pattern that opens with lookbehinds is otherwise tried, lookbehinds and all, at
 * every character ("the podcast ‘X’" cost a lookbehind of up to 27 characters at each). The matcher
 * looks through its region's bounds, so its lookbehinds read the text before the place tried as
 * {@code find} would.
 */
final class CuedMatches {

    private final Matcher matcher;

    /** The words the matches open with; null when they open the text, where it is tried alone. */
    private final CueWords openers;

    private final String text;

    /** Where the next match may open: after the last one. */
    private int from;

    CuedMatches(Pattern pattern, CueWords openers, String text) {
        this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        this.openers = openers;
        this.text = text;
    }

    /** The matcher, on the last match found. */
    Matcher matcher() {
        return matcher;
    }

    /** Whether there is a next match; the matcher then holds it. */
    boolean find() {
        if (openers == null) {
            return matcher.find();
        }
        for (int at = openers.indexIn(text, from); at >= 0; at = openers.indexIn(text, at + 1)) {
            matcher.region(at, text.length());
            if (matcher.lookingAt()) {
                from = Math.max(matcher.end(), at + 1);
                return true;
            }
        }
        from = text.length() + 1;
        return false;
    }
}
