package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * Sentences that open on the episode and then let a named person speak: "In this episode, Mara
 * Quill explains ...", "This week, Mara Quill shares ...", "Dans cet épisode, Mara Quill raconte
 * ...", "En este episodio, Mara Quill nos cuenta ...", "In questa puntata Mara Quill racconta ...";
 * and the host's "Meet Mara Quill, ..." ("Conheça Mara Quill", "Conozca a Mara Quill"). The opener
 * must name the episode or its time, and the verb must be one a speaker says ({@link
 * SpeakerVerbs}): "In 1820, Mara Quill explains the logbook" opens on no episode.
 */
final class EpisodeOpeners {

    private EpisodeOpeners() {}

    /** Most words of the opener before the name: "In this episode,", "Dans cet épisode,". */
    private static final int OPENER_MAX_WORDS = 4;

    /** The verbs a host asks the listener to meet someone with, at a sentence's start. */
    static final Vocabulary MEET_WORDS =
            Vocabulary.of("meet rencontrez conheça conozca conoced conosciamo");

    /** The words a text must hold for a phrase of this class to stand in it. */
    static final String WORDS =
            "meet rencontrez conheça conozca conoced conosciamo episode épisode episodio puntata"
                    + " episódio aflevering folge";

    /** The people the text's sentences let speak after an opener, or ask to meet. */
    static void find(List<String> words, boolean[] credit, List<Mention> found) {
        for (int i = 0; i < words.size(); i++) {
            if (credit[i] || (i > 0 && !CreditLines.endsSentence(words.get(i - 1)))) {
                continue; // only at a sentence's start
            }
            if (MEET_WORDS.containsCore(words.get(i)) && !endsPhrase(words.get(i))) {
                int at = i + 1;
                if (at + 1 < words.size() && Vocabulary.coreIs(words.get(at), "a")) {
                    at++; // "Conozca a Mara Quill"
                }
                Span span = at < words.size() ? Names.personAt(words, at) : null;
                if (span != null && span.from() <= at + 2 && closes(words, span)) {
                    add(words, span, found);
                }
                continue;
            }
            int name = afterOpener(words, i);
            if (name < 0) {
                continue;
            }
            Span span = Names.personAt(words, name);
            if (span != null
                    && span.from() <= name + 2
                    && !endsPhrase(words.get(span.to() - 1))
                    && SpeakerVerbs.speaksAt(words, span.to())) {
                add(words, span, found);
            }
        }
    }

    /** Whether the name is a whole phrase: it ends the text, or a comma or full stop ends it. */
    private static boolean closes(List<String> words, Span span) {
        String last = words.get(span.to() - 1);
        return span.to() == words.size() && !Names.isPossessive(last)
                || (endsPhrase(last) && !Names.isPossessive(last));
    }

    /**
     * Where the name after an opener of the episode starts ("In this episode,", "In questa
     * puntata"); -1 when the words from {@code i} are no such opener.
     */
    private static int afterOpener(List<String> words, int i) {
        boolean episode = false;
        for (int k = i; k < words.size() && k < i + OPENER_MAX_WORDS; k++) {
            String w = words.get(k);
            if (!CompanionPhrases.FILLERS.containsCore(w)) {
                return -1;
            }
            episode |= PersonWords.isConversationNoun(w);
            if (episode && (w.endsWith(",") || nameNext(words, k + 1))) {
                return k + 1 < words.size() ? k + 1 : -1;
            }
            if (endsPhrase(w)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean nameNext(List<String> words, int at) {
        return at < words.size() && Names.isNameWord(words.get(at));
    }

    private static void add(List<String> words, Span span, List<Mention> found) {
        if (found.stream().noneMatch(m -> m.wordIndex() == span.from())) {
            found.add(new Mention(Names.join(words, span.from(), span.to()), span.from()));
        }
    }
}
