package dev.showpage.internal.generic;

import static dev.showpage.internal.generic.ArticlePhrases.AFTER_KIND;
import static dev.showpage.internal.generic.ArticlePhrases.BEFORE_BROADCAST;
import static dev.showpage.internal.generic.ArticlePhrases.DATE_WORD;
import static dev.showpage.internal.generic.ArticlePhrases.GREETED;
import static dev.showpage.internal.generic.ArticlePhrases.KIND_OR_EPISODE_WORD;
import static dev.showpage.internal.generic.ArticlePhrases.PAST_FRAME;
import static dev.showpage.internal.generic.ArticlePhrases.RECOMMENDS;
import static dev.showpage.internal.generic.ArticlePhrases.SHAPES;
import static dev.showpage.internal.generic.ArticlePhrases.SOME_EPISODE_OF;
import static dev.showpage.internal.generic.ArticlePhrases.STATION;
import static dev.showpage.internal.generic.ArticlePhrases.THIS_EPISODE_OF;
import static dev.showpage.internal.generic.ArticlePhrases.TICKER_ITEM;

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

    private ArticleShowNames() {}

    /** One name a shape gives on a line: which shape (its place in the list) and the name. */
    private record Hit(int shape, String name) {}

    /**
     * The show the page's lines name in one of the shapes of {@link ArticlePhrases}, when they give
     * two names at most: the one name a host's quoted greeting gives, else the name the page prints
     * most often of those the shapes give, printed twice or given by a shape that names the page's
     * own show. Never an episode's title (nor one's end: "Episode 12: X"), never a name the page
     * prints alone on a line (a tag's, a list's: the shapes that read the page's lines would have
     * taken the show's), and none on a page of tips or one whose prose gives more than two names:
     * those name other shows.
     */
    static String find(List<String> texts, Set<String> titles) {
        Map<String, String> names = new LinkedHashMap<>(); // lower case -> as first printed
        Set<String> own = new HashSet<>();
        Set<String> greeted = new HashSet<>();
        Set<String> alone = null; // the page's lines undecorated, read once a shape gives a name
        int withText = 0;
        for (String text : texts) {
            int cues = ArticlePhrases.cuesIn(text);
            if (ArticlePhrases.mayRecommend(cues) && RECOMMENDS.matcher(text).find()) {
                return null;
            }
            if (!text.isBlank()) {
                withText++;
            }
            if (titles.contains(text) || TICKER_ITEM.matcher(text).find()) {
                continue;
            }
            for (Hit hit : hits(text, cues)) {
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
            int count = PrintedAlone.printedOn(texts, entry.getValue());
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

    /** The names the shapes give on one line of the cues given, in the shapes' order. */
    private static List<Hit> hits(String text, int cues) {
        int shapes = ArticlePhrases.mayMatch(text, cues);
        if (shapes == 0) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (int shape = 0; shape < SHAPES.length; shape++) {
            if ((shapes & 1 << shape) == 0) {
                continue;
            }
            CuedMatches matches =
                    new CuedMatches(SHAPES[shape], ArticlePhrases.OPENERS[shape], text);
            while (matches.find()) {
                Matcher m = matches.matcher();
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
     * shapes' group "bare", which then took it (its alternatives, the quoted ones, hold nothing).
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
}
