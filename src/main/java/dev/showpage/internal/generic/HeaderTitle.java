package dev.showpage.internal.generic;

/**
 * The title of a page that shows one episode, among the first lines of its header. A line that
 * opens with the episode's number ("#214: ...", "Episode 12: ...") is the title wherever it stands
 * among them, since an advertisement or a tagline may come first; an episode's number label alone
 * ("Buzzcast Episode 290", "Episode 13") stands next to its title, which is the line above it or,
 * with none, the line below; otherwise the title is the first line past the site's chrome, the
 * show's lines, a wordmark over another title line ("[north • shore • sounds]"), a listing's
 * heading over its lead and listing ("Episodes For A Long Drive") and a heading of one word in
 * capitals ("POPULARITY", "ÜBERSICHT") over them.
 */
final class HeaderTitle {

    /** Lines with text from the first of the header within which its title is looked for. */
    private static final int HEADER_LINES = 5;

    /** Words of the title of a page without a release line, at most. */
    private static final int TITLE_MAX_WORDS = 20;

    private final LineTable lines;
    private final ShowName showName;

    HeaderTitle(LineTable lines, ShowName showName) {
        this.lines = lines;
        this.showName = showName;
    }

    /**
     * The title's line at or after {@code from}, or -1; {@code show} is a short line the page
     * repeats (the show's name), or null.
     */
    int find(int from, String show) {
        int seen = 0;
        int previous = -1;
        int namedLabel = -1;
        for (int i = from; i >= 0 && seen < HEADER_LINES; i = lines.firstContentAfter(i)) {
            if (!lines.isChrome(i) && !isEmptyByline(i)) {
                // the site's buttons ("subscribe", "share") and a byline without its names are no
                // lines of the header
                seen++;
            }
            String text = lines.text(i);
            boolean isShort = lines.isShort(i);
            if (isShort
                    && EpisodeNumbers.opensWithEpisodeNumber(text)
                    && !DatedNumberLabel.isOne(text)
                    && isNumberedTitle(i)) {
                return i;
            }
            if (isShort && QuoteTitles.isOne(lines.lineTokens(i)) && lines.isTitleLike(i)) {
                // "Ana Lobo: “...”": the guest's name and words are an interview's title, as long
                // as the sentence quoted.
                return i;
            }
            if (isShort && TitleText.labelledTitle(text) != null && isTitle(i)) {
                return i; // "Episodio: Title" under the show's name: the field names the title
            }
            if (isShort && isNumberLabel(text)) {
                if (previous >= 0 && isTitle(previous)) {
                    return previous;
                }
                int next = lines.firstContentAfter(i);
                if (next >= 0 && !isSkipped(next, show) && isTitle(next)) {
                    return next;
                }
                if (namedLabel < 0 && isNamedElsewhere(i)) {
                    namedLabel = i;
                }
            }
            if (!isSkipped(i, show)) {
                previous = i;
            }
        }
        int title = from;
        while (title >= 0 && isSkipped(title, show)) {
            title = lines.firstContentAfter(title);
        }
        if (title >= 0 && isTitle(title)) {
            return title;
        }
        // "Harbour Talk Episode 39" with no title beside it: the show's name and the number are
        // the episode's title, when the page names the show elsewhere (its intro, its player).
        return namedLabel;
    }

    /**
     * Whether line {@code i} is a number label that opens with a name ("Harbour Talk Episode 39")
     * which another line of the page prints too: the words are then the show's name, not a
     * heading's.
     */
    private boolean isNamedElsewhere(int i) {
        String name = EpisodeNumbers.labelName(lines.text(i));
        if (name == null) {
            return false;
        }
        for (int k = 0; k < lines.size(); k++) {
            if (k != i && !lines.isBlank(k) && containsName(lines.text(k), name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds the name as whole words. */
    static boolean containsName(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line is the site's or the show's, and so passed over on the way to the title. */
    private boolean isSkipped(int i, String show) {
        String text = lines.text(i);
        boolean isShort = lines.isShort(i);
        return lines.isChrome(i)
                || isEmptyByline(i)
                || isShort && PlayerTimes.isAtZero(text)
                || isShort && Paywalls.isOne(text)
                || isShort && Breadcrumbs.isOne(text)
                || isShort && isNumberLabel(text)
                || isShort && TitleText.isPlaceholder(text)
                || isShort && Wordmarks.isOne(text) && isOverTitle(i)
                || TitleText.captionedName(text) != null
                || lines.isLabelOrStray(i)
                || lines.words(i) == 1 && TitleText.isCapitalsHeading(text)
                || showName.nameOn(i) != null
                || showName.isProseName(i)
                || showName.isShowPresentation(i)
                || text.equals(show)
                || show != null && isUnder(i, show) && Tagline.isTagline(lines, i);
    }

    /**
     * Whether the next line with content after line {@code i} may be the title: a wordmark is
     * passed over only on its way to another title line, never where it is the header's only one.
     */
    private boolean isOverTitle(int i) {
        int next = lines.firstContentAfter(i);
        return next >= 0 && isTitle(next);
    }

    /** Whether line {@code i} is a post's byline whose names the copy lost (see EmptyBylines). */
    private boolean isEmptyByline(int i) {
        return lines.isShort(i) && EmptyBylines.isOne(lines.text(i));
    }

    /**
     * Whether the text is only the episode's number, alone ("Episode 13") or with its date ("S01 /
     * E01 - 14 september 2023"): it stands beside the title, not in its place.
     */
    private static boolean isNumberLabel(String text) {
        return EpisodeNumbers.isEpisodeLabel(text) || DatedNumberLabel.isOne(text);
    }

    /** Whether the line with text just above line {@code i} prints {@code show}. */
    private boolean isUnder(int i, String show) {
        int above = lines.previousText(i - 1, -1);
        return above >= 0 && lines.text(above).equals(show);
    }

    /**
     * Whether line {@code i}, which opens with the episode's number, is the title: the number is
     * the evidence, so the title may be as long as a title line can be ("episode 24: a question of
     * thirty words?").
     */
    private boolean isNumberedTitle(int i) {
        return lines.isTitleLike(i) && !lines.endsSentence(i) && !lines.isChrome(i);
    }

    private boolean isTitle(int i) {
        return lines.isTitleLike(i)
                && lines.words(i) <= TITLE_MAX_WORDS
                && !lines.endsSentence(i)
                && !lines.isChrome(i);
    }
}
