package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * The guest a colon after "this episode" names with their role, in the seven languages: "In this
 * episode: Mara Quill, baker, on ...", "Dans cet épisode : Claire Dubois, autrice", "In dieser
 * Folge: Jonas Weber, Autor", "En este episodio: Lucía Pérez, periodista", "In questa puntata:
 * Paolo Neri, scrittore", "Neste episódio: Ana Lima, professora", "In deze aflevering: Joris van
 * Dam, auteur". The episode must be this one (a demonstrative before it, maybe past an adjective or
 * two: "in this special episode"), and the name must be followed by a comma and a role noun: a
 * colon after an episode lists topics as often ("In this episode: Donald Trump, tariffs and more").
 * The phrase must open its sentence or line: inside a sentence ("a note about this episode: X,
 * president then, ...") the colon opens a remark, not a list of guests.
 */
final class EpisodeColonNames {

    private EpisodeColonNames() {}

    /**
     * The demonstratives of the seven languages that make the episode this one: "this", "today's",
     * "cet", "dieser", "este", "questa", "neste", "deze".
     */
    private static final Vocabulary THIS =
            Vocabulary.of(
                    "this today's today’s ce cet cette dieser diesem diese dieses este esta"
                            + " questa questo neste nesta deze dit");

    /**
     * The prepositions that open such a heading in the seven languages ("In this episode:", "Dans
     * cet épisode :", "En este episodio:", "Nel episodio", "Neste" needs none, "Op deze"): the
     * heading must open its sentence or line, past one of these at most.
     */
    private static final Vocabulary OPENING_PREPOSITIONS =
            Vocabulary.of("in on dans en nel nella em no na op");

    /**
     * The pronouns of the show's side after "with" in a heading, in the seven languages: "With us
     * in this episode:", "Avec nous", "Mit uns", "Con nosotros", "Con noi", "Met ons".
     */
    private static final Vocabulary US = Vocabulary.of("us nous uns nosotros nosotras noi nós ons");

    /**
     * The nouns for guests in the seven languages, singular and plural, that open a heading of
     * them: "Guests in this episode:", "Gäste in dieser Sendung:", "Invités de cette émission :".
     */
    private static final Vocabulary GUEST_NOUNS =
            Vocabulary.of(
                    "guest guests gast gäste invité invités invitée invitées invitado invitados"
                            + " invitada invitadas ospite ospiti convidado convidados convidada"
                            + " convidadas gasten");

    /**
     * Whether the heading that ends at {@code opens} (its preposition or demonstrative) is opened
     * by a "with" ("Met in deze uitzending:", "With us in this episode:", "Mit uns in dieser
     * Sendung:") or a guests' noun ("Guests in this episode:"), at its sentence's or line's start:
     * a heading that says its list names the episode's people.
     */
    private static boolean namesGuests(List<String> words, int opens) {
        int h = opens - 1;
        if (h > 0 && US.containsCore(words.get(h)) && !endsPhrase(words.get(h))) {
            h--;
        }
        if (h < 0
                || endsPhrase(words.get(h))
                || (h > 0 && !CreditLines.endsSentence(words.get(h - 1)))) {
            return false;
        }
        return (WordClasses.of(words.get(h)) & WordClasses.WITH) != 0
                || GUEST_NOUNS.containsCore(words.get(h));
    }

    /** Most adjectives between the demonstrative and the episode ("this special bonus episode"). */
    private static final int ADJECTIVES_MAX = 2;

    /**
     * The name after the colon of a phrase whose word of the episode is at {@code i} ({@link
     * WordClasses#WHEN}), or null.
     */
    static Span after(List<String> words, int i, boolean[] credit, List<Mention> found) {
        String word = words.get(i);
        int start;
        if (word.endsWith(":") && word.length() > 1) {
            start = i + 1;
        } else if (i + 1 < words.size() && words.get(i + 1).equals(":")) {
            start = i + 2; // French spacing: "cet épisode : Claire Dubois"
        } else {
            return null;
        }
        int k = i - 1;
        for (int skipped = 0;
                k > 0
                        && skipped < ADJECTIVES_MAX
                        && !THIS.containsCore(words.get(k))
                        && Character.isLowerCase(words.get(k).charAt(0))
                        && !endsPhrase(words.get(k));
                skipped++) {
            k--;
        }
        if (k < 0 || !THIS.containsCore(words.get(k)) || endsPhrase(words.get(k))) {
            return null;
        }
        int opens = k > 0 && OPENING_PREPOSITIONS.containsCore(words.get(k - 1)) ? k - 1 : k;
        boolean guestHeading = namesGuests(words, opens);
        if (opens > 0 && !CreditLines.endsSentence(words.get(opens - 1)) && !guestHeading) {
            // "A note about this episode: X, president then, ...": no heading; "Met in deze
            // uitzending:", "with" before it, is the Dutch guides' heading of the guests
            return null;
        }
        if (start < words.size() && EpisodeItemNames.opensItem(words.get(start))) {
            if (guestHeading) {
                // "Met in deze uitzending: -Mara ...": the heading says the items name who is
                // with the show; under a bare "In this episode:" they are as often headlines
                // about people ("-Real Madrid about to sign ...")
                EpisodeItemNames.read(words, start, credit, found);
            }
            return null;
        }
        if (start >= words.size() || !Names.isNameWord(words.get(start))) {
            return null;
        }
        Span span = Names.personAt(words, start);
        if (span == null || span.to() >= words.size()) {
            return null;
        }
        String last = words.get(span.to() - 1);
        String role = words.get(span.to());
        if (!last.endsWith(",")
                || Names.isPossessive(last)
                || !PersonWords.isRoleNoun(role, true)
                || ShowCircleWords.isShowsOwn(role)) {
            return null; // "Mara Quill, host", "Tom Reed, producer": the show's own
        }
        return span;
    }
}
