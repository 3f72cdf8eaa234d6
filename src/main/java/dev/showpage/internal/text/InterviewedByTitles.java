package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.List;
import java.util.Optional;

/**
 * The guest of a title that says who put the questions to whom: "Die Autorin Lea Brandt befragt von
 * Jonas Weber", "Mara Quill interviewed by Tom Reed", "Claire Dubois interrogée par Paul Martin",
 * "Lucía Pérez entrevistada por Jorge Ruiz", "Giulia Conti intervistata da Paolo Neri", "Ana Lima
 * entrevistada por Rui Costa", "Sabine Vermeer geïnterviewd door Joris van Dam"; one of the title
 * shapes of {@link TitleGuests}.
 *
 * <p>The asker's name must close the title: one that goes on after the pair ("... interviewed by
 * Tom Reed: what we learned", "... befragt von Jonas Weber – unsere Analyse") reports someone
 * else's interview. The show's own people are no guests, by a role word before the name or in it
 * ("Host Tom Reed", "Moderatorin Lea Brandt").
 *
 * <p>The participle of questioning is what makes persons of the two names around it; the one
 * questioned is the guest, the one after "by" asks. The guest's name must open the title or a part
 * of it, or follow a role noun ("Der Schriftsteller"), and the asker's must stand right after "by":
 * "Sieben Fragen beantwortet von ..." or "interviewed by the press" name no guest.
 */
final class InterviewedByTitles {

    /**
     * The past participles of interviewing in the seven languages, both genders where the language
     * has them: the words interview series put in their titles. Those of questioning alone
     * ("questioned", "interrogée", "ondervraagd", "verhört") are left out: courts and the police
     * question people too.
     */
    private static final Vocabulary QUESTIONED =
            Vocabulary.of(
                    "interviewed befragt interviewt interviewé interviewée entrevistado"
                            + " entrevistada intervistato intervistata geïnterviewd");

    /** "By" of the passive in the seven languages. */
    private static final Vocabulary BY = Vocabulary.of("by von par por da door");

    private InterviewedByTitles() {}

    /** The guest a title of that shape names; empty for any other title. */
    static Optional<Mention> find(List<String> words) {
        for (int i = 1; i + 2 < words.size(); i++) {
            if (!QUESTIONED.containsCore(words.get(i))
                    || endsPhrase(words.get(i))
                    || !BY.containsCore(words.get(i + 1))
                    || endsPhrase(words.get(i + 1))) {
                continue;
            }
            Span asker = Names.personAt(words, i + 2);
            if (asker == null || asker.from() != i + 2 || asker.to() != words.size()) {
                return Optional.empty(); // "... by Tom Reed: what we learned"
            }
            return questioned(words, i);
        }
        return Optional.empty();
    }

    /** The name that ends right before the participle at {@code i}, where it may stand. */
    private static Optional<Mention> questioned(List<String> words, int i) {
        for (int s = Math.max(0, i - Names.NAME_MAX_WORDS - 1); s < i; s++) {
            Span span = Names.personAt(words, s);
            if (span == null || span.from() != s || span.to() != i) {
                continue;
            }
            if (Names.isPossessive(words.get(i - 1))
                    || !opensOrIsDescribed(words, s)
                    || isShowsOwnBefore(words, s)) {
                return Optional.empty();
            }
            return Optional.of(new Mention(Names.join(words, s, i), s));
        }
        return Optional.empty();
    }

    /**
     * Whether a host's or the crew's word stands before the name at {@code s} or opens it ("Host
     * Tom Reed", "Co-host Tom Reed", "la conduttrice Giulia Conti"): the show's own people.
     */
    private static boolean isShowsOwnBefore(List<String> words, int s) {
        return ShowCircleWords.isShowsOwn(words.get(s))
                || (s > 0 && ShowCircleWords.isShowsOwn(words.get(s - 1)));
    }

    /**
     * Whether the name at {@code s} opens the title or a part of it ("Folge 3: Mara Quill", "#12 -
     * Mara Quill"), or follows a role noun ("the novelist Mara Quill", "Museumsleiterin Lea
     * Brandt"); a German one is taken by its ending, as the article before it may be glued to what
     * the page put in front of the title.
     */
    private static boolean opensOrIsDescribed(List<String> words, int s) {
        if (s == 0) {
            return true;
        }
        String before = words.get(s - 1);
        return before.endsWith(":")
                || Names.isDash(before)
                || before.equals("|")
                || PersonWords.isRoleNoun(before)
                || GermanRoleNouns.isRoleShaped(before);
    }
}
