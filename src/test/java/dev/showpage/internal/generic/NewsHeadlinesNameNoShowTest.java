package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A news item's headline or first lines that only look like a show's name name no show: an event's
 * or festival's guests, a scheme, a stage show or a film after a word for a programme, a festival
 * in the plural's shape, a company, city, newspaper or another show before an apposition with a
 * word for a programme. Made-up pages in the seven languages, read whole.
 */
class NewsHeadlinesNameNoShowTest {

    private static final String REST =
            "\n\n"
                + "The harbour was quiet that morning, and the boats slept at their moorings while"
                + " the town woke up slowly.\n\n"
                + "More news follows later in the day.\n";

    private static final String FILLER =
            "The harbour was quiet that morning, and the boats slept at their moorings.";

    @ParameterizedTest
    @ValueSource(
            strings = {
                // an event's or a festival's guests
                "Les invités de « La Nuit des Idées » 2024",
                "The guests of \u2018Glastonbury\u2019 this year",
                "Die Gäste beim \u201EHafenfest\u201C am Samstag",
                "Os convidados do \u201CCasamento Real\u201D de sábado",
                // a scheme, a stage show, a film after a word for a programme
                "El programa \u00ABErasmus+\u00BB cumple 35 años",
                "Le programme \u00AB Horizon Europe \u00BB finance la recherche",
                "The show \u2018Hamilton\u2019 returns to the West End",
                "Im Podcast \u201EDune\u201C geht es um den Film\n\nDer Film \u201EDune\u201C läuft"
                        + " ab Donnerstag im Kino.",
                // a festival, not a show, in the plural's shape
                "Podcasts \u2018Made in Italy\u2019: a festival in Rome\n\nThe festival \u2018Made"
                        + " in Italy\u2019 opens on Friday.",
                // a company, a city, a newspaper or another show before an apposition
                "Tidecast, the podcast giant, said on Tuesday it would cut 200 jobs. Shares in"
                        + " Tidecast fell.",
                "Spotify, the podcast giant, said on Tuesday it would cut 200 jobs.",
                "London, the show goes on\n\nThe theatres reopen in London next week.",
                "Amsterdam, de podcast over de stad",
                "Serial, the podcast that inspired Harbour Files",
                "Voci dal molo, il podcast che ha ispirato Mare Nostro",
                "The Guardian: the podcast about climate",
                "Il Corriere della Sera, il podcast quotidiano"
            })
    void namesNoShow(String head) {
        Page page = EpisodePageParser.parse(head + REST);

        assertThat(page.show().map(Show::title)).as(head).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Les invités de « La Nuit des Idées » 2024",
                "The guests of \u2018Glastonbury\u2019 this year",
                "Die Gäste beim \u201EHafenfest\u201C am Samstag",
                "Os convidados do \u201CCasamento Real\u201D de sábado"
            })
    void anEventsGuestsNameNoShowAtTheHeadline(String headline) {
        assertThat(HeadlineShowName.onHeadline(headline)).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "El programa \u00ABErasmus+\u00BB cumple 35 años\nMillones de estudiantes han"
                        + " viajado con Erasmus+ desde entonces.",
                "Le programme \u00AB Horizon Europe \u00BB finance la recherche\nHorizon Europe"
                        + " dispose d'un budget de 95 milliards.",
                "The show \u2018Hamilton\u2019 returns to the West End\nTickets for Hamilton go"
                        + " on sale on Monday."
            })
    void aTitleLinesSchemeOrStageShowIsNoShow(String page) {
        List<String> lines = lines(page);
        assertThat(ArticleShowNames.find(lines, Set.of(lines.get(0)))).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Tidecast, the podcast giant, said on Tuesday it would cut 200 jobs.\nShares in"
                        + " Tidecast fell.",
                "Spotify, the podcast giant, said on Tuesday it would cut 200 jobs.\nShares in"
                        + " Spotify fell.",
                "Amsterdam, de podcast over de stad\nIn Amsterdam wonen veel mensen.",
                "Serial, the podcast that inspired Harbour Files\nWe heard Serial again in 2014."
            })
    void aCompanyCityOrOtherShowBeforeAnAppositionIsNoShow(String page) {
        assertThat(ArticleShowNames.find(lines(page), Set.of())).isNull();
    }

    /** The page's lines: its first, a line of prose, then the rest. */
    private static List<String> lines(String page) {
        String[] parts = page.split("\n");
        List<String> lines = new ArrayList<>();
        lines.add(parts[0]);
        lines.add(FILLER);
        lines.addAll(Arrays.asList(parts).subList(1, parts.length));
        return lines;
    }

    @Test
    void anAppositionsHeadlineKeepsItsWholeTitle() {
        String headline = "Hafen am Abend: der Podcast über Seeleute, Folge 3";
        Page page = EpisodePageParser.parse(headline + REST);

        assertThat(page.show().map(Show::title)).isEmpty();
        assertThat(page.episodes())
                .allSatisfy(
                        e ->
                                assertThat(e.title())
                                        .isNotEqualTo(
                                                Optional.of("der Podcast über Seeleute, Folge 3")));
        assertThat(page.episodes().stream().flatMap(e -> e.title().stream())).contains(headline);
    }
}
