package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Person;
import dev.showpage.model.Role;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Made-up pages, read through the whole parser, whose prose comes near a guest list and names no
 * guest of the episode: a run after "among the other guests" of a past edition or an event, a label
 * after a sentence of another day or year, food at a table; and a title name that the notes print
 * both as written and in lower case.
 */
class GuestListNearMissesTest {

    private static List<String> guests(String title, String text) {
        String page = title + "\n\n" + text + "\n";
        return EpisodePageParser.parse(page).episodes().stream()
                .flatMap(e -> e.people().stream())
                .filter(p -> p.role() == Role.GUEST)
                .map(Person::name)
                .toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // "among the other guests" of a season, a wedding, a party, a film
                "Among the other guests this season were Mara Quill, Tom Reed and Eva Smit.",
                "Parmi les autres invités, on notait Claire Dubois, Paul Martin et Anne Viret.",
                "Unter den weiteren Gästen waren Jonas Weber, Lea Brandt und Greta Holm.",
                "Tra gli altri ospiti del matrimonio c'erano Paolo Neri, Giulia Conti e Marco"
                        + " Sala.",
                "Entre los otros invitados de la boda estaban Lucía Pérez, Jorge Ruiz y Ana Gil.",
                "Entre os outros convidados da festa estavam Ana Lima, Rui Costa e Rita Dias.",
                "Onder de andere gasten van het feest waren Sanne Vermeer, Joris van Dam en Eva"
                        + " Smit.",
                "Among the other guests of the film are Mara Quill, Tom Reed and Eva Smit.",
                "Mara Quill went to a wedding in June. Among the other guests, Tom Reed and Eva"
                        + " Smit.",
                "Lena remembers the party at the embassy. Among the guests are Tom Reed and Eva"
                        + " Smit.",
                "Carla tells us about the awards ceremony in Berlin. Among the other guests, Tom"
                        + " Reed and Eva Smit.",
                "The film opens on Friday. Among the other guests at the premiere, Mara Quill and"
                        + " Tom Reed.",
                "Der Film lief 1998 im Kino. Unter den weiteren Gästen sind auch Jonas Weber und"
                        + " Lea Brandt.",
                "Among the other guests, Mara Quill, our host, and Tom Reed.",
                "Lena erinnert sich an die Hochzeit. Unter den Gästen sind Jonas Weber und Lea"
                        + " Brandt.",
                "Lena se souvient de la fête. Parmi les invités sont Claire Dubois et Paul Martin.",
                // a label after a sentence of another day, week or year
                "The votes are in. Next week we are back with a special. Guests: Mara Quill and"
                        + " Tom Reed.",
                "The votes are in. Last week we spoke about the count. Guests: Mara Quill and Tom"
                        + " Reed.",
                "The votes are in. Tomorrow on the show. Guests: Mara Quill and Tom Reed.",
                "Die Wahl ist vorbei. Morgen in der Sendung. Gäste: Jonas Weber und Lea Brandt.",
                "The votes are in. It was a night to remember in 2019. Guests: Mara Quill and Tom"
                        + " Reed.",
                // food at the table
                "À table : Poulet Rôti, Gratin Dauphinois et Tarte Tatin",
                "Une recette simple pour dimanche. À table : Poulet Rôti et Pommes Sautées.",
                "Am Tisch: Wiener Schnitzel und Kaiser Schmarrn",
                "Probamos dos vinos. En la mesa: Vega Sicilia y Rioja Alta.",
                "Al tavolo: Pasta Carbonara e Tiramisù Classico",
                "Na mesa: Bacalhau Dourado e Pastel Nata",
                "We cook for friends. At the table: Roast Chicken and Apple Pie.",
            })
    void namesNoGuest(String text) {
        assertThat(guests("Harbour Talk", text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // a label after a sentence of this edition still lists its guests
                "The votes are in and the map is redrawn. Guests: Mara Quill and Tom Reed.|Mara"
                        + " Quill;Tom Reed",
                "Lo spoglio è finito. Ospiti: Paolo Neri e Giulia Conti.|Paolo Neri;Giulia Conti",
                // "among our guests" after a sentence on the film or the party the episode is about
                "We talk about the film and its making. Among our guests are Mara Quill and Tom"
                        + " Reed.|Mara Quill;Tom Reed",
                "Tonight we celebrate the show's birthday party. Among our guests are Mara Quill"
                        + " and Tom Reed.|Mara Quill;Tom Reed",
            })
    void listsTheGuestsOfThisEdition(String text, String expected) {
        assertThat(guests("Harbour Talk", text)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Ep. 12 - Mara Quill|Mara Quill tells us about her years at sea. Tickets for the"
                        + " mara quill tour at our shop.|Mara Quill",
                "Folge 12 - Jonas Weber|Jonas Weber erzählt von seinen Jahren auf See. Karten für"
                        + " die jonas weber Tour im Laden.|Jonas Weber",
            })
    void aTitleNamePrintedAsWrittenIsAGuest(String title, String notes, String expected) {
        assertThat(guests(title, notes)).containsExactly(expected);
    }
}
