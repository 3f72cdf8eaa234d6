package dev.showpage.internal.generic;

import java.util.Set;

/**
 * The show's name as the page's opening lines give it: a short line at the top that the prose
 * greets listeners to, or a name quoted after "podcast" in the opening prose.
 */
final class OpeningProseNames {

    /** Words of a show's name at most. */
    private static final int MAX_WORDS = 6;

    /** Lines with text from the page's top within which its opening prose is read. */
    private static final int OPENING_LINES = 12;

    private final LineTable lines;

    OpeningProseNames(LineTable lines) {
        this.lines = lines;
    }

    /**
     * A short line at the page's top that the page's prose greets listeners to, in any case
     * ("Harbour Talk" under the title, "welcome to the harbour talk podcast" in the transcript
     * below), or null. Episode titles are passed over.
     */
    String headerLineGreeted(Set<Integer> titles) {
        int seen = 0;
        for (int i = lines.nextText(0); i >= 0 && seen < OPENING_LINES; i = lines.nextText(i + 1)) {
            seen++;
            if (titles.contains(i)
                    || !lines.isTitleLike(i)
                    || lines.isChrome(i)
                    || lines.words(i) > MAX_WORDS
                    || lines.words(i) < 2 // one word greeted in lower case is a word of prose
                    || lines.endsSentence(i)) {
                continue;
            }
            String candidate = lines.text(i);
            for (int p = 0; p < lines.size() && p < HeaderLines.PROSE_LINES; p++) {
                if (p != i
                        && lines.isNote(p)
                        && lines.hasProseLength(p)
                        && ShowPhrases.greetsInAnyCase(lines.text(p), candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /**
     * The show's name quoted after "podcast" in the page's opening prose ("Per il podcast «X» è
     * stato ...", see {@link QuotedShowSuffix#inSentence}), or null.
     */
    String quotedName() {
        int seen = 0;
        for (int i = lines.nextText(0); i >= 0 && seen < OPENING_LINES; i = lines.nextText(i + 1)) {
            seen++;
            if (lines.isNote(i) && lines.hasProseLength(i)) {
                String name = QuotedShowSuffix.inSentence(lines.text(i));
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }
}
