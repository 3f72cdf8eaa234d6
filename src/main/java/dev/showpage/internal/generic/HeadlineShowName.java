package dev.showpage.internal.generic;

import dev.showpage.internal.text.Names;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The show a news item or a preview about one edition names at the head of its headline, in the
 * shapes TV and radio pages print: the quoted show and a colon before what the edition brings
 * ("“Harbour Nights”: these are tonight's guests", "«La Mesa» : qui sont les invités ?"), the show
 * and its channel in brackets before a colon ("La Mesa (Canal 9) : les invités de samedi"), or the
 * show, its season and its episode ("“Harbour Nights”, season 2, episode 5."). A headline that
 * opens with a quotation and a colon is as often someone's quoted words ("“Never again”: the mayor
 * speaks"), so the colon's shape is taken only when the rest of the headline speaks of the
 * edition's guests or of tonight; a channel, a bare "Name Number" or an acronym (a channel's
 * shape), a name opening with when ("Ce soir dans X") and only a word for a programme are never a
 * show.
 */
final class HeadlineShowName {

    /** The page's first lines with text, where a news item prints its headline. */
    private static final int FIRST_LINES = 4;

    /** A date and a clock time a news site prints before its headline ("13.09.2024 06:30"). */
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
     * Words for a season and an episode in the seven languages, lower case: "X, season 1, episode
     * 3." numbers an edition of the show X.
     */
    private static final String SEASONS =
            "season|saison|staffel|temporada|stagione|seizoen|series|serie";

    private static final String EPISODES =
            "episode|épisode|folge|episodio|puntata|episódio|aflevering|afl\\.";

    /** A quoted or bare name at the head of a headline, then its season and episode. */
    private static final Pattern SEASON_EPISODE =
            Pattern.compile(
                    "^"
                            + STAMP
                            + "(?:"
                            + QUOTED
                            + "|([\\p{Lu}\\p{N}][^,:\\n]{0,60}?))\\s?,\\s+(?iu:"
                            + SEASONS
                            + ")\\s+\\d{1,3}\\s?,\\s+(?iu:"
                            + EPISODES
                            + ")\\s+\\d{1,4}(?!\\d)");

    /**
     * Words of an edition's guests and of its evening in the seven languages, lower case ("guests",
     * "Gäste", "invités", "invitados", "ospiti", "convidados", "gasten"; "tonight", "heute", "ce
     * soir", "esta noche", "stasera", "hoje", "vanavond"): what a preview's headline announces
     * after the show's name and a colon.
     */
    private static final Pattern EDITION_WORD =
            Pattern.compile(
                    "(?iu)(?<!\\p{L})(?:guests?|gäste|gast|invités?|invitées?|invitad[oa]s?"
                            + "|ospiti|ospite|convidad[oa]s?|gasten|tonight|heute abend|heute"
                            + "|ce soir|esta noche|stasera|hoje à noite|vanavond)(?!\\p{L})");

    /**
     * A channel's shape in brackets: a short name with a digit or a plus ("France 2", "Canal+",
     * "NPO 1"), a station's first word ({@link ArticlePhrases#STATION}), or capitals ("ZDF").
     */
    private static final Pattern CHANNEL =
            Pattern.compile("^[\\p{Lu}\\p{N}][\\p{L}\\p{N} .+-]{0,19}$");

    /** A year or a number in brackets, which is no channel's name ("X (2019) :"). */
    private static final Pattern NUMBER_ONLY = Pattern.compile("^\\d+$");

    /**
     * Two capitalised words, a person's name's shape: "Mara Quill (Canal 9) : ses invités" is a
     * host's or a guest's evening.
     */
    private static final Pattern TWO_CAPITALISED =
            Pattern.compile(
                    "^(?!(?:The|La|Le|Les|Lo|Il|El|Los|Las|Der|Die|Das|De|Het|O|A|Os|As) )"
                            + "\\p{Lu}[\\p{L}'\u2019-]+ \\p{Lu}[\\p{L}'\u2019-]+$");

    private static final Pattern CHANNEL_MARK = Pattern.compile("[\\p{N}+]|^\\p{Lu}{2,}(?:\\s|$)");

    /** One word of capitals, a channel's acronym as often ("TVE", "TF1", "ZDF"). */
    private static final Pattern ACRONYM = Pattern.compile("^\\p{Lu}{2,5}\\d{0,2}$");

    /** A word and a number only: a channel's or a station's name ("Rai 1", "Canal 13"). */
    private static final Pattern WORD_AND_NUMBER = Pattern.compile("^\\p{L}+\\s?\\d{1,3}$");

    private HeadlineShowName() {}

    /**
     * The show the page's headline names at its head, else null: a name the page prints again (its
     * show's, which the item speaks of; a quotation is said once) and does not speak of as of a
     * person ("Mara Quill (Canal 9) : ses invités de ce soir").
     */
    static String find(List<String> texts) {
        int seen = 0;
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (text.isBlank()) {
                continue;
            }
            String name = onHeadline(text.strip());
            if (name != null) {
                return printedElsewhere(texts, i, name) && !Names.isPersonIn(name, texts)
                        ? name
                        : null;
            }
            if (++seen == FIRST_LINES) {
                return null;
            }
        }
        return null;
    }

    /** Whether a line other than line {@code at} prints the name. */
    private static boolean printedElsewhere(List<String> texts, int at, String name) {
        for (int i = 0; i < texts.size(); i++) {
            if (i != at && texts.get(i).contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** The show a headline names at its head in one of the shapes, else null. */
    static String onHeadline(String text) {
        Matcher m = SEASON_EPISODE.matcher(text);
        if (m.find()) {
            return checked(firstGroup(m, 3));
        }
        m = QUOTED_COLON.matcher(text);
        if (m.matches() && EDITION_WORD.matcher(m.group(3)).find()) {
            return checked(firstGroup(m, 2));
        }
        m = CHANNEL_COLON.matcher(text);
        if (m.matches()
                && isChannel(m.group(2))
                && EDITION_WORD.matcher(m.group(3)).find()
                && !TWO_CAPITALISED.matcher(m.group(1).strip()).matches()) {
            return checked(m.group(1));
        }
        return null;
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
     * The name when it may be a show's: a few words opening with a capital or a digit, not only a
     * word for a programme or an episode, not a channel's name.
     */
    private static String checked(String name) {
        if (name == null || !ShortNames.isOne(name, ShowName.MAX_WORDS)) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (ArticlePhrases.KIND_OR_EPISODE_WORD.matcher(lower).matches()
                || WORD_AND_NUMBER.matcher(name).matches()
                || ACRONYM.matcher(name).matches()
                || LeadShowOnChannel.OPENER.matcher(name).find()
                || (ArticlePhrases.STATION.matcher(name).find() && name.split(" ").length <= 2)) {
            return null;
        }
        return name;
    }
}
