package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.core;
import static dev.showpage.internal.text.Names.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The heading of a guest list ("Guests:", "Our guest:", "Featuring:", "In this episode:", "Invités
 * :", "Gäste:", "Invitado:", "Ospiti:", "Convidados:", "Gasten:", or "GUESTS" alone on a line), and
 * the names the rest of its line gives ("Guests: Mara Quill and Oskar Lind").
 */
public final class GuestHeadings {

    /** Words a heading may have before its guest word: "Our guest:", "This week's guests:". */
    private static final int HEADING_MAX_WORDS = 4;

    /** How much of a line's start a heading and its colon may take. */
    private static final int HEADING_MAX_CHARS = 80;

    /** "In this episode:", "Dans cet épisode :", "In dieser Folge:", "En este episodio:". */
    private static final Set<String> EPISODE_WORDS =
            Set.of(
                    "episode",
                    "épisode",
                    "folge",
                    "episodio",
                    "puntata",
                    "episódio",
                    "aflevering",
                    "interview",
                    "show");

    private static final Set<String> IN_WORDS =
            Set.of("in", "on", "dans", "im", "en", "nel", "neste", "nesse", "nella");

    private GuestHeadings() {}

    /**
     * Where the rest of a heading line starts (a character index, the line's length when nothing
     * follows), or empty when the line is no guest-list heading.
     */
    public static OptionalInt restAfter(String line) {
        // One word past the heading's longest is all its reading looks at
        List<String> words =
                NameForms.firstWords(Names.opening(line, HEADING_MAX_CHARS), HEADING_MAX_WORDS + 1);
        int chars = 0;
        for (int k = 0; k < words.size() && k < HEADING_MAX_WORDS; k++) {
            String w = words.get(k);
            chars = line.indexOf(w, chars) + w.length();
            // "Guests:", "**Guests:**" (markdown's bold), "Guests :" and "Guests — X"
            boolean colon = w.endsWith(":") || w.endsWith(":**") || w.endsWith(":*");
            boolean colonNext =
                    k + 1 < words.size()
                            && (words.get(k + 1).equals(":") || Names.isDash(words.get(k + 1)));
            boolean alone = k == words.size() - 1 && !Names.endsPhrase(w);
            if (!colon && !colonNext && !alone) {
                if (Names.endsPhrase(w)) {
                    return OptionalInt.empty();
                }
                continue;
            }
            if (!isHeading(words.subList(0, k + 1), colon || colonNext)) {
                return OptionalInt.empty();
            }
            if (colonNext) {
                String sign = words.get(k + 1);
                chars = line.indexOf(sign, chars) + sign.length();
            }
            return OptionalInt.of(Math.min(chars, line.length()));
        }
        return OptionalInt.empty();
    }

    private static boolean isHeading(List<String> heading, boolean colon) {
        String last = heading.get(heading.size() - 1);
        if (PersonWords.isGuestHeadingWord(last)) {
            // "GUESTS" alone on a line is a heading, and so is "About the guest" ("Über unseren
            // Gast", "Sobre el invitado", "Over de gast"); a sentence that ends in "guest" is not
            return colon
                    || heading.size() <= 2
                    || (PersonWords.isOnWord(heading.get(0)) && heading.size() <= 3);
        }
        String first = core(heading.get(0)).toLowerCase(Locale.ROOT);
        return colon
                && heading.size() >= 2
                && IN_WORDS.contains(first)
                && EPISODE_WORDS.contains(core(last).toLowerCase(Locale.ROOT));
    }

    /**
     * The names a heading's line gives after the heading, which ends at {@code restAt} (as {@link
     * #restAfter} tells): "Mara Quill and Oskar Lind", "Mara Quill, Oskar Lind", "Mara Quill,
     * historian at Harbour", and under a guest noun "Ann, Kai and Tom Reed" ({@link
     * SharedSurnames}); none when it is a sentence.
     */
    public static List<String> namesIn(String line, int restAt) {
        List<String> heading = new ArrayList<>(words(line.substring(0, restAt)));
        // "Guests :" and "Guests — X": the sign is no word of the heading
        while (!heading.isEmpty()
                && (heading.get(heading.size() - 1).equals(":")
                        || Names.isDash(heading.get(heading.size() - 1)))) {
            heading.remove(heading.size() - 1);
        }
        return namesIn(line.substring(restAt).trim(), SharedSurnames.sharesUnder(heading));
    }

    private static List<String> namesIn(String rest, boolean sharing) {
        List<String> names = new ArrayList<>();
        List<String> words = words(rest);
        int at = 0;
        while (at < words.size()) {
            SharedSurnames.Run shared =
                    sharing ? SharedSurnames.at(words, at, GuestHeadings::isAnd) : null;
            if (shared != null) {
                // "Ann and Tom Reed": each first name takes the surname after it
                int end = shared.end();
                if (end == words.size()) {
                    names.addAll(shared.names());
                    break;
                }
                String next = words.get(end);
                if (isAnd(next)) {
                    names.addAll(shared.names());
                    at = end + 1;
                    continue;
                }
                if (words.get(end - 1).endsWith(",")
                        || next.startsWith("(")
                        || Names.isDash(next)) {
                    names.addAll(shared.names());
                    at = end;
                    continue;
                }
                break; // "Ann and Tom Reed talk ...": a sentence, not a list of names
            }
            Names.Span span = Names.personAt(words, at);
            if (span == null
                    || span.from() > at + 1
                    || Names.isPossessive(words.get(span.to() - 1))) {
                break;
            }
            names.add(Names.join(words, span.from(), span.to()));
            int end = span.to();
            if (end == words.size()) {
                break;
            }
            String next = words.get(end);
            if (isAnd(next)) {
                at = end + 1;
            } else if (words.get(end - 1).endsWith(",")) {
                Names.Span after = Names.personAt(words, end);
                boolean shares =
                        sharing && SharedSurnames.at(words, end, GuestHeadings::isAnd) != null;
                if (!shares && (after == null || after.from() > end + 1)) {
                    break; // "Mara Quill, historian": the rest describes her
                }
                at = end;
            } else if (next.startsWith("(") || Names.isDash(next)) {
                break;
            } else {
                names.remove(names.size() - 1); // a sentence, not a list of names
                break;
            }
        }
        return names;
    }

    private static boolean isAnd(String raw) {
        String w = raw.toLowerCase(Locale.ROOT);
        return w.equals("and")
                || w.equals("&")
                || w.equals("et")
                || w.equals("und")
                || w.equals("y")
                || w.equals("e")
                || w.equals("en");
    }
}
