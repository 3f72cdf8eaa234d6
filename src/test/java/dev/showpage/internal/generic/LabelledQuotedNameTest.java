package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Show;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A show's name printed as its kind's word and the quoted name ({@link LabelledQuotedName}) is the
 * quoted name. Made-up names in several languages; a line with more than the label and the quote, a
 * quote in lower case, and a name with no label stay as they are.
 */
class LabelledQuotedNameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Podcast \"Sternenstaub\" | Sternenstaub",
                "Podcast \u201ESternenstaub am Abend\u201C | Sternenstaub am Abend",
                "Sendung: \u00BBAm Tisch\u00AB | Am Tisch",
                "Émission \u00AB La Mesa Larga \u00BB | La Mesa Larga",
                "Programa \u00ABCafé de Noche\u00BB | Café de Noche",
                "Programma \u201CLa Tavola\u201D | La Tavola",
                "Podcast \u2018Aan Tafel\u2019 | Aan Tafel",
                "Program \u201CNight Harbour\u201D | Night Harbour",
                "Programme \u00AB Le Grand Large \u00BB | Le Grand Large",
                "Emission \u00ABLa Mesa\u00BB | La Mesa",
                "Talkshow \u201EAm Tisch\u201C | Am Tisch",
                "Radiosendung \u201ERunder Tisch\u201C | Runder Tisch",
                "Trasmissione \u00ABVoce della Sera\u00BB | Voce della Sera",
                "Podcast \u201AStille Stunde\u2018 | Stille Stunde",
                "Show \u201CHarbour Nights\u201D | Harbour Nights"
            })
    void theQuotedNameIsTheShow(String printed, String show) {
        assertThat(LabelledQuotedName.unwrap(printed)).isEqualTo(show);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                // more than the label and the quote
                "Podcast \u201ESternenstaub\u201C mit Mara Quill",
                "Der Podcast \u201ESternenstaub\u201C erklärt die Sterne",
                // a quote in lower case is a phrase
                "Podcast \u201Eüber die Sterne\u201C",
                // no label, or a word that is no show's kind
                "\u201ESternenstaub\u201C",
                "Film \u00ABLa Mesa Larga\u00BB",
                "Harbour Nights",
                // the label glued to the quote's word
                "Podcasts \"Sternenstaub\"",
                // straight single marks are an apostrophe's as often
                "Show 'Em Dash'",
                "Podcast 'Aan Tafel'",
                // the quote is an episode's number or only a word for a programme
                "Podcast \u201EFolge 12\u201C",
                "Sendung \u00BBEpisode #3\u00AB",
                "Programa \u00ABEpisodio 7\u00BB",
                "Podcast \u201CEpisode\u201D",
                "Émission \u00AB Podcast \u00BB",
                // a label the word list does not hold ("programa de rádio")
                "Programa de rádio \u201CConversa Aberta\u201D",
                // a broadcast is an edition: the quote names an episode, not the show
                "Uitzending \u2018Het Late Uur\u2019"
            })
    void otherNamesStayAsPrinted(String printed) {
        assertThat(LabelledQuotedName.unwrap(printed)).isEqualTo(printed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Podcast \"Sternenstaub\" | Sternenstaub",
                "Podcast \u201EHafenrunde\u201C | Hafenrunde",
                "Émission \u00AB La Mesa Larga \u00BB | La Mesa Larga"
            })
    void theParserGivesTheQuotedName(String heading, String show) {
        assertThat(EpisodePageParser.parse(pageUnder(heading)).show().map(Show::title))
                .as(heading)
                .contains(show);
    }

    /** A broadcast's word names an edition, so its quote is no show's name ("Uitzending ‘X’"). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Uitzending \u2018Het Late Uur\u2019 | Het Late Uur",
                "Uitzending \u201CAan de Kade\u201D | Aan de Kade"
            })
    void aBroadcastsQuoteIsNoShowName(String heading, String quoted) {
        assertThat(EpisodePageParser.parse(pageUnder(heading)).show().map(Show::title))
                .as(heading)
                .isNotEqualTo(Optional.of(quoted));
    }

    private static String pageUnder(String heading) {
        return heading
                + "\n\nZwei Freundinnen reden jede Woche über das, was am Himmel zu sehen"
                + " ist, und beantworten Fragen ihrer Hörerinnen und Hörer.\n\n"
                + "Episoden\n\nSN012 - Kometen im Winter\n\nWarum Kometen leuchten und"
                + " wann man sie sieht.\n\nErschienen: 04.02.2025\n\nDauer: 01:02:03\n\n"
                + "SN011 - Der rote Planet\n\nWas wir über den Mars wissen.\n\n"
                + "Erschienen: 21.01.2025\n\nDauer: 00:58:10\n";
    }
}
