package dev.showpage.internal.episode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.DateOrder;
import java.time.LocalDate;
import java.util.Optional;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lone full date of a page read as one episode ({@link LoneDates}): taken only in the byline of
 * the episode's header, with a reading time after it; left in any other place, and on any page with
 * a second full date.
 */
class LoneDatesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Big Ideas #3\\n"
                        + "\\n"
                        + "maria 2023-11-02 4 min read\\n"
                        + "\\n"
                        + "We talk about gardens.|2023-11-02",
                "Petits Papiers\\n\\nJean Dupuis 12 mars 2024 5 min de lecture\\n\\nUn"
                        + " épisode sur le papier.|2024-03-12",
                "Radtour\\n"
                        + "\\n"
                        + "Anna Berger 4. März 2024 6 Min. Lesezeit\\n"
                        + "\\n"
                        + "Wir fahren los.|2024-03-04",
                "Verhalen\\n\\nsanne 2024-05-09 3 min leestijd\\n\\nOver de zee.|2024-05-09",
                "Verhalen uit de haven\\nsanne 2024-05-09 7 min lezen\\nOver de zee.|2024-05-09",
                "Radio Norte\\nCharlas #8: el río\\nLucía Gil 9 de abril de 2024 8 min de"
                        + " lectura\\nHablamos del río.|2024-04-09",
                "Voci di quartiere #21\\nPaolo Neri 21 ottobre 2023 3 min di lettura\\nUna"
                        + " chiacchierata.|2023-10-21",
                "Conversas #4\\nRita Sousa 2 de maio de 2024 2 min de leitura|2024-05-02",
                "Tom Reed March 4, 2025 12 min read\\nEpisode 9: Kites\\nWe fly kites.|2025-03-04",
            })
    void takesTheHeadersByline(String page, String day) {
        assertThat(dayOf(page)).contains(LocalDate.parse(day));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a byline under the notes or under a heading of other posts is another post's
                "Episode 12: Bridges\\nWe talk with an engineer about bridges.\\nRelated"
                        + " reading\\nAnna Berger March 4, 2025 4 min read",
                "Episode 12: Bridges\\nRelated reading\\nAnna Berger March 4, 2025 4 min read",
                "Folge 3: Brücken\\nMehr zum Thema\\nAnna Berger 4. März 2025 4 Min. Lesezeit",
                "Épisode 5 : les ponts\\nÀ lire aussi\\nLire aussi\\nJean Roy 4 mars 2025 4 min de"
                        + " lecture",
                "Aflevering 5\\nLees ook\\nsanne 2024-05-09 3 min leestijd",
                "Puntata 5\\nLeggi anche\\nPaolo Neri 21 ottobre 2023 3 min di lettura",
                "Episodio 5\\nHablamos de puentes y de ríos con una ingeniera.\\nLucía Gil 9 de"
                        + " abril de 2024 8 min de lectura",
                // a byline below the page's first lines
                "Show\\nSeason 2\\nEpisode 12: Bridges\\nAnna Berger March 4, 2025 4 min read",
                // a byline with no reading time, or a reading time not closing the line
                "Big Ideas #3\\n\\nmaria 2023-11-02 4 min\\n\\nWe talk about gardens.",
                "Big Ideas #3\\n\\nmaria 2023-11-02 4 min read more\\n\\nWe talk about gardens.",
                "Big Ideas #3\\n\\nmaria 2023-11-02 120 min read\\n\\nWe talk about gardens.",
                "Big Ideas #3\\n\\nThe post went up on 2023-11-02 and takes 4 min read\\nMore.",
                "Big Ideas #3\\n\\nmaria 2023-11-02 4 min read by the author\\n\\nMore.",
                // a slot: the concert, a repeat, the next airing, a landing
                "Folge 12: Musik im Dorf\\nWir sprechen mit dem Chorleiter über das Konzert.\\nDas"
                        + " Konzert am Samstag, 14. Dezember 2024 um 19:30 Uhr in der Stadthalle.",
                "Ein Gespräch.\\nWiederholung am Donnerstag, 14. November 2024 um 20:15 Uhr.",
                "Un entretien.\\nProchaine diffusion le jeudi 14 novembre 2024 à 20:15.",
                "An interview.\\nNext airing: Thursday, November 14, 2024 at 20:15.",
                "Un'intervista.\\nReplica giovedì 14 novembre 2024 alle ore 20:15.",
                "Una charla.\\nReposición el jueves 14 de noviembre de 2024 a las 20:15.",
                "Uma conversa.\\nReposição na quinta-feira, 14 de novembro de 2024, às 20:15.",
                "Een gesprek.\\nHerhaling op donderdag 14 november 2024 om 20:15.",
                "Raumfahrt\\nDie Landung erfolgte am Montag, 21. Juli 1969 um 03:56 Uhr.",
                "Recorded live on Friday, 7 June 2024 at 19:00 in Leeds.\\nOur guest talks.",
                // a masthead, a dateline, a birthday or an event closing the first line
                "The Daily Gazette Thursday, March 13, 2025\\nPodcast: The mayor on housing",
                "Stadtanzeiger Donnerstag, 13. März 2025\\nPodcast: Wohnen",
                "BERLIN, March 4, 2025\\nA talk on housing.",
                "Ada Lovelace December 10, 1815\\nA portrait.",
                "Annie M.G. Schmidt 20 mei 1911\\nEen portret.",
                "Festival of Ideas Saturday, March 8, 2025\\nA talk.",
                "Kitchen Talk #41 March 4, 2025\\nOur guest cooks rice.",
                // a stamp of the page's last change, in a byline's place
                "The Harbour Show\\nEpisode 12: Bridges\\nUpdated March 4, 2025 3 min read",
                "Folge 3: Brücken\\nAktualisiert 4. März 2025 4 Min. Lesezeit",
                "Épisode 5 : les ponts\\nMis à jour 4 mars 2025 4 min de lecture",
                "Aflevering 5\\nBijgewerkt 9 mei 2024 3 min leestijd",
                // two full dates: which one dates the episode is not told
                "Big Ideas #3\\n\\nmaria 2023-11-02 4 min read\\n\\nFirst aired 2023-10-30.",
            })
    void leavesEveryOtherDate(String page) {
        assertThat(dayOf(page)).isEmpty();
    }

    private static Optional<LocalDate> dayOf(String page) {
        return PageSources.read(
                page,
                source -> {
                    Token date = LoneDates.of(source);
                    return date == null
                            ? Optional.<LocalDate>empty()
                            : ReleaseDates.of(date, DateOrder.DAY_MONTH_YEAR, Optional.empty());
                });
    }
}
