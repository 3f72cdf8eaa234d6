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
 * a name is taken only when the page prints it twice or in its first lines, when no other name it
 * gives so is printed as often, and never on a page of tips or one whose prose gives more than two
 * names so.
 */
final class ArticleShowNames {

    /** Names the shapes may give on one page at most: more are a list's. */
    private static final int MAX_NAMES = 2;

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
            "(?:[\u201C\u201E\u00AB\"]\\s?([^\u201C\u201D\u201E\u00AB\u00BB\"\\n]{1,80}?)\\s?"
                    + "[\u201D\u201C\u00BB\"]"
                    + "|(?<!\\p{L})[\u2018\u201A'](\\p{Lu}[^\u2018\u2019'\\n]{0,79}?)"
                    + "[\u2019\u2018'](?!\\p{L})"
                    + "|\\*(\\p{Lu}[^*\\n]{0,79}?)\\*)";

    /** A few capitalised words closed by a sign or the line's end: a name without quotes. */
    private static final String BARE =
            "(\\p{Lu}[\\p{L}\\p{N}'\u2019&-]*(?: [\\p{Lu}\\p{N}][\\p{L}\\p{N}'\u2019&-]*){0,5})"
                    + "(?=[,.:;!?]|$)";

    /**
     * Possessives of a third person, lower case, in the seven languages: "in ihrem Podcast „X“",
     * "dans son podcast « X »" name a guest's show, not the page's.
     */
    private static final String POSSESSIVES =
            "his|her|their|sein|seinem|seinen|seiner|ihr|ihrem|ihren|ihrer|son|sa|leur|su|sus"
                    + "|suo|sua|loro|seu|zijn|haar|hun";

    /** A word for a programme, a word of its own (not "Satire-Format"), and no one's else. */
    private static final String KIND =
            "(?<![\\p{L}-])(?<!(?iu:(?<!\\p{L})(?:" + POSSESSIVES + ")) )(?iu:" + KINDS + ")";

    private static final Pattern AFTER_KIND = Pattern.compile(KIND + ",?\\s+" + QUOTED);

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

    /**
     * The shapes that name the page's own show with one mention: this episode's show, a host's
     * greeting, the name that opens a line before a broadcast's label and date. A name the others
     * give once may be any show the prose mentions (a guest's, one a guest appeared in).
     */
    private static final Set<Pattern> OWN_SHOW_SHAPES =
            Set.of(THIS_EPISODE_OF, GREETED, BEFORE_BROADCAST);

    private ArticleShowNames() {}

    /** One name a shape gives on a line: which shape (its place in the list) and the name. */
    record Hit(int shape, String name) {}

    /**
     * The show the page's lines name in one of the shapes above: the one name a host's quoted
     * greeting gives, else the name the page prints most often of those the shapes give, printed
     * twice or given by a shape that names the page's own show. Never an episode's title (nor one's
     * end: "Episode 12: X"), never a name the page prints alone on a line (a tag's, a list's: the
     * shapes that read the page's lines would have taken the show's), and none on a page of tips or
     * one whose prose gives more than two names: those name other shows.
     */
    static String find(List<String> texts, Set<String> titles) {
        Map<String, String> names = new LinkedHashMap<>(); // lower case -> as first printed
        Set<String> own = new HashSet<>();
        Set<String> greeted = new HashSet<>();
        for (String text : texts) {
            if (RECOMMENDS.matcher(text).find()) {
                return null;
            }
            if (titles.contains(text) || TICKER_ITEM.matcher(text).find()) {
                continue;
            }
            for (Hit hit : hits(text)) {
                String key = hit.name().toLowerCase(Locale.ROOT);
                if (isTitleOrAlone(hit.name(), texts, titles)) {
                    continue;
                }
                names.putIfAbsent(key, hit.name());
                Pattern shape = SHAPES[hit.shape()];
                if (OWN_SHOW_SHAPES.contains(shape)) {
                    own.add(key);
                }
                if (shape == GREETED) {
                    greeted.add(key);
                }
            }
        }
        if (greeted.size() == 1) {
            return names.get(greeted.iterator().next());
        }
        if (names.size() > MAX_NAMES) {
            return null; // a list of shows, none of them the page's
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

    /** Whether an episode's title is or ends in the name, or a line of the page is only it. */
    private static boolean isTitleOrAlone(String name, List<String> texts, Set<String> titles) {
        for (String title : titles) {
            if (title.endsWith(name)) {
                return true;
            }
        }
        for (String text : texts) {
            if (BackLinks.undecorated(text).strip().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The names the shapes give on one line, in the shapes' order. */
    static List<Hit> hits(String text) {
        List<Hit> hits = new ArrayList<>();
        for (int shape = 0; shape < SHAPES.length; shape++) {
            Matcher m = SHAPES[shape].matcher(text);
            while (m.find()) {
                String name = named(m);
                if (name != null) {
                    hits.add(new Hit(shape, name));
                }
            }
        }
        return hits;
    }

    /** The name a match gives, from whichever group took it; null when it is no show's name. */
    private static String named(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                String name = m.group(g).strip();
                return isName(name) ? name : null;
            }
        }
        return null;
    }

    /**
     * Whether the text may be a show's name: a few words opening with a capital or a digit, not
     * closed by a full stop, and not only a word for a programme or an episode.
     */
    private static boolean isName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return ShortNames.isOne(name, ShowName.MAX_WORDS)
                && !lower.matches("(?u)(?:" + KINDS + "|" + EPISODES + ")s?");
    }

    /** On how many lines the page prints {@code name}. */
    private static int printedOn(List<String> texts, String name) {
        int count = 0;
        for (String text : texts) {
            if (text.contains(name)) {
                count++;
            }
        }
        return count;
    }

    /**
     * A host's greeting ({@link ShowPhrases#GREETINGS}) before a quoted name; not one to an
     * episode, whose quoted title follows it.
     */
    private static Pattern greetingPattern() {
        StringBuilder words = new StringBuilder();
        for (String greeting : ShowPhrases.GREETINGS) {
            if (greeting.contains("episode")) {
                continue;
            }
            words.append(words.length() == 0 ? "" : "|").append(Pattern.quote(greeting.strip()));
        }
        return Pattern.compile("(?iu:" + words + ")\\s+" + QUOTED);
    }
}
