package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
                "Harbour Bank: “We will not raise our rates again this year, we promise”|Harbour"
                        + " Bank",
                "Banco Atlántico: «No subiremos los tipos. Lo prometemos a todos»|Banco Atlántico",
                "Stiftung Nordlicht: „Wir helfen, wo der Staat fehlt, und wir bleiben“|Stiftung"
                        + " Nordlicht",
            })
    void anInstitutionQuotedIsNoGuest(String title, String name) {
        assertThat(guests(title, notesOn(name))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Star Wars: “I am your father”",
                "Sherlock Holmes: “The Hound of the Baskervilles and Other Stories”",
                "Deep Water: “the long story of the harbour and its old boats”",
                "Harbour Lights: “I wrote this song for my mother” and other songs",
                "Mara Quill: Why I never wanted to be a sailor at all",
                "New York: “we never sleep here, not even once in a year”",
                "Mara Quill’s: “I never wanted to be a sailor, but here we are”",
            })
    void noGuestWithoutASayingToTheEnd(String title) {
        assertThat(guests(title)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Ana Lima: “Não há nada mais difícil do que ensinar a nadar”|Ana Lima divide-se"
                        + " entre a escola e o mar.|Ana Lima",
                "Jonas Weber: „Die Häfen werden in zehn Jahren ganz anders aussehen“|Der Koch"
                        + " Jonas Weber erzählt von Kiel.|Jonas Weber",
                "Claire Dubois : « Le polar est le roman social de cette époque »|Claire"
                        + " Dubois raconte son parcours.|Claire Dubois",
                "Paolo Neri: “Le montagne non sono un parco giochi per nessuno”|Paolo Neri"
                        + " racconta la sua prima salita.|Paolo Neri",
            })
    void aSayingInNoFirstPersonNeedsNotesThatSpeakOfThePerson(
            String title, String note, String guest) {
        assertThat(guests(title, List.of(note))).containsExactly(guest);
        // Notes that only name it again, as a topic, tell no person
        assertThat(guests(title, notesOn(guest))).isEmpty();
        assertThat(guests(title, List.of("Why " + guest + " matters for the harbour."))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Harbour Bank: “Rates will stay where they are for the whole year”|Harbour Bank"
                        + " raised its rates.",
                "Deep Water: “A long story of the harbour and its old boats”|Deep Water: the"
                        + " story of a harbour.",
                "Star Wars: “A New Hope and the Empire Strikes Back”|Star Wars fans know it.",
                "Harbour Lights: “A story of the sea and the old boats”|Harbour Lights fans wait"
                        + " for the next season.",
            })
    void aThingsSayingInNoFirstPersonIsNoGuest(String title, String note) {
        assertThat(guests(title, List.of(note))).isEmpty();
    }
}
