package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * "avec Mara Quill, historienne de la mer", "with Tom Reed, a beekeeper", "con Lucía Pérez,
 * periodista de radio", "mit Lea Brandt, Historikerin,": a name right after "with" that a comma and
 * the person's role follow names the one the episode is with, though no word of talk stands near
 * the "with"; the role says that a person, not a thing or a band, is meant, and that the notes
 * present them. A role of the show's own ("with Tom Reed, our producer") names no guest.
 */
final class WithAppositions {

    private WithAppositions() {}

    /** The name after the "with" at {@code with} when a comma and a guest's role follow it. */
    static Span nameAfter(List<String> words, int with) {
        if (endsPhrase(words.get(with)) || with + 1 >= words.size()) {
            return null;
        }
        Span span = Names.personAt(words, with + 1);
        if (span == null
                || span.from() != with + 1
                || Names.isPossessive(words.get(span.to() - 1))
                || CompanionPhrases.DETERMINERS.containsCore(words.get(span.from()))) {
            return null;
        }
        return GuestMentionEnds.roleAfterComma(words, span) ? span : null;
    }
}
