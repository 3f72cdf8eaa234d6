package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guests named by the phrases of an interview ("I'm interviewing X"), of a presentation ("let me
 * introduce you to X"), of a guest line with a colon or a description ("my guest today: X", "my
 * guest is the tenor X"), and by numbered titles of one part ("Ep.20-X (Role)", "Episode 4. X of
 * Y"), in made-up variants; and the phrases that look alike and name no guest.
 */
class GuestPhraseShapesTest {

    private static List<String> prose(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Today I'm interviewing Mara Quill about harbour radio.|Mara Quill",
                "This week we interview Oskar Lind, who builds boats.|Oskar Lind",
                "Hoy entrevistamos a Lucía Pérez sobre su libro.|Lucía Pérez",
                "Nesta semana a Rita entrevista Ana Lima sobre cinema.|Ana Lima",
                "Oggi intervistiamo Paolo Neri, regista.|Paolo Neri",
                "Cette semaine, j'interviewe Claire Dubois sur la radio.|Claire Dubois",
                "Let me introduce you to Emily O’Mara.|Emily O’Mara",
                "I want to introduce you to Tomas Berg, a sailor.|Tomas Berg",
                "Je vous présente Claire Dubois, autrice.|Claire Dubois",
                "Hoy os presentamos a Jorge Ruiz, periodista.|Jorge Ruiz",
                "My guest this time is the bass Morris Quill. We talk about singing.|Morris Quill",
                "Unser Gast ist der Tenor Jonas Weber.|Jonas Weber",
                "Our guest is the wonderful Ana Lima.|Ana Lima",
                "Mein Gast heute: Micky Brandt. Wir reden.|Micky Brandt",
                "Our guest today: Dr. Mara Quill, historian.|Mara Quill",
                "Ze heet Sabine Vermeer en ze geeft les in Delft.|Sabine Vermeer",
                "Elle s'appelle Claire Dubois et elle écrit.|Claire Dubois",
                "Er heißt Jonas Brandt und kommt aus Kiel.|Jonas Brandt",
                "Ella se llama Lucía Pérez y canta.|Lucía Pérez",
                "She is called Mara Quill, and she sails.|Mara Quill",
                "Mika questionne Jean-Pierre Roth, vigneron.|Jean-Pierre Roth",
                "Anna interroge Paul Martin sur ses vins.|Paul Martin",
            })
    void phrasesNameTheGuest(String text, String guest) {
        assertThat(prose(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I was interviewed by Mara Quill last week.",
                "We introduce the new Harbour Player this week.",
                "Introducing Mara Quill's new book, out now.",
                "This episode was introduced by Mara Quill.",
                "Let me introduce you to the world of Deep Sea Radio.",
                "Thanks to the team at Harbour Radio.",
                "Our guest is the reason Harbour Radio exists.",
                "An interview with the Harbour Lights crew.",
                "The interview: Season Two starts now.",
                "Guest Introduction: Mara Quill and Harbour Radio",
                "Ik heet Jort Kelder en dit is de podcast.",
                "Je m'appelle Claire Dubois et voici mon émission.",
                "The file is called Harbour Notes.",
                "Mika questionne la tradition de Noël.",
            })
    void lookalikesNameNoGuest(String text) {
        assertThat(prose(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // title | notes | guest
                "Ep.20-Livia Serra (Libri Belli)|Livia mi parla di libri.|Livia Serra",
                "Ep.19-Fabio Conti (Scrittore – Einaudi)|Con Fabio parliamo di bugie.|Fabio Conti",
                "Folge 7: Jonas Weber (Autor)|Jonas erzählt von seinem Buch.|Jonas Weber",
                "#12 Ana Lima (Harbour Films)|Ana conta como começou.|Ana Lima",
                "Episode 42. Danny Reeve of Hollow|Hollow host Danny Reeve looks at ghosts.|Danny"
                        + " Reeve",
                "Ep 3 - Mara Quill from Harbour Radio|The author Mara Quill tells us.|Mara Quill",
            })
    void numberedTitlesNameTheGuest(String title, String notes, String guest) {
        assertThat(Names.inTitle(title, List.of(notes)))
                .extracting(Names.Mention::name)
                .containsExactly(guest);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Ep.5-Deep Learning (Part Two)|Deep learning is hard.",
                "Ep.6-Cloud Computing (AWS)|We look at cloud computing on AWS.",
                "Episode 12. Ancient Gods of Egypt|Ancient gods were many.",
                "Ep.20-Livia Serra (Libri Belli)|A book show from Milan.",
                "Episode 9. Harbour Lights of Norway|The Harbour Lights shine.",
            })
    void numberedTopicsNameNoGuest(String title, String notes) {
        assertThat(Names.inTitle(title, List.of(notes))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Gifts, with the duo Mara Quill & Oskar Lind|Mara Quill,Oskar Lind",
                "Le cadeau ultime avec le duo Claire Roth & Paul Binet|Claire Roth,Paul Binet",
                "Live with the tenor Jonas Weber|Jonas Weber",
            })
    void aTitlesWithMayDescribeTheGuestWithoutARole(String title, String guests) {
        assertThat(Names.inTitle(title, List.of()))
                .extracting(Names.Mention::name)
                .containsExactly(guests.split(","));
    }
}
