package dev.showpage.internal.text;

import java.util.List;

/**
 * The parts of show notes that speak of a later episode ("Next week, X joins me", "I will be back
 * on Friday, when X joins me", "la semaine prochaine, je reçois X", "nächste Woche ist X zu Gast"):
 * whoever they introduce is the guest of another episode, not of this one. The words are the common
 * words for "next" and for a span of time or an episode in the seven languages the parser reads.
 */
final class LaterEpisodes {

    private LaterEpisodes() {}

    /** "next", "prochaine", "nächste", "próxima", "prossima", "volgende", "upcoming", "future". */
    static final Vocabulary NEXT_WORDS =
            Vocabulary.of(
                    "next upcoming future prochaine prochain prochains prochaines nächste nächsten"
                        + " nächster nächstes kommende kommenden próxima próximo próximas próximos"
                        + " prossima prossimo prossime prossimi volgende");

    /** The spans and episodes that "next" speaks of: week, time, episode, show, month. */
    static final Vocabulary LATER_UNITS =
            Vocabulary.of(
                    "week weeks time episode episodes show month semaine fois épisode épisodes"
                            + " émission mois woche mal folge folgen sendung monat semana vez"
                            + " episodio episodios programa mes settimana volta puntata puntate"
                            + " mese episódio episódios keer aflevering afleveringen maand");

    /**
     * Which words stand in a part of a sentence that speaks of a later episode: from a "next" word
     * beside a word of time or episode ("next week", "la semaine prochaine"), or from "will be
     * back", to the sentence's end. What the sentence says before it stays this episode's ("Mara
     * Quill joins me, and she will be back next week").
     */
    static boolean[] mask(List<String> words) {
        return mask(words, WordClasses.of(words));
    }

    /** See {@link #mask(List)}, for words whose {@link WordClasses} are known. */
    static boolean[] mask(List<String> words, int[] classes) {
        boolean[] masked = new boolean[words.size()];
        boolean on = false;
        for (int i = 0; i < words.size(); i++) {
            if (i > 0 && CreditLines.endsSentence(words.get(i - 1))) {
                on = false;
            }
            // A word of neither class starts neither phrase: "next" and "week" are both of LATER
            if (!on
                    && (((classes[i] & WordClasses.LATER) != 0 && nextUnit(words, i))
                            || (i + 1 < classes.length
                                    && (classes[i + 1] & WordClasses.BE) != 0
                                    && willBeBack(words, i)))) {
                on = true;
            }
            masked[i] = on;
        }
        return masked;
    }

    /** "next week", "semaine prochaine": a next word beside a unit, in either order. */
    private static boolean nextUnit(List<String> words, int i) {
        if (i + 1 >= words.size() || Names.endsPhrase(words.get(i))) {
            return false;
        }
        String a = words.get(i);
        String b = words.get(i + 1);
        return (NEXT_WORDS.containsCore(a) && LATER_UNITS.containsCore(b))
                || (LATER_UNITS.containsCore(a) && NEXT_WORDS.containsCore(b));
    }

    /** "will be back", "I'll be back", "we’ll be back". */
    private static boolean willBeBack(List<String> words, int i) {
        if (i + 2 >= words.size()) {
            return false;
        }
        String will = words.get(i).toLowerCase(java.util.Locale.ROOT);
        boolean future = will.equals("will") || will.endsWith("'ll") || will.endsWith("\u2019ll");
        return future
                && Vocabulary.coreIs(words.get(i + 1), "be")
                && Vocabulary.coreIs(words.get(i + 2), "back")
                && !Names.endsPhrase(words.get(i))
                && !Names.endsPhrase(words.get(i + 1));
    }
}
