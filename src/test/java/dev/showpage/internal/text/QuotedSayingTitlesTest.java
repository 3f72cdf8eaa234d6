package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Titles of a name, a colon (or a part's bracket and a colon) and the person's saying in quotation
 * marks, in made-up variants of the seven languages and their quotation marks; and the titles of a
 * topic, a work or a short line after a colon, which name no guest.
 */
class QuotedSayingTitlesTest {

    private static List<String> guests(String title) {
        return guests(title, List.of());
    }

    private static List<String> guests(String title, List<String> notes) {
        return Names.inTitle(title, notes).stream().map(Names.Mention::name).toList();
    }

    /** Notes that name the one quoted again, as an interview's notes do. */
    private static List<String> notesOn(String name) {
        return List.of("The second half of our conversation with " + name + " about the sea.");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Mara Quill: “I never wanted to be a sailor, but here we are”|Mara Quill",
                "Jonas Weber (Teil 2): „Ich habe nie aufgegeben, auch nicht im Winter“|Jonas Weber",
                "Claire Dubois : « J'ai appris à dire non, et je ne regrette rien »|Claire Dubois",
                "Lucía Pérez (parte 1): «No me arrepiento de nada. Volvería a hacerlo»|Lucía Pérez",
                "Paolo Neri: “La musica è cambiata. Il pubblico no, per fortuna”|Paolo Neri",
                "Ana Lima (parte 3): “Quando era nova, deixaram-me sozinha no palco”|Ana Lima",
                "Sabine Vermeer: \"Mijn vader las elke avond voor, ook op vakantie\"|Sabine"
                        + " Vermeer",
                "#12 Rui Costa: “Nunca pensei chegar aqui. Foi sorte e trabalho”|Rui Costa",
            })
    void theSpeakerIsTheGuest(String title, String guest) {
        assertThat(guests(title, notesOn(guest))).containsExactly(guest);
        // Notes that do not name the one quoted again leave it untold: a newsmaker quoted.
        assertThat(guests(title)).isEmpty();
        assertThat(guests(title, List.of("What the minister's words mean for the harbour.")))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Silver Gull: “Rates will stay where they are for the whole year”|Silver Gull"
                        + " raised its rates.|Silver Gull",
                "Deep Water: “A long story of the harbour and its old boats”|Deep Water: the"
                        + " story of a harbour.|Deep Water",
                "Star Wars: “A New Hope and the Empire Strikes Back”|Star Wars fans know it.|Star"
                        + " Wars",
                "Harbour Lights: “A story of the sea and the old boats”|Harbour Lights fans wait"
                        + " for the next season.|Harbour Lights",
            })
    void aThingsSayingInNoFirstPersonIsNoGuest(String title, String note, String name) {
        assertThat(guests(title, List.of(note))).isEmpty();
        // The same title is a guest's when the notes speak of the name: the notes decided
        assertThat(guests(title, List.of(name + " explains why."))).containsExactly(name);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Rui Costa: “O governo não vai cair antes do verão”|Rui Costa demitiu-se ontem."
                        + " Os nossos comentadores analisam a crise.|Rui Costa",
                "Ana Lima: “A escola pública precisa de mais professores”|Ana Lima candidata-se"
                        + " à câmara. Comentamos a semana.|Ana Lima",
                "Pedro Sousa: “Os impostos não vão subir este ano”|Pedro Sousa reuniu-se com o"
                        + " governo.|Pedro Sousa",
            })
    void aReflexiveVerbAfterTheNameTellsNoPerson(String title, String note, String name) {
        // News tells of the one quoted with a reflexive verb as an interview tells of its guest
        assertThat(guests(title, List.of(note))).isEmpty();
        assertThat(guests(title, List.of(name + " explica porquê."))).containsExactly(name);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Star Wars: “I am your father”|Star Wars",
                "Sherlock Holmes: “The Hound of the Baskervilles and Other Stories”|Sherlock"
                        + " Holmes",
                "Deep Water: “the long story of the harbour and its old boats”|Deep Water",
                "Harbour Lights: “I wrote this song for my mother” and other songs|Harbour Lights",
                "Mara Quill: Why I never wanted to be a sailor at all|Mara Quill",
                "New York: “we never sleep here, not even once in a year”|New York",
                "Mara Quill’s: “I never wanted to be a sailor, but here we are”|Mara Quill",
                "Harbour Bank: “We will not raise our rates again this year, we promise”|Harbour"
                        + " Bank",
                "Banco Atlántico: «No subiremos los tipos. Lo prometemos a todos»|Banco Atlántico",
                "Stiftung Nordlicht: „Wir helfen, wo der Staat fehlt, und wir bleiben“|Stiftung"
                        + " Nordlicht",
            })
    void noGuestWithoutAPersonsSayingToTheEnd(String title, String name) {
        // Even notes that name it again: a work, a place, an organisation, a short line or a
        // possessive before the colon, or a quotation that stops short of the title's end
        assertThat(guests(title, notesOn(name))).isEmpty();
    }
}
