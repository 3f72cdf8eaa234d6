package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The words of honour are one list for a guest word read after "is" ("X is the guest of honour",
 * {@link ArrivalPhrases}) and before its name ("the guest of honour is X", {@link
 * GuestIntroductions}): in made-up sentences, the Portuguese "honra" and the German "zu Ehren" make
 * an occasion's guest in both readings, while the same sentences without them still name the
 * episode's guest.
 */
class GuestOfHonourWordsTest {

    /** Whether the copula, the third word, tells that the two-word name before it comes on. */
    private static boolean arrives(String text) {
        return ArrivalPhrases.arrivesAt(Names.words(text), 2);
    }

    private static List<String> introduced(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Rui Costa é o convidado de honra da noite.",
                "Inês Matos é a convidada de honra do festival.",
                "Claire Dubois est l'invitée d'honneur du salon.",
                "Paolo Neri è l'ospite d'onore della serata.",
            })
    void anOccasionsGuestOfHonourAfterIsComesNotOn(String text) {
        assertThat(arrives(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Rui Costa é o convidado da noite.",
                "Inês Matos é a nossa convidada.",
                "Claire Dubois est l'invitée du jour.",
            })
    void aGuestAfterIsWithoutHonourComesOn(String text) {
        assertThat(arrives(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Der Gast zu Ehren des Abends ist Jonas Weber.",
                "Unser Gast zu Ehren ist Greta Stahl.",
                "O convidado de honra da gala é Rui Costa.",
            })
    void anOccasionsGuestOfHonourBeforeTheNameIsNoGuest(String text) {
        assertThat(introduced(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Der Gast des Abends ist Jonas Weber.",
                "Unser Gast ist Greta Stahl.",
                "O convidado da gala é Rui Costa.",
            })
    void aGuestBeforeTheNameWithoutHonourIsNamed(String text) {
        assertThat(introduced(text)).hasSize(1);
    }
}
