package dev.showpage.internal.text;

import java.util.List;

/**
 * The verbs show notes say of the person an episode speaks with, in the third person of the seven
 * languages read: telling, explaining, recalling, reflecting ("Mara Quill explains", "Mara Quill
 * looks back on", "Mara erzählt", "Mara raconte", "Mara nos cuenta", "Mara ricorda", "Mara
 * vertelt"), and an expert's analysing and commenting ("Mara analysiert", "Mara analisa", "Mara
 * commenta"). A name followed by one is spoken of as a person who speaks, which a topic's name
 * ("Deep Water", "Harbour Lights") seldom is. Verbs of any subject ("takes", "gives", "makes") are
 * left out, and so are joining (which {@link ArrivalPhrases} reads with where one joins: "joins the
 * board" names no guest) and the verbs that mean something else without a listener's pronoun before
 * them ("cuenta con", "conta com": "has"), which count only after one ("nos cuenta").
 */
final class SpeakerVerbs {

    private SpeakerVerbs() {}

    private static final Vocabulary VERBS =
            Vocabulary.of(
                    "explains shares talks tells says describes discusses reflects recalls"
                            + " remembers reveals argues speaks recounts answers"
                            + " erklärt erzählt berichtet spricht beschreibt erinnert"
                            + " explique raconte évoque décrit partage parle"
                            + " explica relata recuerda describe comparte habla"
                            + " spiega racconta ricorda descrive condivide parla"
                            + " fala relembra descreve partilha compartilha"
                            + " vertelt beschrijft deelt blikt praat"
                            + " analyses analyzes analysiert analyse analiza analizza analisa"
                            + " analyseert comments kommentiert commente comenta commenta"
                            + " becommentarieert");

    /**
     * The pronouns of the listeners and the host that stand before the verb in French, Spanish,
     * Italian and Portuguese.
     */
    private static final Vocabulary OBJECT_PRONOUNS = Vocabulary.of("nous nos ci me mi vous os vi");

    /** Verbs of telling that say so only after a listener's pronoun: "nos cuenta", "nos conta". */
    private static final Vocabulary TOLD_TO_US = Vocabulary.of("cuenta conta");

    /** "looks back", "blickt zurück": a verb of looking that with "back" recalls. */
    private static final Vocabulary LOOKING = Vocabulary.of("looks blickt");

    private static final Vocabulary BACK = Vocabulary.of("back zurück");

    /** Whether the words at {@code at} say something a speaking guest does. */
    static boolean speaksAt(List<String> words, int at) {
        if (at >= words.size()) {
            return false;
        }
        String verb = words.get(at);
        if (OBJECT_PRONOUNS.containsCore(verb)
                && !Names.endsPhrase(verb)
                && at + 1 < words.size()) {
            verb = words.get(at + 1); // "Mara nos cuenta", "Mara nous raconte", "Mara ci racconta"
            if (TOLD_TO_US.containsCore(verb)) {
                return true;
            }
        }
        if (VERBS.containsCore(verb)) {
            return true;
        }
        return LOOKING.containsCore(verb)
                && !Names.endsPhrase(verb)
                && at + 1 < words.size()
                && BACK.containsCore(words.get(at + 1));
    }
}
