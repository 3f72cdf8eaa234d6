package dev.showpage.internal.generic;

import java.util.Locale;

/**
 * The lines that name a show in one of the shapes sites print a show's name in: "X - A podcast by
 * Y", "X – Episode #520", a short line ending in "Podcast", a "Podcast" label over a headline, or
 * "X Podcast Jane Doe".
 */
final class ShapedShowLines {

    /** What stands between the show's name and an episode's number, lower case. */
    private static final String[] EPISODE_DASHES = {
        " - episode ", " \u2013 episode ", " \u2014 episode "
    };

    private final LineTable lines;

    ShapedShowLines(LineTable lines) {
        this.lines = lines;
    }

    /** The show's name when line {@code i} is one of the shapes that name a show, else null. */
    String nameOn(int i) {
        String text = lines.text(i);
        if (CallsToAction.isOne(text) || ListenOnLists.isListed(lines, i)) {
            return null; // "Follow Our Podcast"; "Podcast Addict" in a list of apps
        }
        if (Bylines.name(text) != null) {
            // "di Redazione Podcast", "By Harbour Radio Podcast": who wrote the page, never the
            // show, whatever the name ends in.
            return null;
        }
        ShowPublisherSuffix.Names names = ShowPublisherSuffix.on(lines, i);
        if (names != null) {
            return names.show();
        }
        // Positions in the lower-case text are the text's only where lower-casing kept its length.
        String lower = text.toLowerCase(Locale.ROOT);
        for (String dash : lower.length() == text.length() ? EPISODE_DASHES : new String[0]) {
            int at = lower.lastIndexOf(dash);
            if (at > 0 && lower.indexOf(' ', at + dash.length()) < 0 && isShortName(text, at)) {
                return text.substring(0, at);
            }
        }
        if (lines.words(i) <= ShowName.MAX_WORDS
                && ShowName.endsInPodcast(text)
                && TitleText.undecorated(text).equals(text)) {
            // printed bare: "• Podcast" under "Home" is a menu's item, and "▶ Podcast X" a label
            // over a headline, read below
            return text;
        }
        if (lines.words(i) <= ShowName.MAX_WORDS + 2 && headlineUnder(i)) {
            String labelled = PodcastLabelLine.name(text); // "🎧 Podcast Harbour Nights"
            if (labelled == null) {
                labelled = PodcastLabelLine.nameBeforeLabel(text); // "Harbour Nights PODCAST"
            }
            if (labelled != null) {
                return labelled;
            }
        }
        // "Perpetual Chess Podcast Ben Johnson": the name, then its publisher's.
        int podcast = text.indexOf(" Podcast ");
        if (podcast > 0
                && lines.words(i) <= ShowName.MAX_WORDS + 3
                && Bylines.isName(text.substring(podcast + " Podcast ".length()))) {
            return text.substring(0, podcast + " Podcast".length());
        }
        return null;
    }

    /**
     * Whether a headline stands under line {@code i}, a line that is not a paragraph of prose (of a
     * paragraph's length and closed by a sentence's stop): a "Podcast" label line is a kicker over
     * the episode's headline only so. Over prose it is the headline itself, as blogs title a post
     * ("Podcast: Why the river runs dry").
     */
    private boolean headlineUnder(int i) {
        int next = lines.nextText(i + 1);
        if (next < 0) {
            return false;
        }
        String text = lines.text(next);
        boolean closed = !text.isEmpty() && ".!?…".indexOf(text.charAt(text.length() - 1)) >= 0;
        return !(lines.hasProseLength(next) && closed);
    }

    /**
     * Whether the text before {@code end} may be a show's name: a few words, no question or
     * sentence ("Go Time – Episode #300", not "Is email dead? – Episode 263").
     */
    private static boolean isShortName(String text, int end) {
        String name = text.substring(0, end);
        char last = name.charAt(name.length() - 1);
        return last != '?'
                && last != '!'
                && last != '.'
                && name.split(" ").length <= ShowName.MAX_WORDS;
    }
}
