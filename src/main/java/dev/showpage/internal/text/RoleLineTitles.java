package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.core;
import static dev.showpage.internal.text.Names.endsPhrase;
import static dev.showpage.internal.text.Names.join;
import static dev.showpage.internal.text.Names.words;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.List;
import java.util.Optional;

/**
 * The guest of a title that is only a name, told by the line of role under it ("Mara Quill" over
 * "Founder of Harbour Radio"): one of the title shapes of {@link TitleGuests}.
 */
final class RoleLineTitles {

    private RoleLineTitles() {}

    /**
     * "Mara Quill" as the whole title, with a line of role right under it ("Founder of Harbour
     * Radio", "Fondatrice de Harbour", "CEO at Harbour"), and notes after it that name the person
     * again: an episode page that heads its notes with the guest's name and what they do. A bare
     * name over anything else may be a topic's ("Deep Work") and is left.
     */
    static Optional<Mention> find(String title, List<String> words, List<String> notes) {
        Span span = words.isEmpty() ? null : Names.personAt(words, 0);
        if (span == null
                || span.from() > 1
                || span.to() != words.size()
                || endsPhrase(words.get(span.to() - 1))
                || Names.isPossessive(words.get(span.to() - 1))) {
            return Optional.empty();
        }
        String surname = core(words.get(span.to() - 1));
        for (int i = 0; i < notes.size(); i++) {
            if (!notes.get(i).equals(title)) {
                return isRoleLine(notes.get(i))
                                && namedAgain(surname, notes.subList(i + 1, notes.size()))
                        ? Optional.of(new Mention(join(words, span.from(), span.to()), span.from()))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether a note after the line of role names the person again, by the surname at least. */
    private static boolean namedAgain(String surname, List<String> notes) {
        return Names.printedAsWords(surname, notes);
    }

    /** Most words of a line of role ("Co-founder and CEO of Harbour Lights Radio"). */
    private static final int ROLE_LINE_MAX_WORDS = 8;

    /**
     * A short line that opens with a role noun in capitals and says where ("Founder of X", "CEO at
     * X", "Fondateur de X", "Gründerin von X", "Professor, Harbour University") or is the role
     * alone ("Historian"); not a credit or a host's line ("Producer: X", "Host of X"), nor a
     * sentence.
     */
    private static boolean isRoleLine(String line) {
        List<String> words = words(line);
        if (words.isEmpty() || words.size() > ROLE_LINE_MAX_WORDS) {
            return false;
        }
        String first = words.get(0);
        String last = words.get(words.size() - 1);
        if (!Character.isUpperCase(first.codePointAt(0))
                || !PersonWords.isRoleNoun(first, true)
                || PersonWords.isCreditWord(first)
                || PersonWords.isHostWord(first)
                || CreditLines.endsSentence(last)
                || first.endsWith(":")) {
            return false;
        }
        int at = 1;
        if (at + 1 < words.size()
                && !endsPhrase(first)
                && PersonWords.isAndWord(words.get(at))
                && PersonWords.isRoleNoun(words.get(at + 1), true)) {
            at += 2; // "Co-founder & CEO of X"
            first = words.get(at - 1);
        }
        return at == words.size()
                || first.endsWith(",")
                || (!endsPhrase(first) && ROLE_PLACE_WORDS.containsCore(words.get(at)));
    }

    /** The words after a role that say where: of, at, de, von, bei, di, da, van, chez, en. */
    private static final Vocabulary ROLE_PLACE_WORDS =
            Vocabulary.of(
                    "of at for de du des d'une d'un von vom bei der di del della da do dos das"
                            + " van bij chez en à in");
}
