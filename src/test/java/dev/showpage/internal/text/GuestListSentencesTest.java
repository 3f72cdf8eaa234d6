package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Zu Gast sind heute A, B und C", "Tonight's guests include A and B", "Nouveau numéro ce soir.
 * Parmi les invités, on note A et B": the names listed after a phrase that says they are the
 * edition's guests, with made-up names, roles and asides in the seven languages; and the lists of
 * another show, another edition, the past, a quote, the presenters, or a list that turns to things.
 */
class GuestListSentencesTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Zu Gast sind heute Lea Brandt, Jonas Weber und Greta Holm.|Lea Brandt;Jonas"
                        + " Weber;Greta Holm",
                "Die Sendung läuft um 22 Uhr. Zu Gast sind unter anderem Lea Brandt (41, r.), die"
                        + " Schauspielerin, und der Bergsteiger Jonas Weber (63).|Lea Brandt;Jonas"
                        + " Weber",
                "Zu Gast sind diesmal Lea Brandt (38), die wieder als Sängerin auf Tour geht,"
                        + " und Bergsteiger Jonas Weber (70).|Lea Brandt;Jonas Weber",
                "Ospiti di stasera sia Marco Sala sia Giulia Conti.|Marco Sala;Giulia Conti",
                "Gli ospiti della puntata sono Marco Sala e la scrittrice Giulia Conti.|Marco"
                        + " Sala;Giulia Conti",
                "L'émission revient samedi. Parmi les autres invités figurent Paul Morel et Anne"
                        + " Viret.|Paul Morel;Anne Viret",
                "Nouveau numéro ce soir. Parmi les invités, on retrouve le médecin Luc Bardin, la"
                        + " cinéaste Marie Chauvet, et l'humoriste Hugo Lenoir.|Luc Bardin;Marie"
                        + " Chauvet;Hugo Lenoir",
                "Nouveau numéro ce soir. Parmi les invités, on note Paul Morel, la cinéaste, et"
                        + " Anne Viret.|Paul Morel;Anne Viret",
                "Ce samedi, Paul Morel et Anne Viret accueilleront une dizaine de personnalités."
                        + " Parmi eux, Luc Bardin, Marie Chauvet ou encore Hugo Lenoir…|Luc"
                        + " Bardin;Marie Chauvet;Hugo Lenoir",
                "Entre los invitados de hoy están Lucía Ferro, Pablo Ruiz y Marta Gil.|Lucía"
                        + " Ferro;Pablo Ruiz;Marta Gil",
                "Aan tafel zitten vanavond Sanne de Wit, Joris Bakker en Eva Smit.|Sanne de"
                        + " Wit;Joris Bakker;Eva Smit",
                "Among tonight's guests are Mara Quill, Tom Reed and Ana Paz.|Mara Quill;Tom"
                        + " Reed;Ana Paz",
                "Tonight's guests include Mara Quill and Tom Reed.|Mara Quill;Tom Reed",
                "Os convidados desta noite são Ana Lima, que lançou um livro, e Rui Paz.|Ana"
                        + " Lima;Rui Paz",
                // the list stops at its first item that is no person's name
                "Zu Gast sind heute Lea Brandt, der Roman „Salz“ und Jonas Weber.|Lea Brandt",
                "Among tonight's guests are Mara Quill, the band Harbour Lights and Tom Reed.|Mara"
                        + " Quill",
                // the presenter named before is no guest of the list after
                "Moderiert von Lea Brandt. Zu Gast sind heute Jonas Weber und Greta Holm.|Jonas"
                        + " Weber;Greta Holm",
            })
    void theNamesListedAfterTheGuestPhraseAreGuests(String text, String expected) {
        assertThat(guests(text)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // the past, and another edition
                "Last week's guests were Mara Quill and Tom Reed.",
                "Last week's guests are now on tour: Mara Quill and Tom Reed.",
                "Les invités de la semaine dernière étaient Paul Morel et Anne Viret.",
                "Les invités de la semaine prochaine sont Paul Morel et Anne Viret.",
                "Die Gäste waren Lea Brandt und Jonas Weber.",
                "Gli ospiti della scorsa puntata sono stati Marco Sala e Giulia Conti.",
                // another show's or an event's guests
                "The festival's guests include Mara Quill and Tom Reed.",
                "Les invités de Harbour Lights sont Paul Morel et Anne Viret.",
                "Aan tafel bij Eva Smit zitten Sanne de Wit en Joris Bakker.",
                // a show's guests over the years, or its earlier ones
                "Guests include Tom Reed, Ana Paz and Ivo Marsh.",
                "Mara Quill hosts the Harbour Podcast. Earlier guests include investor Tom Reed"
                        + " and chef Ana Paz.",
                "Ein Podcast über Karten. Gäste sind unter anderem Lea Brandt und Jonas Weber.",
                "Dans l'émission, les anciens invités sont Paul Morel et Anne Viret.",
                // a quoted speaker's list
                "\"Die Gäste sind Lea Brandt und Jonas Weber\", sagt Olaf Lind.",
                // the presenters, and "parmi eux" with no hosting before it
                "Die Moderatoren Lea Brandt und Jonas Weber begrüßen heute ihre Gäste.",
                "Paul Morel et Anne Viret ont écrit dix romans. Parmi eux, Luc Bardin et Marie"
                        + " Chauvet ont lu le premier.",
            })
    void noGuestFromAnotherShowsEditionsOrQuotedList(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
