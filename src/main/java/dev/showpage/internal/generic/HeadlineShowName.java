package dev.showpage.internal.generic;

import dev.showpage.internal.text.Names;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The show a preview of one edition names at the head of its headline, in the shapes TV and radio
 * pages print: the quoted show and a colon before the edition's guests ("“Harbour Nights”: these
 * are tonight's guests", "«La Mesa» : les invités de la semaine"), the show and its channel in
 * brackets before a colon and its guests ("La Mesa (Canal 9) : les invités de samedi"), or the
 * quoted show, its season and its episode ("“Harbour Nights”, season 2, episode 5."). A headline
 * that opens with a quotation and a colon is as often someone's words, a film's or a book's title
 * ("“Never again”: the mayor speaks", "“Sea Glass”: watch it tonight"), so the colon's shapes are
 * taken only when the rest of the headline speaks of the edition's guests, not of one guest nor of
 * someone's guests, and names no kind of work. A channel, a bare "Name Number" or an acronym (a
 * channel's shape), a name opening with when ("Ce soir dans X") and only a word for a programme are
 * never a show; a name in a person's shape before brackets is a person's evening.
 */
final class HeadlineShowName {

    /** The page's first lines with text, where a news item prints its headline. */
    private static final int FIRST_LINES = 4;

    /** A date and a clock time a news site prints before its headline ("02.11.2025, 21:40"). */
    private static final String STAMP =
            "(?:\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4},?\\s+(?:\\d{1,2}[:.h]\\d{2}\\s+)?)?";

    /** A name between double quotes of any language, or curly single ones. */
    private static final String QUOTED =
            "(?:[\u201C\u201E\u00AB\"]\\s?([^\u201C\u201D\u201E\u00AB\u00BB\"\\n]{1,60}?)\\s?"
                    + "[\u201D\u201C\u00BB\"]|[\u2018\u201A]([^\u2018\u2019\\n]{1,60}?)\u2019)";

    /** A quoted name at the head of a headline, then a colon and the rest of the headline. */
    private static final Pattern QUOTED_COLON =
            Pattern.compile("^" + STAMP + QUOTED + "\\s?:\\s+(.+)$");

    /**
     * A name at the head of a headline, its channel in brackets, then a colon: "La Mesa (Canal 9) :
     * ...". The name holds no bracket nor colon of its own.
     */
    private static final Pattern CHANNEL_COLON =
            Pattern.compile(
                    "^"
                            + STAMP
                            + "([\\p{Lu}\\p{N}][^():\\n]{0,60}?)"
                            + "\\s\\(([^()\\n]{1,20})\\)\\s?:\\s+(.+)$");

    /**
     * Words for a season and an episode in the seven languages, lower case: "“X”, season 1, episode
     * 3." numbers an edition of the show X.
     */
    private static final String SEASONS =
            "season|saison|staffel|temporada|stagione|seizoen|series|serie";

    private static final String EPISODES =
            "episode|épisode|folge|episodio|puntata|episódio|aflevering|afl\\.";

    /**
     * A quoted name at the head of a headline, then its season and episode. Only quoted: a bare
     * word before them is as often a label's ("Recap, season 2, episode 5").
     */
    private static final Pattern SEASON_EPISODE =
            Pattern.compile(
                    "^"
                            + STAMP
                            + QUOTED
                            + "\\s?,\\s+(?iu:"
                            + SEASONS
                            + ")\\s+\\d{1,3}\\s?,\\s+(?iu:"
                            + EPISODES
                            + ")\\s+\\d{1,4}(?!\\d)");

    /**
     * Words for an edition's guests in the seven languages, lower case and plural ("guests",
     * "Gäste", "invités", "invitados", "ospiti", "convidados", "gasten"): what a preview's headline
     * announces after the show's name. One guest ("invitée ce soir", "guest Mara Quill") makes the
     * name before the colon the guest's or an episode's; a bare evening ("tonight", "heute") is a
     * film's, a match's or a reading's as often.
     */
    private static final String GUEST_WORDS =
            "guests|gäste|gästen|invité(?:e)?s|invitad[oa]s|ospiti|convidad[oa]s|gasten";

    private static final Pattern GUESTS =
            Pattern.compile("(?iu)(?<!\\p{L})(?:" + GUEST_WORDS + ")(?!\\p{L})");

    /**
     * A possessive of a person before the guests in the seven languages ("ses invités", "seine
     * Gäste", "sus invitados", "i suoi ospiti", "os seus convidados", "haar gasten", "her guests"):
     * the name before the colon is a host's, whose evening it is.
     */
    private static final Pattern PERSONS_GUESTS =
            Pattern.compile(
                    "(?iu)(?<!\\p{L})(?:his|her|ses|seine[nm]?|ihre[nm]?|sus|suoi|sue|seus|suas"
                            + "|haar|zijn)\\s+(?:"
                            + GUEST_WORDS
                            + ")(?!\\p{L})");

    /**
     * A channel's shape in brackets: a short name with a digit or a plus ("France 2", "Canal+",
     * "NPO 1") or one opening with a station's first word ({@link ArticlePhrases#STATION}). Bare
     * capitals are no channel: a party's, a newspaper's or a club's acronym as often ("(NZZ)").
     */
    private static final Pattern CHANNEL =
            Pattern.compile("^[\\p{Lu}\\p{N}][\\p{L}\\p{N} .+-]{0,19}$");

    /** A digit or a plus in a channel's name ("France 2", "Canal+"). */
    private static final Pattern CHANNEL_MARK = Pattern.compile("[\\p{N}+]");

    /** A year or a number in brackets, which is no channel's name ("X (2019) :"). */
    private static final Pattern NUMBER_ONLY = Pattern.compile("^\\d+$");

    /** Articles a show's name opens with and a person's does not. */
    private static final Pattern ARTICLE =
            Pattern.compile("^(?:The|La|Le|Les|Lo|Il|El|Los|Las|Der|Die|Das|Het|O|A|Os|As)$");

    /** A capitalised word of a name, hyphens and apostrophes inside ("Anne-Marie", "O'Neill"). */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]*");

    /** One word of capitals, a channel's acronym as often ("TVE", "TF1", "ZDF"). */
    private static final Pattern ACRONYM = Pattern.compile("^\\p{Lu}{2,5}\\d{0,2}$");

    /** A word and a number only: a channel's or a station's name ("Rai 1", "Canal 13"). */
    private static final Pattern WORD_AND_NUMBER = Pattern.compile("^\\p{L}+\\s?\\d{1,3}$");

    private HeadlineShowName() {}

    /**
     * The show the page's headline names at its head, else null: a name the page prints again on a
     * line other than the headline's repeats (its show's, which the item speaks of; a quotation is
     * said once) and does not speak of as of a person.
     */
    static String find(List<String> texts) {
        int seen = 0;
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (text.isBlank()) {
                continue;
            }
            String headline = text.strip();
            String name = onHeadline(headline);
            if (name != null) {
                return printedElsewhere(texts, headline, name) && !Names.isPersonIn(name, texts)
                        ? name
                        : null;
            }
            if (++seen == FIRST_LINES) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether a line other than the headline prints the name; a headline printed twice (a page's
     * title and its heading) tells nothing of the name.
     */
    private static boolean printedElsewhere(List<String> texts, String headline, String name) {
        for (String text : texts) {
            if (text.contains(name) && !text.strip().equals(headline)) {
                return true;
            }
        }
        return false;
    }

    /** The show a headline names at its head in one of the shapes, else null. */
    static String onHeadline(String text) {
        if (WorkKinds.named(text)) {
            return null;
        }
        Matcher m = SEASON_EPISODE.matcher(text);
        if (m.find()) {
            return showNameOrNull(firstGroup(m, 2));
        }
        m = QUOTED_COLON.matcher(text);
        if (m.matches() && announcesGuests(m.group(3))) {
            return showNameOrNull(firstGroup(m, 2));
        }
        m = CHANNEL_COLON.matcher(text);
        if (m.matches()
                && isChannel(m.group(2))
                && announcesGuests(m.group(3))
                && !isPersonShaped(m.group(1).strip())) {
            return showNameOrNull(m.group(1));
        }
        return null;
    }

    /** Whether the rest of a headline announces the edition's guests, not a person's. */
    private static boolean announcesGuests(String rest) {
        return GUESTS.matcher(rest).find() && !PERSONS_GUESTS.matcher(rest).find();
    }

    /** The first of the first {@code groups} groups that took text. */
    private static String firstGroup(Matcher m, int groups) {
        for (int g = 1; g <= groups; g++) {
            if (m.group(g) != null) {
                return m.group(g).strip();
            }
        }
        return null;
    }

    private static boolean isChannel(String text) {
        String channel = text.strip();
        return CHANNEL.matcher(channel).matches()
                && !NUMBER_ONLY.matcher(channel).matches()
                && (CHANNEL_MARK.matcher(channel).find()
                        || ArticlePhrases.STATION.matcher(channel).find());
    }

    /**
     * Whether a name has a person's shape: two to five words, the first a capitalised word that is
     * no article, the last capitalised, those between capitalised or a surname's particle in any
     * case ("Mara Quill", "Anne-Marie de Vries", "Jan van der Berg", "Lena De Luca").
     */
    static boolean isPersonShaped(String name) {
        String[] words = name.split(" ");
        if (words.length < 2 || words.length > 5 || ARTICLE.matcher(words[0]).matches()) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean capitalised = NAME_WORD.matcher(word).matches();
            boolean particle =
                    i > 0
                            && i < words.length - 1
                            && Names.isParticle(word.toLowerCase(Locale.ROOT));
            if (!capitalised && !particle) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name when it may be a show's, else null. It is not when it is more than {@link
     * ShowName#MAX_WORDS} words or opens in lower case, is only a word for a programme or an
     * episode, is a channel's shape (a word and a number, an acronym, a station's first word and at
     * most one word more: "Rai 1", "TVE", "Radio Nova"), or opens with a word of time ("Ce soir
     * dans X").
     */
    private static String showNameOrNull(String name) {
        if (name == null || !ShortNames.isOne(name, ShowName.MAX_WORDS)) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (ArticlePhrases.KIND_OR_EPISODE_WORD.matcher(lower).matches()
                || WORD_AND_NUMBER.matcher(name).matches()
                || ACRONYM.matcher(name).matches()
                || ArticlePhrases.TIME_OPENER.matcher(name).find()
                || (ArticlePhrases.STATION.matcher(name).find() && name.split(" ").length <= 2)) {
            return null;
        }
        return name;
    }
}
