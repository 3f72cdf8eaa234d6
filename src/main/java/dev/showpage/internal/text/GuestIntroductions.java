package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.core;
import static dev.showpage.internal.text.Names.endsPhrase;
import static dev.showpage.internal.text.Names.firstWord;
import static dev.showpage.internal.text.Names.isNameWord;
import static dev.showpage.internal.text.Names.join;
import static dev.showpage.internal.text.Names.nameEnd;
import static dev.showpage.internal.text.Names.words;

import dev.showpage.internal.text.Names.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The phrases show notes introduce a guest with ("with Jesse Hanley", "I talk to Kent C. Dodds",
 * "Ben and Aaron discuss", "DHH discusses", "#979 - Dwarkesh Patel"), and the names they give.
 */
final class GuestIntroductions {

    private static final Set<String> TALK_VERBS =
            Set.of("talk", "talks", "talking", "speak", "speaks", "chat", "chats", "sit", "sits");
    private static final Set<String> DISCUSS_VERBS =
            Set.of("discuss", "discusses", "talk", "talks", "chat", "chats", "explore", "explores");
    private static final Set<String> SUBJECT_VERBS =
            Set.of("discusses", "joins", "talks", "explains", "shares", "returns");

    private static final String[] INTRODUCING_WORDS = {"with", "avec", "to", "down", "and"};

    /** The separators between the parts of a title: " - ", " – ", " — ", " | ", ": ". */
    private static final Pattern TITLE_PARTS = Pattern.compile(" [-\u2013\u2014|] |: ");

    /** "#979", "Ep. 12", "Episode 3", "42": a title part that is only the episode's number. */
    private static final Pattern EPISODE_NUMBER = Pattern.compile("(#|Ep\\.? ?|Episode )?\\d+");

    private static final Set<String> ROLES =
            Set.of(
                    "ceo",
                    "cto",
                    "cpo",
                    "coo",
                    "cfo",
                    "vp",
                    "founder",
                    "co-founder",
                    "cofounder",
                    "president",
                    "director",
                    "dr",
                    "prof",
                    "professor");

    private GuestIntroductions() {}

    /** See {@link Names#introduced(String, boolean)}. */
    static List<Mention> find(String text, boolean isTitle) {
        if (!isTitle && !mayIntroduce(text)) {
            return List.of(); // most prose introduces no one: skip the word-by-word reading
        }
        List<String> words = words(text);
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = core(words.get(i)).toLowerCase(Locale.ROOT);
            int start = -1;
            if ((w.equals("with") || w.equals("avec")) && !endsPhrase(words.get(i))) {
                start = i + 1;
            } else if ((w.equals("to") || w.equals("down"))
                    && i > 0
                    && TALK_VERBS.contains(core(words.get(i - 1)).toLowerCase(Locale.ROOT))) {
                start = i + 1;
                if (w.equals("down")
                        && i + 1 < words.size()
                        && core(words.get(i + 1)).equalsIgnoreCase("with")) {
                    start = i + 2;
                }
            }
            if (start > 0) {
                start = afterRole(words, start);
                int end = nameEnd(words, start);
                if (end - start >= 2) {
                    found.add(new Mention(join(words, start, end), start));
                    // "with Monica Sarbu and Tudor Golubenco"
                    if (end + 1 < words.size()
                            && !endsPhrase(words.get(end - 1))
                            && core(words.get(end)).equals("and")) {
                        int next = nameEnd(words, end + 1);
                        if (next - (end + 1) >= 2) {
                            found.add(new Mention(join(words, end + 1, next), end + 1));
                        }
                    }
                }
            }
        }
        // "DHH discusses ..." (titles), "Ben and Aaron discuss", "Carl Sverre and I discuss"
        for (int i = 0; i < words.size(); i++) {
            if (i > 0 && isNameWord(words.get(i - 1)) && !endsPhrase(words.get(i - 1))) {
                continue;
            }
            int end = nameEnd(words, i);
            if (end == i || end >= words.size()) {
                continue;
            }
            String after = core(words.get(end)).toLowerCase(Locale.ROOT);
            if (isTitle && SUBJECT_VERBS.contains(after)) {
                found.add(new Mention(join(words, i, end), i));
            } else if (after.equals("and") && end + 1 < words.size()) {
                int second = end + 1;
                int secondEnd =
                        core(words.get(second)).equals("I") ? second + 1 : nameEnd(words, second);
                if (secondEnd > second
                        && secondEnd < words.size()
                        && DISCUSS_VERBS.contains(
                                core(words.get(secondEnd)).toLowerCase(Locale.ROOT))) {
                    found.add(new Mention(join(words, i, end), i));
                    if (!core(words.get(second)).equals("I")) {
                        found.add(new Mention(join(words, second, secondEnd), second));
                    }
                }
            }
        }
        if (isTitle) {
            titleSegmentName(text)
                    .ifPresent(name -> found.add(new Mention(name, indexOfFirstWord(words, name))));
        }
        found.sort(Comparator.comparingInt(Mention::wordIndex));
        return found;
    }

    /** Where the name's first word first stands among the words, or -1. */
    private static int indexOfFirstWord(List<String> words, String name) {
        String first = firstWord(name);
        for (int i = 0; i < words.size(); i++) {
            if (core(words.get(i)).equals(first)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a paragraph holds a word that the phrases above start from ("with", "avec", "to",
     * "down", "and"), in any case: without one it introduces no one.
     */
    private static boolean mayIntroduce(String text) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                int length = i - start;
                if (length >= 2 && length <= 4) {
                    for (String key : INTRODUCING_WORDS) {
                        if (key.length() == length
                                && text.regionMatches(true, start, key, 0, length)) {
                            return true;
                        }
                    }
                }
                start = -1;
            }
        }
        return false;
    }

    /**
     * "#979 - Dwarkesh Patel - AI Safety", "#9: Dwarkesh Patel", "Great teams | Lane Shackleton
     * (CPO of Coda)": a title part that is only a name, right after the episode's number or
     * followed by the guest's role in brackets.
     */
    private static Optional<String> titleSegmentName(String title) {
        String[] parts = TITLE_PARTS.split(title);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            boolean afterNumber = i > 0 && EPISODE_NUMBER.matcher(parts[i - 1].trim()).matches();
            int bracket = part.indexOf(" (");
            boolean withRole = bracket > 0 && part.endsWith(")");
            if (withRole) {
                part = part.substring(0, bracket);
            }
            if (!afterNumber && !withRole) {
                continue;
            }
            List<String> words = words(part);
            if (words.size() >= 2
                    && words.size() <= 3
                    && nameEnd(words, 0) == words.size()
                    && !endsPhrase(words.get(words.size() - 1))) {
                return Optional.of(join(words, 0, words.size()));
            }
        }
        return Optional.empty();
    }

    /** "with Chroma CTO Hammad Bashir": the name starts after the role words. */
    private static int afterRole(List<String> words, int start) {
        int end = nameEnd(words, start);
        int from = start;
        for (int i = start; i < end; i++) {
            if (ROLES.contains(core(words.get(i)).toLowerCase(Locale.ROOT)) && end - (i + 1) >= 2) {
                from = i + 1;
            }
        }
        return from;
    }
}
