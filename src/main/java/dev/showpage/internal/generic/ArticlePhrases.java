package dev.showpage.internal.generic;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The words and shapes in which an article's prose names a show, for {@link ArticleShowNames}:
 * words for a programme, an episode, a station, a date, a past frame and a page of tips in the
 * seven languages, and the patterns built of them.
 */
final class ArticlePhrases {

    private ArticlePhrases() {}

    /**
     * First words of a station's or a broadcaster's name in the seven languages, as stations print
     * them ("Radio 4", "Rádio Clube", "Kanal 5", "Canal+", "RAI 3", "TV Norte"): a name opening so
     * is the channel's, not a show's.
     */
    static final Pattern STATION =
            Pattern.compile(
                    "(?iu)^(?:radio|rádio|ràdio|radiosender|tv|fm|kanal|canal|rai|rtl|rtp|rtve"
                            + "|bbc|npr|ard|zdf|ndr|wdr|orf|srf|nos|vrt)(?![\\p{L}])");

    /**
     * Words a headline's show name opens with that are no show's: prepositions of time and place
     * and adverbs of time in the seven languages ("From Monday", "Nach der Pause", "Dès ce soir",
     * "Desde hoy", "Da lunedì", "Depois", "Vanaf vandaag"; "Tonight", "Heute", "Stasera", "Hoje"),
     * lower case. "Ce soir dans X (France 5) : ..." tells when, not what; "ce" and "esta" already
     * take "ce soir" and "esta noite".
     */
    static final Pattern TIME_OPENER =
            Pattern.compile(
                    "(?iu)^(?:from|since|after|before|with|in|at|tonight|today|tomorrow|this|next"
                            + "|ab|seit|nach|vor|mit|im|am|heute|morgen|diese[nrms]?|nächste[nrms]?"
                            + "|dès|depuis|après|avant|avec|dans|ce|cette|demain"
                            + "|desde|después|antes|con|en|esta|este|hoy|mañana|el próximo"
                            + "|da|dal|dalla|dallo|dai|dopo|prima|stasera|oggi|domani|questa"
                            + "|questo|stanotte|depois|com|em|hoje|amanhã|neste|nesta"
                            + "|vanaf|sinds|na|voor|met|vanavond|vandaag|deze)(?!\\p{L})");

    /**
     * Words of a date or of a season in the seven languages, lower case: weekdays, "season",
     * "Staffel", "saison", "temporada", "stagione", "seizoen", "today". "In this episode of Season
     * 3", "in dieser Folge vom Montag" tell when, not whose.
     */
    static final Pattern DATE_WORD =
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
    static final Pattern PAST_FRAME =
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
    static final Pattern TICKER_ITEM = Pattern.compile("^\\d{1,2}:\\d{2}(?!\\d)");

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
     * an adjective between ("her new podcast"); also in the German genitive ("des Podcasts „X“",
     * "eines Formats „X“"). The "s" is taken only after the genitive's article: elsewhere a plural
     * ("Podcasts ‘X’: a festival") speaks of many shows, and the quoted name is an event's.
     */
    private static final String KIND =
            "(?<![\\p{L}-])(?<!(?iu:(?<!\\p{L})(?:"
                    + POSSESSIVES
                    + ")) (?:\\p{Ll}{1,20} )?)(?iu:"
                    + KINDS
                    + ")(?:(?<=(?iu:(?<!\\p{L})(?:des|eines) (?:\\p{Ll}{1,20}"
                    + " )?(?:podcast|format)))(?iu:s))?";

    /** A word for a programme before a quoted name, not one of a segment's ("‘X’ segment"). */
    static final Pattern AFTER_KIND =
            Pattern.compile(KIND + ",?\\s+" + QUOTED + "(?!\\s+(?iu:" + SEGMENTS + ")(?!\\p{L}))");

    /** Only a word for a programme or an episode, which names no show. */
    static final Pattern KIND_OR_EPISODE_WORD =
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
    static final Pattern SOME_EPISODE_OF =
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
    static final Pattern THIS_EPISODE_OF =
            Pattern.compile("(?<!\\p{L})(?iu:" + DEMONSTRATIVES + ")\\s+" + EPISODE_OF);

    private static final Pattern QUOTED_APPOSITION =
            Pattern.compile(
                    QUOTED
                            + ",?\\s+(?iu:"
                            + ARTICLES
                            + ")\\s+(?iu:"
                            + KINDS
                            + ")(?!['\u2019]?\\p{L})");

    static final Pattern GREETED = greetingPattern();

    /**
     * How pages of tips and favourites label what they recommend, in the seven languages: a tip's
     * label ("Podcast-Tipps", "Hör-Tipp:", "Audio-Empfehlung"), a journalist's heading "<name>
     * consiglia" / "recommends", or "recommended podcasts" / "podcast consigliati". Such a page
     * names several shows in the shapes above, none of them its own.
     */
    static final Pattern RECOMMENDS =
            Pattern.compile(
                    "(?iu:(?<!\\p{L})(?:podcast|hör|audio)-?(?:tipps?|tips?|empfehlung\\p{L}*)"
                            + "(?!\\p{L})"
                            + "|^\\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*){0,3} (?:consiglia|recommends"
                            + "|recommande|empfiehlt|recomienda|recomenda|raadt aan)$"
                            + "|(?:recommended|aanbevolen) podcasts|podcasts? (?:consigliati"
                            + "|recommandés|recomendados|aanbevolen))");

    static final Pattern BEFORE_BROADCAST =
            Pattern.compile("^([^,]{1,60}), (?iu:" + BROADCAST_LABELS + ") \\d");

    static final Pattern[] SHAPES = {
        AFTER_KIND, SOME_EPISODE_OF, QUOTED_APPOSITION, THIS_EPISODE_OF, GREETED, BEFORE_BROADCAST
    };

    /** Words one of which a line holds where a word for a programme stands: its alternatives. */
    private static final CueWords KIND_CUES = CueWords.alternatives(KINDS);

    /** Words one of which a line holds where a word for an episode stands. */
    private static final CueWords EPISODE_CUES = CueWords.alternatives(EPISODES);

    /** A host's greetings, one of which {@link #GREETED} needs. */
    private static final CueWords GREETING_CUES = CueWords.of(greetings());

    /** The demonstratives {@link #THIS_EPISODE_OF} opens with. */
    private static final CueWords DEMONSTRATIVE_CUES = CueWords.alternatives(DEMONSTRATIVES);

    /** The signs a name of {@link #QUOTED} opens with: quotes and a star. */
    private static final CueWords QUOTE_OPENERS =
            CueWords.of("\u201C", "\u201E", "\u00AB", "\"", "\u2018", "\u201A", "'", "*");

    /**
     * For each of {@link #SHAPES}, the words every match of it opens with, its lookbehinds aside,
     * where alone it is tried; none for {@link #BEFORE_BROADCAST}, which opens the line.
     */
    static final CueWords[] OPENERS = {
        KIND_CUES, EPISODE_CUES, QUOTE_OPENERS, DEMONSTRATIVE_CUES, GREETING_CUES, null
    };

    /** The labels of a broadcast, one of which {@link #BEFORE_BROADCAST} needs after its comma. */
    private static final CueWords BROADCAST_CUES = CueWords.alternatives(BROADCAST_LABELS);

    /** The shapes that need a word for a programme and a quoted name, a bit each by its place. */
    private static final int KIND_SHAPES = bits(AFTER_KIND, QUOTED_APPOSITION);

    private static final int EPISODE_SHAPES = bits(SOME_EPISODE_OF, THIS_EPISODE_OF);

    private static final int GREETING_SHAPES = bits(GREETED);

    private static final int BROADCAST_SHAPES = bits(BEFORE_BROADCAST);

    /**
     * Words one of which a line must hold for {@link #RECOMMENDS} to match: "tip" of a tip's label,
     * "empfehlung", a heading's verb, or the first words of "recommended podcasts" and "podcast
     * consigliati" ("recommend" holds "recommends", "recomend" "recomendados").
     */
    private static final CueWords RECOMMEND_CUES =
            CueWords.of(
                    "tip",
                    "empfehlung",
                    "consiglia",
                    "recommend",
                    "recommand",
                    "empfiehlt",
                    "recomienda",
                    "recomend",
                    "raadt aan",
                    "aanbevolen");

    /** The cues of {@link #cuesIn}, all looked for in one scan of a line. */
    private static final CueWords LINE_CUES =
            CueWords.union(QUOTE_OPENERS, KIND_CUES, EPISODE_CUES, GREETING_CUES, RECOMMEND_CUES);

    private static final int QUOTE_CUE = 1;

    private static final int KIND_CUE = 1 << 1;

    private static final int EPISODE_CUE = 1 << 2;

    private static final int GREETING_CUE = 1 << 3;

    private static final int RECOMMEND_CUE = 1 << 4;

    /**
     * The shapes that may match the text, a bit each by its place in {@link #SHAPES}: those whose
     * words the text holds, with a quote where the shape takes a quoted name. Most lines hold none,
     * and a shape tried on them costs a lookbehind at every character.
     */
    static int mayMatch(String text, int cues) {
        boolean quoted = (cues & QUOTE_CUE) != 0;
        int shapes = 0;
        if (quoted && (cues & KIND_CUE) != 0) {
            shapes |= KIND_SHAPES;
        }
        if ((cues & EPISODE_CUE) != 0) {
            shapes |= EPISODE_SHAPES;
        }
        if (quoted && (cues & GREETING_CUE) != 0) {
            shapes |= GREETING_SHAPES;
        }
        if (mayBeBroadcast(text)) {
            shapes |= BROADCAST_SHAPES;
        }
        return shapes;
    }

    /**
     * The cues the text holds, looked for in one scan: bits for a quote, a word for a programme, an
     * episode, a greeting and a recommendation. The shapes and {@link #RECOMMENDS} need them.
     */
    static int cuesIn(String text) {
        return LINE_CUES.setsIn(text);
    }

    /**
     * Whether the text may open with a name and a broadcast's label: its first comma, after the
     * first character, is followed by a space and one of the labels.
     */
    private static boolean mayBeBroadcast(String text) {
        int comma = text.indexOf(',');
        return comma >= 1
                && comma + 1 < text.length()
                && text.charAt(comma + 1) == ' '
                && BROADCAST_CUES.at(text, comma + 2);
    }

    /** The bits of the shapes given by their places in {@link #SHAPES}. */
    private static int bits(Pattern... shapes) {
        int bits = 0;
        for (Pattern shape : shapes) {
            bits |= 1 << Arrays.asList(SHAPES).indexOf(shape);
        }
        return bits;
    }

    /**
     * Whether {@link #RECOMMENDS} may match a text of the cues given: it holds one of its words.
     */
    static boolean mayRecommend(int cues) {
        return (cues & RECOMMEND_CUE) != 0;
    }

    /**
     * A host's greeting ({@link ShowPhrases#GREETINGS}) before a quoted name; not one to an
     * episode, whose quoted title follows it, nor one that opens quoted speech ("“Welcome to ‘X’,”
     * says the mayor"): someone's words, a town's or a shop's name as often.
     */
    private static Pattern greetingPattern() {
        StringBuilder words = new StringBuilder();
        for (String greeting : greetings()) {
            words.append(words.length() == 0 ? "" : "|").append(Pattern.quote(greeting));
        }
        return Pattern.compile(
                "(?<![\"\u201C\u201E\u00AB\u2018\u201A']\\s?)(?<!\\p{L})(?iu:"
                        + words
                        + ")\\s+"
                        + QUOTED);
    }

    /** The greetings of a host, stripped: not one to an episode, whose quoted title follows it. */
    private static String[] greetings() {
        return ShowPhrases.GREETINGS.stream()
                .filter(greeting -> !greeting.contains("episode"))
                .map(String::strip)
                .toArray(String[]::new);
    }
}
