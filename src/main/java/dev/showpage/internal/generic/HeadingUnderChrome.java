package dev.showpage.internal.generic;

import dev.showpage.internal.text.Names;
import java.util.List;
import java.util.Set;

/**
 * The show's name as the heading under the site's chrome at the top of a show's page, over its
 * description or its author's name ("Logo / Search / MetaPod / MetaPod looks at ...").
 */
final class HeadingUnderChrome {

    /** Words of a show's name at most. */
    private static final int MAX_WORDS = 6;

    private final LineTable lines;

    HeadingUnderChrome(LineTable lines) {
        this.lines = lines;
    }

    /**
     * The heading under the site's chrome at the top of the page, over a paragraph ("Logo / Search
     * / MetaPod / MetaPod looks at ...", "Cover / Harbour Lights / Each week ..."): a show's page
     * prints its name past the site's controls and the cover's label, then its description. Null
     * when a line other than chrome stands above it, when no chrome does, or when it is an
     * episode's title, or when the paragraph under it is the first episode's notes (it stands at or
     * after {@code limit}, the first episode's line).
     */
    String find(int limit, Set<Integer> titles) {
        int heading = lines.nextText(0);
        int chromeLines = 0;
        while (heading >= 0 && heading < limit && lines.isChrome(heading)) {
            chromeLines++;
            heading = lines.nextText(heading + 1);
        }
        if (heading < 0 || heading >= limit || titles.contains(heading)) {
            return null;
        }
        if (chromeLines == 0 && !titledBelow(heading, titles)) {
            // Without the site's chrome above it, the page's first line over a paragraph is the
            // show's only when the first episode's title stands further down, past chrome.
            return null;
        }
        int under = lines.nextText(heading + 1);
        boolean named =
                lines.isNote(heading)
                        && lines.isShort(heading)
                        && lines.isTitleLike(heading)
                        && !lines.endsSentence(heading)
                        && lines.words(heading) <= MAX_WORDS
                        && under >= 0
                        && under < limit
                        && lines.isNote(under)
                        && (lines.hasProseLength(under) || isAuthorOverListing(under));
        return named ? lines.text(heading) : null;
    }

    /**
     * Whether an episode's title stands below line {@code i} past a paragraph and the site's chrome
     * (the show's "subscribe" and "share" buttons): line {@code i} heads the show's part of the
     * page, not the episode's.
     */
    private boolean titledBelow(int i, Set<Integer> titles) {
        int under = lines.nextText(i + 1);
        for (int title : titles) {
            if (title > under && under > i && lines.hasParagraph(under, title)) {
                for (int c = under + 1; c < title; c++) {
                    if (!lines.isBlank(c) && lines.isChrome(c)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether line {@code i} is only a person's name ("Gregory Pouy") over the site's chrome (a
     * listing's heading: "Les plus récents", "All Episodes"): a show's page prints its author under
     * its name, as directories do. Two words in capitals may also be a site's name or a heading
     * ("Garden Diary"), so the chrome under them is needed.
     */
    private boolean isAuthorOverListing(int i) {
        if (!lines.isShort(i) || lines.words(i) > AUTHOR_MAX_WORDS || lines.isChrome(i)) {
            return false;
        }
        List<String> words = Names.words(lines.text(i));
        Names.Span person = Names.personAt(words, 0);
        if (person == null || person.from() != 0 || person.to() != words.size()) {
            return false;
        }
        int next = lines.nextText(i + 1);
        return next >= 0 && lines.isChrome(next);
    }

    /** Words of an author's name line at most. */
    private static final int AUTHOR_MAX_WORDS = 4;
}
