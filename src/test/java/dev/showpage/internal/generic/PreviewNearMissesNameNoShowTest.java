package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import dev.showpage.model.Person;
import dev.showpage.model.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Leads and headlines that look like a preview naming its show but are not one name no show: a
 * generic noun, a presenter, a film, a series or a sport "returning" or "airing" on a channel, a
 * quoted film, book or saying before a colon and a bare evening, a person before a party's or a
 * paper's acronym in brackets, and a bare label before a season and an episode. Whole made-up pages
 * in the seven languages; the person before the brackets keeps the role the page gives.
 */
class PreviewNearMissesNameNoShowTest {

    private static final String BODY =
            "\n\nThe evening opens with music, then the talk turns to the harbour and its workers,"
                    + " who have struck for a week.\n";

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                // an article and a common noun before a verb of airing and a channel's shape
                "The match airs on ITV after the news.",
                "The final airs on BBC One at eight.",
                "La partita va in onda su Rai 2 alle nove.",
                "El partido se emite en TVE a las diez.",
                "O jogo vai ao ar na RTP 1 às nove.",
                "De wedstrijd is te zien op NPO 1 vanaf acht uur.",
                "The documentary airs on PBS next week.",
                "The new series airs on BBC Two in spring.",
                // "again" and "comes back to a subject", with capitals after "en", "no", "in"
                "La inflación vuelve a subir en EEUU por tercer mes.",
                "A inflação volta a subir no IPCA de março.",
                "Cold weather is back in NYC this weekend.",
                "Le Premier ministre revient sur TF1 sur la réforme des retraites.",
                // a presenter, particles or a role word in the name
                "Linda de Mol keert terug bij RTL 4 met een nieuwe quiz.",
                "Maria De Filippi torna su Canale 5 a settembre.",
                "Il conduttore Marco Rossi torna su Rai 1 in autunno.",
                "Moderatorin Anna Schmitt kehrt ins ZDF zurück.",
                // a film, a series, a sport
                "Der Herr der Ringe läuft heute auf RTL.",
                "Game of Thrones returns on HBO with a prequel.",
                "La Fórmula 1 vuelve a DAZN esta temporada."
            })
    void aLeadAboutOtherThingsOnAChannelNamesNoShow(String lead) {
        String text = lead + BODY;

        assertThat(EpisodePageParser.parse(text).show()).as(text).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // a quoted film, saying, book or song before a colon and a bare evening
                "\u201COppenheimer\u201D: why you should watch it tonight"
                        + " | Three hours of Oppenheimer, with seven awards.",
                "\u201EWir schaffen das\u201C: Was heute davon bleibt"
                        + " | Wir schaffen das, sagte die Kanzlerin damals.",
                "\u00ABTout va bien\u00BB : le ministre invité ce soir sur France Inter"
                        + " | Tout va bien, répète le ministre depuis un mois.",
                "\u201EDer Zauberberg\u201C: Lesung heute Abend im Literaturhaus"
                        + " | Drei Stunden aus Der Zauberberg, gelesen im Saal.",
                "\u201CNel nome del padre\u201D: stasera in tv il film con Daniel Day-Lewis"
                        + " | Tre ore con Nel nome del padre, premiato sette volte.",
                "\u201CSea Glass\u201D: the film's guests at the premiere tonight"
                        + " | Three hours of Sea Glass, with seven awards.",
                // a person before a party's, a paper's or a channel's name: her evening
                "Ursula von der Leyen (CDU): heute in Brüssel"
                        + " | Der Gipfel mit Ursula von der Leyen beginnt um neun.",
                "Anne-Marie de Vries (NPO 1): haar gasten vanavond"
                        + " | Anne-Marie de Vries ontvangt een schrijver.",
                "Tour de France (ARD): heute die Königsetappe"
                        + " | Die Tour de France führt heute über drei Pässe.",
                "Kultur (NZZ): heute im Schauspielhaus | Kultur am Abend ist ausverkauft.",
                // a bare label before a season and an episode
                "Recap, season 2, episode 5 | Recap of the week before the break.",
                "Serie, temporada 2, episodio 4 | Serie de la semana en la radio."
            })
    void aHeadlineAboutOtherThingsNamesNoShow(String headline, String lead) {
        String text = headline + "\n\n" + lead + BODY;

        assertThat(EpisodePageParser.parse(text).show()).as(text).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Marine Le Pen | RN | invitée ce soir de la matinale"
                        + " | La matinale reçoit Marine Le Pen pour parler des impôts.",
                "Isabel Díaz Ayuso | PP | invitada esta noche en la tertulia"
                        + " | La tertulia recibe a Isabel Díaz Ayuso para hablar de impuestos.",
                "Lena De Luca | Canal 9 | los invitados de esta noche"
                        + " | La tertulia recibe a Lena De Luca para hablar de impuestos."
            })
    void aPersonBeforeBracketsIsNoShowAndNoHost(
            String name, String brackets, String rest, String lead) {
        String text = name + " (" + brackets + ") : " + rest + "\n\n" + lead + BODY;

        Page parsed = EpisodePageParser.parse(text);

        assertThat(parsed.show()).as(text).isEmpty();
        for (Episode episode : parsed.episodes()) {
            assertThat(episode.people())
                    .filteredOn(person -> person.name().equals(name))
                    .extracting(Person::role)
                    .doesNotContain(Role.HOST);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "\u201CWe built it in a garage\u201D: guest Mara Quill on startups",
                "\u201CThe sea keeps nothing\u201D: our guests on the last voyage"
            })
    void anEpisodeTitlePrintedTwiceIsNoShow(String title) {
        String text =
                "Home\nEpisodes\nAbout\n\n"
                        + title
                        + "\n\n"
                        + title
                        + "\n\nIn this episode we talk about the first years, the money and the"
                        + " people who stayed.\n";

        assertThat(EpisodePageParser.parse(text).show()).as(text).isEmpty();
    }
}
