package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Show;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name the headline quotes is the show where another line calls it one ({@link
 * QuotedHeadlineShow}), read through the whole parser. Made-up headlines and lines in the seven
 * languages; each negative row meets the shape but for one guard.
 */
class QuotedHeadlineShowTest {

    /** A neutral paragraph after the lines of a row, naming nothing. */
    private static final String REST =
            "\n\nThe evening opens with music, then the talk turns to the harbour and its workers,"
                    + " who have struck for a week.\n";

    private static String page(String headline, String lines) {
        return headline + "\n\n" + String.join("\n\n", lines.split(" / ")) + REST;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Gli ospiti di \u201CLa Tavola Lunga\u201D del 9 marzo"
                        + " | Stasera torna la trasmissione \u201CLa Tavola Lunga\u201D con una"
                        + " scrittrice e un cuoco. | La Tavola Lunga",
                "\u00AB Le Grand Large \u00BB : le nouveau podcast d'une journaliste"
                        + " | Chaque semaine, l'émission \u00AB Le Grand Large \u00BB reçoit une"
                        + " chanteuse. | Le Grand Large",
                "\u201CNight Harbour\u201D, a new voice on the radio"
                        + " | Every Friday the podcast \u201CNight Harbour\u201D talks to a"
                        + " writer. | Night Harbour",
                "\u00ABLa Sobremesa\u00BB, una charla de verano"
                        + " | Cada domingo, el programa \u00ABLa Sobremesa\u00BB recibe a una"
                        + " escritora. | La Sobremesa",
                "Neu im Netz: \u201EHafenrunde\u201C"
                        + " | Jeden Montag spricht der Podcast \u201EHafenrunde\u201C mit einer"
                        + " Autorin. | Hafenrunde",
                "Os convidados do \u201CConversa Aberta\u201D desta semana"
                        + " | Nesta semana o programa \u201CConversa Aberta\u201D recebe uma"
                        + " escritora. | Conversa Aberta",
                "Wie zit er aan bij \u2018Het Late Uur\u2019?"
                        + " | Vanavond ontvangt de podcast \u2018Het Late Uur\u2019 een"
                        + " schrijfster. | Het Late Uur"
            })
    void aQuotedNameCalledAShowElsewhereIsTheShow(String headline, String lines, String show) {
        String text = page(headline, lines);
        assertThat(EpisodePageParser.parse(text).show().map(Show::title)).as(text).contains(show);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // no line calls the name a show: a venue, a film, a channel, a team, an event
                "Die Gäste im \u201EHotel Adler\u201C am Wochenende"
                        + " | Am Samstag feiert ein Paar im Hotel seine Hochzeit.",
                "The guests at \u201CMarlow House\u201D this weekend"
                        + " | A country hotel opens its doors to a wedding party.",
                "Los invitados de \u00ABCasa Lumbre\u00BB en Sevilla"
                        + " | Una boda reúne a cien personas en el patio.",
                "Die Gäste bei \u201ESternenfall\u201C auf dem roten Teppich"
                        + " | Zur Premiere kommen Schauspielerinnen und Regisseure.",
                "Die Gäste bei \u201EArte\u201C heute Abend"
                        + " | Der Sender zeigt heute zwei Gespräche.",
                "Les invités de \u00AB France Inter \u00BB ce matin"
                        + " | La radio reçoit deux chanteuses ce matin.",
                "Die Gäste von \u201EEintracht Nord\u201C siegen 2:1"
                        + " | Die Mannschaft gewinnt auswärts nach einem späten Tor.",
                "Os convidados do \u201CBaile da Primavera\u201D chegaram cedo"
                        + " | A dança começou às nove na praça.",
                "The guests of \u201CGlastonbury\u201D arrive on Friday"
                        + " | The gates open at noon and the first band plays at two.",
                "The guests for \u201CThanksgiving\u201D at our place"
                        + " | A dinner for twelve needs two ovens.",
                "Die Gäste bei \u201EMorgenpost Live\u201C am Donnerstag"
                        + " | Die Zeitung lädt zu einem Abend mit Lesern ein.",
                "Gli ospiti di \u201CLena Ricci\u201D stasera"
                        + " | Da \u201CLena Ricci\u201D stasera arrivano un cuoco e una cantante."
            })
    void aNameNoLineCallsAShowIsNoShow(String headline, String lines) {
        String text = page(headline, lines);
        assertThat(EpisodePageParser.parse(text).show()).as(text).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "The guests on \u201CThe Final Countdown\u201D tonight"
                        + " | In \u201CThe Final Countdown\u201D, tonight's episode of the talk"
                        + " show Harbour Nights, two writers meet. | The Final Countdown",
                "Les invités de \u00AB Spécial Noël \u00BB ce soir"
                        + " | Ce soir, \u00AB Spécial Noël \u00BB, l'émission de fin d'année du"
                        + " Grand Large, reçoit une chanteuse. | Spécial Noël",
                "Gli ospiti di \u201CSpeciale Capodanno\u201D su Rai 1"
                        + " | Stasera \u201CSpeciale Capodanno\u201D, nella puntata di fine anno"
                        + " del programma Notte Serena. | Speciale Capodanno"
            })
    void anEpisodesTitleIsNotTheShow(String headline, String lines, String episode) {
        String text = page(headline, lines);
        assertThat(EpisodePageParser.parse(text).show().map(Show::title))
                .as(text)
                .isNotEqualTo(Optional.of(episode));
    }

    /**
     * Each row meets the shape (a line calls the name a show) but for one guard, so it is read by
     * the rule alone: the page's prose shapes ({@link ArticleShowNames}), asked first, read a name
     * a kind word quotes twice by their own guards.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // another line puts a work's, a band's, a party's, a place's, a channel's noun
                // before the name
                "Gli ospiti di \u201COnde Lunghe\u201D al Blue Note"
                        + " | Il nuovo album \u201COnde Lunghe\u201D esce a marzo."
                        + " / Ne parla il programma \u201COnde Lunghe\u201D di stasera.",
                "Les invités de \u00AB Mer Salée \u00BB à la librairie du Port"
                        + " | Le premier roman \u00AB Mer Salée \u00BB paraît en mars."
                        + " / L'émission \u00AB Mer Salée \u00BB en parle ce soir.",
                "Les invités de \u00AB Renouveau Citoyen \u00BB à Lyon"
                        + " | Le parti \u00AB Renouveau Citoyen \u00BB tient son congrès."
                        + " / L'émission \u00AB Renouveau Citoyen \u00BB en parle ce soir.",
                "The guests of \u201CWavelength\u201D at the studio"
                        + " | The band \u201CWavelength\u201D records a new song."
                        + " / The show \u201CWavelength\u201D follows them for a week.",
                "Die Gäste im \u201EHotel Adler\u201C am Wochenende"
                        + " | Das Hotel \u201EHotel Adler\u201C lädt ein."
                        + " / Die Sendung \u201EHotel Adler\u201C ist dabei.",
                "Die Gäste bei \u201EArte\u201C heute Abend"
                        + " | Der Sender \u201EArte\u201C zeigt zwei Gespräche."
                        + " / Die Sendung \u201EArte\u201C beginnt um neun.",
                // the page calls the name an episode or an edition
                "The guests on \u201CThe Final Countdown\u201D tonight"
                        + " | In \u201CThe Final Countdown\u201D, tonight's episode of the talk"
                        + " show Harbour Nights, two writers meet."
                        + " / The show \u201CThe Final Countdown\u201D starts at nine.",
                "Les invités de \u00AB Spécial Noël \u00BB ce soir"
                        + " | Ce soir, l'émission \u00AB Spécial Noël \u00BB reçoit une"
                        + " chanteuse.",
                "Gli ospiti di \u201CSpeciale Capodanno\u201D su Rai 1"
                        + " | Stasera il programma \u201CSpeciale Capodanno\u201D accoglie un"
                        + " cuoco.",
                "Die Gäste bei \u201EFinale am Fluss\u201C"
                        + " | Die Folge \u201EFinale am Fluss\u201C läuft heute."
                        + " / Die Sendung \u201EFinale am Fluss\u201C beginnt um neun.",
                // a guest's own show: a possessive before the kind word
                "Qui est \u00AB Le Petit Salon \u00BB ?"
                        + " | Elle présente son podcast \u00AB Le Petit Salon \u00BB ce soir.",
                // the name is a channel's shape, or a person's
                "Gli ospiti di \u201CRai 3\u201D stasera"
                        + " | Stasera la trasmissione \u201CRai 3\u201D accoglie un cuoco.",
                "Les invités de \u00AB Mara Quill \u00BB ce soir"
                        + " | L'émission \u00AB Mara Quill \u00BB reçoit une chanteuse."
                        + " / Mara Quill (@maraquill) est née à Lyon.",
                // a page of tips quotes other people's shows
                "Unsere Podcast-Tipps der Woche: \u201EHafenrunde\u201C"
                        + " | Der Podcast \u201EHafenrunde\u201C spricht mit Autorinnen.",
                // an edition with its year
                "Gli ospiti di \u201CMare Aperto 2024\u201D"
                        + " | Stasera la trasmissione \u201CMare Aperto 2024\u201D accoglie un"
                        + " cuoco."
            })
    void aGuardKeepsTheNameFromTheShow(String headline, String lines) {
        assertThat(QuotedHeadlineShow.find(texts(headline, lines))).isNull();
    }

    /** The guard rows' pages without the line that trips the guard name the show. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Gli ospiti di \u201COnde Lunghe\u201D al Blue Note"
                        + " | Ne parla il programma \u201COnde Lunghe\u201D di stasera."
                        + " | Onde Lunghe",
                "Les invités de \u00AB Mer Salée \u00BB à la librairie du Port"
                        + " | L'émission \u00AB Mer Salée \u00BB en parle ce soir. | Mer Salée",
                "The guests of \u201CWavelength\u201D at the studio"
                        + " | The show \u201CWavelength\u201D follows them for a week."
                        + " | Wavelength",
                "Die Gäste bei \u201EFinale am Fluss\u201C"
                        + " | Die Sendung \u201EFinale am Fluss\u201C beginnt um neun."
                        + " | Finale am Fluss",
                "Les invités de \u00AB Le Grand Large \u00BB ce soir"
                        + " | L'émission \u00AB Le Grand Large \u00BB reçoit une chanteuse."
                        + " | Le Grand Large"
            })
    void withoutTheGuardTheRuleNamesTheShow(String headline, String lines, String show) {
        assertThat(QuotedHeadlineShow.find(texts(headline, lines))).isEqualTo(show);
    }

    private static List<String> texts(String headline, String lines) {
        List<String> texts = new ArrayList<>();
        texts.add(headline.strip());
        for (String line : lines.split(" / ")) {
            texts.add("");
            texts.add(line.strip());
        }
        texts.add("");
        texts.add(REST.strip());
        return texts;
    }
}
