package dev.showpage.internal.generic;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The show's name where a page's prose says it: a host's greeting ("Welcome to the Data Engineering
 * Podcast,", "welcome to another episode of The Bike Shed, a weekly podcast", "this is the Desert
 * Island Discs podcast", "Willkommen bei Sendegarten!"), or a name in the "X Podcast" shape that
 * the page prints more than once ("Subscribe to the NPR Politics Podcast", "Join the NPR Politics
 * Podcast group").
 *
 * <p>A name is a run of capitalised words (and digits: "2.0"), with the little words of titles
 * between them ("Talk Python to Me", "Du raisin et des papilles"), up to a comma, a full stop or
 * the first other word.
 */
final class ShowPhrases {

    /** Characters from the start of a line within which a greeting is looked for. */
    private static final int GREETING_WITHIN = 2_000;

    /** Mentions of "Podcast" read at most: a name printed twice is among the first few. */
    private static final int MAX_MENTIONS = 500;

    /** Characters before "Podcast" within which the name it ends is read. */
    private static final int RUN_CHARS = 200;

    /** Words of a show's name at most. */
    private static final int MAX_WORDS = 7;

    /**
     * How hosts greet listeners before the show's name, lower case, in the seven languages whose
     * dates the parser reads; the longer greeting first where one starts another. Read also before
     * a quoted name in an article's prose ({@link ArticleShowNames}).
     */
    static final List<String> GREETINGS =
            List.of(
                    "welcome to another episode of ",
                    "welcome to this episode of ",
                    "welcome to episode ",
                    "welcome back to ",
                    "welcome to ",
                    "you're listening to ",
                    "you are listening to ",
                    "bienvenue dans ",
                    "bienvenue sur ",
                    "bienvenue à ",
                    "herzlich willkommen bei ",
                    "herzlich willkommen zu ",
                    "willkommen bei ",
                    "willkommen zu ",
                    "willkommen im ",
                    "bienvenidos a ",
                    "bienvenidas a ",
                    "bienvenido a ",
                    "benvenuti a ",
                    "benvenuti su ",
                    "benvenuti in ",
                    "bem-vindos ao ",
                    "bem-vindo ao ",
                    "bem-vindos a ",
                    "welkom bij ",
                    "welkom in ");

    /**
     * "this is the X podcast", "questo è X, il podcast quotidiano di ...": a greeting only with the
     * word podcast after the name, or in an apposition after its comma; in the seven languages.
     */
    private static final List<String> PRESENTATIONS =
            List.of(
                    "this is ",
                    "c'est ",
                    "c’est ",
                    "ceci est ",
                    "das ist ",
                    "hier ist ",
                    "esto es ",
                    "este es ",
                    "questo è ",
                    "questa è ",
                    "isto é ",
                    "este é ",
                    "dit is ");

    /** Words after a name's comma within which an apposition names it a podcast. */
    private static final int APPOSITION_WORDS = 3;

    /** The articles that may open the name's run and are not part of it, lower case. */
    private static final Set<String> ARTICLES =
            Set.of("the", "le", "la", "les", "der", "die", "das", "el", "il", "lo", "o", "de");

    /** Little words inside a title-case name, lower case. */
    private static final Set<String> JOINERS =
            Set.of(
                    "to", "of", "and", "the", "in", "on", "for", "a", "an", "&", "de", "des", "du",
                    "la", "le", "et", "und", "der", "die", "das", "y", "e", "di", "del", "da", "do",
                    "van", "het", "en", "met", "mit", "con", "com");

    /** The words for podcast that may follow the name ("the Huberman Lab podcast"). */
    private static final Set<String> PODCAST_WORDS = Set.of("podcast", "pódcast", "podcasts");

    /** The words that name an episode, not a show ("Welcome to Episode 12"). */
    private static final Set<String> EPISODE_WORDS =
            Set.of("episode", "épisode", "folge", "episodio", "episódio", "aflevering", "part");

    private ShowPhrases() {}

    /**
     * Whether {@code text} greets listeners to {@code name} whatever its letters' case ("welcome to
     * the harbour talk podcast" for "Harbour Talk"), as a machine transcript writes a show's name:
     * a greeting, maybe an article, the name, then a sign, a blank or the line's end.
     */
    static boolean greetsInAnyCase(String text, String name) {
        String lower = text.toLowerCase(Locale.ROOT);
        String lowerName = name.toLowerCase(Locale.ROOT);
        for (String greeting : GREETINGS) {
            for (int at = lower.indexOf(greeting); at >= 0; at = lower.indexOf(greeting, at + 1)) {
                int from = at + greeting.length();
                for (String article : ARTICLES) {
                    if (lower.startsWith(article + " ", from)
                            && !lowerName.startsWith(article + " ")) {
                        from += article.length() + 1;
                        break;
                    }
                }
                int end = from + lowerName.length();
                if (lower.startsWith(lowerName, from)
                        && (end == lower.length() || " ,.!;:".indexOf(lower.charAt(end)) >= 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The name the first greeting among {@code texts} gives, or null. */
    static String greeted(Iterable<String> texts) {
        for (String whole : texts) {
            // A host greets listeners near the start of what they say: the head of a long line.
            String text =
                    whole.length() > GREETING_WITHIN ? whole.substring(0, GREETING_WITHIN) : whole;
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.length() != text.length()) {
                continue; // lower-casing moved the positions ("İ"): they no longer fit the text
            }
            // The first greeting of the text: "welcome to Talk Python to Me" before a later
            // "welcome back to Talk Python".
            String first = null;
            int firstAt = Integer.MAX_VALUE;
            for (String greeting : GREETINGS) {
                int at = lower.indexOf(greeting);
                if (at >= 0 && at < firstAt) {
                    String name = nameAfter(text, lower, greeting, false);
                    if (name != null) {
                        first = name;
                        firstAt = at;
                    }
                }
            }
            if (first != null) {
                return first;
            }
            for (String presentation : PRESENTATIONS) {
                String name = nameAfter(text, lower, presentation, true);
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /**
     * The name in the "X Podcast" shape that {@code texts} print most often, at least twice ("the
     * NPR Politics Podcast"), or null.
     */
    static String repeatedPodcastName(Iterable<String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> withArticle = new java.util.HashSet<>();
        int mentions = 0;
        for (String text : texts) {
            for (int at = text.indexOf(" Podcast");
                    at > 0 && mentions++ < MAX_MENTIONS;
                    at = text.indexOf(" Podcast", at + 1)) {
                int end = at + " Podcast".length();
                if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                    continue;
                }
                countRunsEndingAt(text, end, counts, withArticle);
            }
        }
        // The longest name the page prints twice: "NPR Politics Podcast" over "Politics Podcast",
        // and over "Subscribe to the NPR Politics Podcast", which it prints once.
        String best = null;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            String name = entry.getKey();
            if (entry.getValue() >= 2
                    && (best == null
                            || name.length() > best.length()
                            || name.length() == best.length() && name.compareTo(best) < 0)) {
                best = name;
            }
        }
        if (best == null) {
            return null;
        }
        return withArticle.contains(best) ? "The " + best : best;
    }

    /**
     * Counts each name that the capitalised run ending at {@code end} of {@code text} may be: every
     * suffix of the run that starts with a capitalised word ("Politics Podcast", "NPR Politics
     * Podcast"). A name printed after a capitalised "The" inside the line keeps it.
     */
    private static void countRunsEndingAt(
            String text, int end, Map<String, Integer> counts, Set<String> withArticle) {
        // The few words before the end, not the whole line: a line may name "X Podcast" often.
        int from = Math.max(0, end - RUN_CHARS);
        String[] words = text.substring(from, end).split(" ");
        if (from > 0 && words.length > 0) {
            words[0] = ""; // cut inside a word: no name starts there
        }
        int last = words.length - 1;
        for (int first = last - 1; first >= 0 && last - first < MAX_WORDS; first--) {
            String word = words[first];
            if (word.isEmpty() || stripEnd(word).length() < word.length()) {
                return; // a sign ends the run: "Notes: Data Podcast"
            }
            if (!isCapitalised(word)) {
                if (!JOINERS.contains(word)) {
                    return;
                }
                continue;
            }
            if (word.equals("The")) {
                String name =
                        String.join(" ", java.util.Arrays.copyOfRange(words, first + 1, last + 1));
                if (first > 0 && counts.containsKey(name)) {
                    withArticle.add(name);
                }
                continue;
            }
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, first, last + 1));
            counts.merge(name, 1, Integer::sum);
        }
    }

    /** The name after the first {@code phrase} of {@code text}, or null. */
    private static String nameAfter(
            String text, String lower, String phrase, boolean needsPodcast) {
        int at = lower.indexOf(phrase);
        // The phrase opens the text or follows a blank or a sign ("Hello and welcome to ...").
        while (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
            at = lower.indexOf(phrase, at + 1);
        }
        if (at < 0) {
            return null;
        }
        String[] words = text.substring(at + phrase.length()).split(" ", MAX_WORDS + 3);
        int first = 0;
        // "welcome to the Data Engineering Podcast": a lower-case article is not the name's; a
        // capitalised one is ("The Bike Shed").
        if (first < words.length && ARTICLES.contains(words[first])) {
            first++;
        }
        int end = first;
        boolean closed = false;
        while (end < words.length && end - first < MAX_WORDS) {
            String word = words[end];
            String core = stripEnd(word);
            boolean capital = !core.isEmpty() && isCapitalised(core);
            boolean joiner = end > first && JOINERS.contains(core);
            if (!capital && !joiner) {
                break;
            }
            end++;
            if (core.length() < word.length()) {
                closed = true; // "Lab," "Founder." "Sendegarten!": the name ends at the sign
                break;
            }
        }
        while (end > first && JOINERS.contains(stripEnd(words[end - 1]))) {
            end--;
            closed = false;
        }
        if (end == first || EPISODE_WORDS.contains(words[first].toLowerCase(Locale.ROOT))) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (int i = first; i < end; i++) {
            name.append(i > first ? " " : "").append(i == end - 1 ? stripEnd(words[i]) : words[i]);
        }
        boolean podcastAfter =
                !closed
                                && end < words.length
                                && PODCAST_WORDS.contains(
                                        stripEnd(words[end]).toLowerCase(Locale.ROOT))
                        || closed
                                && words[end - 1].endsWith(",")
                                && podcastInApposition(words, end);
        String found = name.toString();
        boolean podcastIn = found.endsWith(" Podcast") || found.endsWith(" Show");
        if (needsPodcast && !podcastAfter && !podcastIn) {
            return null;
        }
        if (!closed && !podcastAfter && !podcastIn && end < words.length) {
            return null; // the run stops at a word of prose: not a name that stands on its own
        }
        return found;
    }

    /**
     * Whether the words from {@code from} call the name before them a podcast: "X, il podcast
     * quotidiano", "X, the daily podcast of", "X, un podcast de": the word podcast within a few
     * lower-case words after the name's comma.
     */
    private static boolean podcastInApposition(String[] words, int from) {
        for (int j = from; j < words.length && j < from + APPOSITION_WORDS; j++) {
            String word = stripEnd(words[j]);
            if (PODCAST_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (word.isEmpty() || word.length() < words[j].length() || isCapitalised(word)) {
                return false; // a sign or a name ends the apposition's opening
            }
        }
        return false;
    }

    private static boolean isCapitalised(String word) {
        int c = word.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /** The word without the signs at its end ("Lab," → "Lab"). */
    private static String stripEnd(String word) {
        int to = word.length();
        while (to > 0 && ",.;:!?)\u201D\"'".indexOf(word.charAt(to - 1)) >= 0) {
            to--;
        }
        return word.substring(0, to);
    }
}
