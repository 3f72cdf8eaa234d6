package dev.showpage.internal.generic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The show an article names in its prose, as news sites and blogs write about a show or one of its
 * episodes: after a word for a programme ("the podcast ‘X’", "o programa “X”", "die Sendung „X“"),
 * as the show an episode is of ("in this episode of X", "una puntata di *X*"), in an apposition
 * ("“X”, il format ...", "« X » le podcast de ..."), in a host's greeting with quotes ("Bienvenue
 * dans « X »"), or before a broadcast's label and date ("X, Sendung vom 14.12.2015"). An article
 * may name other shows too (a guest's own show, a list of recommendations, a news ticker's items):
 * a name is taken only when the page prints it twice or gives it in a shape that names the page's
 * own show, when no other name it gives so is printed as often, and never on a page of tips or one
 * whose prose gives more than two names so. No shape takes a station's name, a date's words, a
 * greeting quoted from someone's speech, nor a show the prose frames as past ("after ten years of
 * the show ‘X’").
 */
final class ArticleShowNames {

    /** Names the shapes may give on one page at most: more are a list's. */
    private static final int MAX_NAMES = 2;

    /**
     * The page's first lines with text, where a broadcast's label and date head the page's own
     * broadcast; further down they may be any other programme's.
     */
    private static final int FIRST_LINES = 3;

    /**
     * First words of a station's or a broadcaster's name in the seven languages, as stations print
     * them ("Radio 4", "Rádio Clube", "Kanal 5", "Canal+", "RAI 3", "TV Norte"): a name opening so
     * is the channel's, not a show's.
     */
    private static final Pattern STATION =
            Pattern.compile(
                    "(?iu)^(?:radio|rádio|ràdio|radiosender|tv|fm|kanal|canal|rai|rtl|rtp|rtve"
                            + "|bbc|npr|ard|zdf|ndr|wdr|orf|srf|nos|vrt)(?![\\p{L}])");

    /**
     * Words of a date or of a season in the seven languages, lower case: weekdays, "season",
     * "Staffel", "saison", "temporada", "stagione", "seizoen", "today". "In this episode of Season
     * 3", "in dieser Folge vom Montag" tell when, not whose.
     */
    private static final Pattern DATE_WORD =
            Pattern.compile(
                    "(?iu)^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                            + "|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
                            + "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
                            + "|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
                            + "|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"
                            + "|segunda|terça|quarta|quinta|sexta"
                            + "|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
                            + "|season|staffel|saison|temporada|stagione|seizoen|today|heute"
                            + "|aujourd'hui|hoy|oggi|hoje|vandaag)(?![\\p{L}])");

    /**
     * Words that frame a show as past or as someone's former one, in the seven languages, lower
     * case ("after ten years of the show", "the former programme", "après douze ans de l'émission",
     * "nach der Sendung", "dopo il programma", "ex-", "voormalige"): a career's or an obituary's
     * show, not the page's.
     */
    private static final Pattern PAST_FRAME =
            Pattern.compile(
                    "(?iu)(?<!\\p{L})(?:after|former|formerly|previous|cancelled|canceled|ex"
                            + "|après|ancien|ancienne|nach|ehemalig\\p{L}*|früher\\p{L}*"
                            + "|abgesetzt\\p{L}*|dopo|ex-|después|antiguo|antigua|anterior|depois"
                            + "|antigo|antiga|voormalig\\p{L}*|vorig\\p{L}*)(?!\\p{L})");

    /**
     * Words for a part of a show in the seven languages, lower case: "the show ‘X’ segment" names a
     * segment of a show, not the show.
     */
    private static final String SEGMENTS =
            "segment|segments|section|rubric|rubrique|rubrik|rubrica|rubriek|sección|secção"
                    + "|sezione|corner|feature";

    /**
     * A news ticker's item, its clock time glued to or before its headline ("21:59 Who won the
     * final"): about other programmes than the page's.
     */
    private static final Pattern TICKER_ITEM = Pattern.compile("^\\d{1,2}:\\d{2}(?!\\d)");

    /**
     * Words for a programme in en/fr/de/es/it/pt/nl, as articles write them before or after a
     * show's name; not "series", "film" or "song", whose quoted titles are not shows, nor a
     * segment's ("rubrica", "rubriek"), which is part of one.
     */
    private static final String KINDS =
            "podcast|pódcast|podcastreeks|show|talkshow|talk-show|radioshow|programme|program"
                    + "|émission|sendung|talksendung|radiosendung|programa|programma"
                    + "|trasmissione|format|tv-programma|radioprogramma";

    /**
     * Words for one episode of a show in the seven languages; not an edition's, which is as often a
     * newspaper's.
     */
    private static final String EPISODES =
            "episode|instalment|épisode|folge|episodio|entrega|puntata|episódio|aflevering"
                    + "|uitzending";

    /**
     * "First" in the seven languages, lower case: "the first episode of X" tells how a show began,
     * as often a guest's as the page's own.
     */
    private static final String FIRSTS =
            "first|premier|erste|ersten|primer|primera|primo|prima|primeiro|eerste";

    /**
     * Indefinite articles in the seven languages, lower case: "who appeared in an episode of X",
     * "dans un épisode de X" tell of one of a show's many episodes, most often another show's.
     */
    private static final String INDEFINITES = "an|a|un|une|einer|eine|ein|una|uno|um|uma|een";

    /**
     * Demonstratives in the seven languages, lower case: "in this episode of X", "nesta edição do
     * X" speak of the page's own episode, so one mention names the page's show.
     */
    private static final String DEMONSTRATIVES =
            "this|cet|cette|ce|dieser|diese|diesem|dieses|este|esta|questo|questa|quest'|neste"
                    + "|nesta|deze|dit";

    /** The words that say whose an episode is: "of", "de", "von", "di", "do", "van". */
    private static final String OF_WORDS = "of|de|du|des|von|vom|der|del|di|della|dello|do|da|van";

    /** Articles of an apposition after a name ("X, the podcast", "« X » le podcast"). */
    private static final String ARTICLES =
            "the|a|an|le|la|un|une|der|die|das|ein|eine|el|una|il|lo|o|um|uma|de|het|een";

    /**
     * Labels of a broadcast before its date, after the show's name: "X, Sendung vom 14.12.2015",
     * "X, émission du 2 octobre"; lower case.
     */
    private static final String BROADCAST_LABELS =
            "sendung vom|ausgabe vom|folge vom|émission du|programme du|programa del|programa de"
                    + "|puntata del|uitzending van|aflevering van|broadcast of|episode of"
                    + "|edição de|emissão de|programa do";

    /**
     * A name between quotes: double quotes of any language, single curly or straight quotes (the
     * straight one only where no letter touches it, so an apostrophe never opens one) or stars.
     */
    private static final String QUOTED =
            "(?:[\u201C\u201E\u00AB\"]\\s?([^\u201C\u201D\u201E\u00AB\u00BB\"\\n"
                + "]{1,80}?)\\s?[\u201D\u201C\u00BB\"]|(?<!\\p{L})[\u2018\u201A'](\\p{Lu}(?:[^\u2018\u2019'\\n"
                + "]|[\u2019'](?=\\p{L})){0,79}?)[\u2019\u2018'](?!\\p{L})|\\*(\\p{Lu}[^*\\n"
                + "]{0,79}?)\\*)";

    /** A few capitalised words closed by a sign or the line's end: a name without quotes. */
    private static final String BARE =
            "(?<bare>\\p{Lu}[\\p{L}\\p{N}'\u2019&-]*(?:"
                    + " [\\p{Lu}\\p{N}][\\p{L}\\p{N}'\u2019&-]*){0,5})(?=[,.:;!?]|$)";

    /**
     * Possessives of a third person, lower case, in the seven languages: "in ihrem Podcast „X“",
     * "dans son podcast « X »" name a guest's show, not the page's.
     */
    private static final String POSSESSIVES =
            "his|her|their|sein|seinem|seinen|seiner|ihr|ihrem|ihren|ihrer|son|sa|leur|su|sus"
                    + "|suo|sua|loro|seu|zijn|haar|hun";

    /**
     * A word for a programme, a word of its own (not "Satire-Format"), and no one's else, also with
     * an adjective between ("her new podcast").
     */
    private static final String KIND =
            "(?<![\\p{L}-])(?<!(?iu:(?<!\\p{L})(?:"
                    + POSSESSIVES
                    + ")) (?:\\p{Ll}{1,20} )?)(?iu:"
                    + KINDS
                    + ")";

    /** A word for a programme before a quoted name, not one of a segment's ("‘X’ segment"). */
    private static final Pattern AFTER_KIND =
            Pattern.compile(KIND + ",?\\s+" + QUOTED + "(?!\\s+(?iu:" + SEGMENTS + ")(?!\\p{L}))");

    /** Only a word for a programme or an episode, which names no show. */
    private static final Pattern KIND_OR_EPISODE_WORD =
            Pattern.compile("(?u)(?:" + KINDS + "|" + EPISODES + ")s?");

    /** An episode of a show, named after it ("episode 26 of ‘X’", "aflevering van X"). */
    private static final String EPISODE_OF =
            "(?iu:"
                    + EPISODES
                    + ")(?:\\s+#?\\d+)?\\s+(?iu:"
                    + OF_WORDS
                    + ")\\s+(?:"
                    + QUOTED
                    + "|"
                    + BARE
                    + ")";

    /** An episode of a show that is not "an episode of" it, nor its first. */
    private static final Pattern SOME_EPISODE_OF =
            Pattern.compile(
                    "(?<!\\p{L})(?<!(?iu:(?<!\\p{L})(?:"
                            + FIRSTS
                            + "|"
                            + INDEFINITES
                            + "|"
                            + DEMONSTRATIVES
                            + ")) )"
                            + EPISODE_OF);

    /** This episode of a show: the page's own. */
    private static final Pattern THIS_EPISODE_OF =
            Pattern.compile("(?<!\\p{L})(?iu:" + DEMONSTRATIVES + ")\\s+" + EPISODE_OF);

    private static final Pattern QUOTED_APPOSITION =
            Pattern.compile(
                    QUOTED
                            + ",?\\s+(?iu:"
                            + ARTICLES
                            + ")\\s+(?iu:"
                            + KINDS
                            + ")(?!['\u2019]?\\p{L})");

    private static final Pattern GREETED = greetingPattern();

    /**
     * How pages of tips and favourites label what they recommend, in the seven languages: a tip's
     * label ("Podcast-Tipps", "Hör-Tipp:", "Audio-Empfehlung"), a journalist's heading "<name>
     * consiglia" / "recommends", or "recommended podcasts" / "podcast consigliati". Such a page
     * names several shows in the shapes above, none of them its own.
     */
    private static final Pattern RECOMMENDS =
            Pattern.compile(
                    "(?iu:(?<!\\p{L})(?:podcast|hör|audio)-?(?:tipps?|tips?|empfehlung\\p{L}*)"
                            + "(?!\\p{L})"
                            + "|^\\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*){0,3} (?:consiglia|recommends"
                            + "|recommande|empfiehlt|recomienda|recomenda|raadt aan)$"
                            + "|(?:recommended|aanbevolen) podcasts|podcasts? (?:consigliati"
                            + "|recommandés|recomendados|aanbevolen))");

    private static final Pattern BEFORE_BROADCAST =
            Pattern.compile("^([^,]{1,60}), (?iu:" + BROADCAST_LABELS + ") \\d");

    private static final Pattern[] SHAPES = {
        AFTER_KIND, SOME_EPISODE_OF, QUOTED_APPOSITION, THIS_EPISODE_OF, GREETED, BEFORE_BROADCAST
    };

    private ArticleShowNames() {}

    /** One name a shape gives on a line: which shape (its place in the list) and the name. */
    private record Hit(int shape, String name) {}

    /**
     * The show the page's lines name in one of the shapes above, when they give two names at most:
     * the one name a host's quoted greeting gives, else the name the page prints most often of
     * those the shapes give, printed twice or given by a shape that names the page's own show.
     * Never an episode's title (nor one's end: "Episode 12: X"), never a name the page prints alone
     * on a line (a tag's, a list's: the shapes that read the page's lines would have taken the
     * show's), and none on a page of tips or one whose prose gives more than two names: those name
     * other shows.
     */
    static String find(List<String> texts, Set<String> titles) {
        Map<String, String> names = new LinkedHashMap<>(); // lower case -> as first printed
        Set<String> own = new HashSet<>();
        Set<String> greeted = new HashSet<>();
        Set<String> alone = null; // the page's lines undecorated, read once a shape gives a name
        int withText = 0;
        for (String text : texts) {
            if (RECOMMENDS.matcher(text).find()) {
                return null;
            }
            if (!text.isBlank()) {
                withText++;
            }
            if (titles.contains(text) || TICKER_ITEM.matcher(text).find()) {
                continue;
            }
            for (Hit hit : hits(text)) {
                String key = hit.name().toLowerCase(Locale.ROOT);
                if (alone == null) {
                    alone = undecoratedLines(texts);
                }
                if (isTitleOrAlone(hit.name(), alone, titles)) {
                    continue;
                }
                names.putIfAbsent(key, hit.name());
                if (namesOwnShowOnce(SHAPES[hit.shape()], hit.name(), withText)) {
                    own.add(key);
                    if (SHAPES[hit.shape()] == GREETED) {
                        greeted.add(key);
                    }
                }
            }
        }
        if (names.size() > MAX_NAMES) {
            return null; // a list of shows, none of them the page's
        }
        if (greeted.size() == 1) {
            return names.get(greeted.iterator().next());
        }
        String best = null;
        int bestCount = 0;
        boolean tied = false;
        for (Map.Entry<String, String> entry : names.entrySet()) {
            int count = printedOn(texts, entry.getValue());
            if (count < 2 && !own.contains(entry.getKey())) {
                continue;
            }
            if (count > bestCount) {
                best = entry.getValue();
                bestCount = count;
                tied = false;
            } else if (count == bestCount) {
                tied = true;
            }
        }
        return tied ? null : best;
    }

    /**
     * Whether a shape's one mention names the page's own show: this episode's show, a host's
     * greeting, or a broadcast's label and date heading the page. A greeting's one word may be a
     * town's ("Welcome to ‘Paris’"): such a name must be printed twice.
     */
    private static boolean namesOwnShowOnce(Pattern shape, String name, int lineWithText) {
        if (shape == THIS_EPISODE_OF) { // its name without quotes opens with no date's word
            return true;
        }
        if (shape == GREETED) {
            return name.indexOf(' ') >= 0;
        }
        return shape == BEFORE_BROADCAST
                && !isOneWordBeforeBroadcast(shape, name)
                && lineWithText <= FIRST_LINES;
    }

    /** Whether an episode's title is or ends in the name, or a line of the page is only it. */
    private static boolean isTitleOrAlone(String name, Set<String> alone, Set<String> titles) {
        for (String title : titles) {
            if (title.endsWith(name)) {
                return true;
            }
        }
        return alone.contains(name);
    }

    /** The page's lines without their decorations: what a line that is only a name prints. */
    private static Set<String> undecoratedLines(List<String> texts) {
        Set<String> lines = new HashSet<>();
        for (String text : texts) {
            lines.add(BackLinks.undecorated(text).strip());
        }
        return lines;
    }

    /** The names the shapes give on one line, in the shapes' order. */
    private static List<Hit> hits(String text) {
        List<Hit> hits = new ArrayList<>();
        for (int shape = 0; shape < SHAPES.length; shape++) {
            Matcher m = SHAPES[shape].matcher(text);
            while (m.find()) {
                String name = named(m);
                if (name != null
                        && !isFramedAsPast(SHAPES[shape], text, m.start())
                        && !isOneWordBeforeBroadcast(SHAPES[shape], name)) {
                    hits.add(new Hit(shape, name));
                }
            }
        }
        return hits;
    }

    /**
     * Whether the name before a broadcast's label is one word: a town's or a station's as often
     * ("Berlin, Sendung vom ...", "Deutschlandfunk, Sendung vom ...").
     */
    private static boolean isOneWordBeforeBroadcast(Pattern shape, String name) {
        return shape == BEFORE_BROADCAST && name.indexOf(' ') < 0;
    }

    /**
     * Whether the sentence before a word for a programme frames its show as past ("After ten years
     * of the talk show ‘X’").
     */
    private static boolean isFramedAsPast(Pattern shape, String text, int at) {
        if (shape != AFTER_KIND) {
            return false;
        }
        int sentence = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("; ", at));
        return PAST_FRAME.matcher(text.substring(Math.max(0, sentence), at)).find();
    }

    /**
     * The name a match gives, from whichever group took it; null when it is no show's name, nor one
     * without quotes that opens with a date's word ("this episode of Season 3").
     */
    private static String named(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                String name = m.group(g).strip();
                if (isBare(m) && DATE_WORD.matcher(name).find()) {
                    return null;
                }
                return isName(name) ? name : null;
            }
        }
        return null;
    }

    /**
     * Whether a match took its name without quotes: before a broadcast's label, or in the episode
     * shapes' group of {@link #BARE}, which then took it (its alternatives, the quoted ones, hold
     * nothing).
     */
    private static boolean isBare(Matcher m) {
        if (m.pattern() == BEFORE_BROADCAST) {
            return true;
        }
        boolean episode = m.pattern() == SOME_EPISODE_OF || m.pattern() == THIS_EPISODE_OF;
        return episode && m.group("bare") != null;
    }

    /**
     * Whether the text may be a show's name: a few words opening with a capital or a digit, not
     * closed by a full stop, not only a word for a programme or an episode, nor a station's.
     */
    private static boolean isName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return ShortNames.isOne(name, ShowName.MAX_WORDS)
                && !KIND_OR_EPISODE_WORD.matcher(lower).matches()
                && !STATION.matcher(name).find();
    }

    /**
     * On how many lines the page prints {@code name} as a name of its own: not inside a word, nor
     * in a longer name of capitalised words ("Port" in "Night Port" or "Port Radio").
     */
    private static int printedOn(List<String> texts, String name) {
        Pattern words =
                Pattern.compile(
                        "(?<![\\p{L}\\p{N}])(?<!\\p{Lu}\\p{L}{0,30} )"
                                + Pattern.quote(name)
                                + "(?![\\p{L}\\p{N}])(?! \\p{Lu})");
        int count = 0;
        for (String text : texts) {
            if (words.matcher(text).find()) {
                count++;
            }
        }
        return count;
    }

    /**
     * A host's greeting ({@link ShowPhrases#GREETINGS}) before a quoted name; not one to an
     * episode, whose quoted title follows it, nor one that opens quoted speech ("“Welcome to ‘X’,”
     * says the mayor"): someone's words, a town's or a shop's name as often.
     */
    private static Pattern greetingPattern() {
        StringBuilder words = new StringBuilder();
        for (String greeting : ShowPhrases.GREETINGS) {
            if (greeting.contains("episode")) {
                continue;
            }
            words.append(words.length() == 0 ? "" : "|").append(Pattern.quote(greeting.strip()));
        }
        return Pattern.compile(
                "(?<![\"\u201C\u201E\u00AB\u2018\u201A']\\s?)(?<!\\p{L})(?iu:"
                        + words
                        + ")\\s+"
                        + QUOTED);
    }
}
