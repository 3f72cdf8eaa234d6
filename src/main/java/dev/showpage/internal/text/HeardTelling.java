package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * The guest the listeners hear telling: "we hear Mara Quill explain ...", "ouvimos Mara Quill
 * contar ...", "escuchamos a Mara Quill relatar ...", "ascoltiamo Mara Quill raccontare ...", "nous
 * entendons Mara Quill raconter ...", "hören wir Mara Quill erzählen ...", "horen we Mara Quill
 * vertellen ...". A verb of hearing in the first person plural, a name, and a verb of telling right
 * after it: the name is one who speaks on the episode, which a topic heard of ("we hear Harbour
 * Lights play") is not.
 */
final class HeardTelling {

    private HeardTelling() {}

    /**
     * The verbs of hearing in the first person plural, in the seven languages ("hear" with "we"
     * before it; German and Dutch put "wir", "we" after theirs).
     */
    static final Vocabulary HEARING =
            Vocabulary.of(
                    "hear entendons écoutons escuchamos oímos ascoltiamo sentiamo ouvimos"
                            + " escutamos hören horen");

    /** The pronoun "we" before English "hear", after German "hören" and Dutch "horen". */
    private static final Vocabulary WE = Vocabulary.of("we wir");

    /** The infinitives of telling in the seven languages, which the one heard does. */
    private static final Vocabulary TELLING =
            Vocabulary.of(
                    "tell explain talk speak describe recall share raconter expliquer parler"
                            + " décrire évoquer partager erzählen erklären sprechen berichten"
                            + " beschreiben contar explicar hablar relatar describir raccontare"
                            + " spiegare parlare descrivere falar descrever partilhar vertellen"
                            + " uitleggen praten spreken");

    /** Where the name of the one heard telling starts after the verb at {@code i}; else -1. */
    static int nameAfter(List<String> words, int i) {
        String verb = words.get(i);
        if (!HEARING.containsCore(verb) || endsPhrase(verb)) {
            return -1;
        }
        int start = i + 1;
        if (Vocabulary.coreIs(verb, "hear")) {
            if (i == 0 || !WE.containsCore(words.get(i - 1))) {
                return -1; // "we hear", not "to hear" or "you hear"
            }
        } else if (start < words.size() && WE.containsCore(words.get(start))) {
            start++; // "hören wir", "horen we"
        }
        if (start + 1 < words.size()
                && Vocabulary.coreIs(words.get(start), "a")
                && !endsPhrase(words.get(start))) {
            start++; // "escuchamos a Mara Quill"
        }
        Span span = start < words.size() ? Names.personAt(words, start) : null;
        if (span == null
                || span.from() != start
                || span.to() >= words.size()
                || endsPhrase(words.get(span.to() - 1))
                || !TELLING.containsCore(words.get(span.to()))) {
            return -1;
        }
        return start;
    }
}
