package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Show;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Made-up pages of several kinds (news items, directory cards, a show site's list, a transcript, a
 * radio edition) in the seven languages whose first lines come near the header shapes the show is
 * read from: a line over a numbered title and a date, a badge or a date stamp at the top. Each page
 * either names no show or names exactly its own; "-" stands for no show. Lines are parted by "/".
 */
class StructuralShowNearMissesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // news items: a kicker over a headline, a count or a rank at the headline's head
                "news, kicker over a count | Wirtschaft / 5 Gründe, warum die Fähre teurer wird"
                        + " / 3. März 2024 / Die Reederei erhöht die Preise zum dritten Mal in"
                        + " diesem Jahr, sagt der Sprecher. | -",
                "news, rank run into words | Lokales / #1 der Charts: Hafenchor stürmt die Liste"
                        + " / 3. März 2024 / Der Chor aus dem Hafenviertel steht an der Spitze"
                        + " der Hitparade. | -",
                "news, a series' part | Kultur / Folge 3 der Serie: Was wurde aus dem Hafen?"
                        + " / 3. März 2024 / Unsere Reporterin besucht die alten Werften und"
                        + " spricht mit den Arbeitern. | -",
                "news, French kicker | Politique / Épisode 2 : le maire face au port"
                        + " / 12 janvier 2024 / Le conseil municipal a voté hier soir la"
                        + " fermeture du vieux port. | -",
                "news, Spanish kicker | Cultura / Capítulo 4: la ciudad y su festival"
                        + " / 5 de mayo de 2024 / El festival de cine abre sus puertas con una"
                        + " película sobre el puerto. | -",
                "news, Italian kicker | Cronaca / Puntata 2 - Il sindaco e il porto"
                        + " / 3 marzo 2024 / Il consiglio comunale ha votato ieri la chiusura"
                        + " del porto vecchio. | -",
                "news, Dutch kicker | Binnenland / Aflevering 2 - De burgemeester en de haven"
                        + " / 2 april 2024 / De gemeenteraad stemde gisteren voor de sluiting"
                        + " van de oude haven. | -",
                "news, Portuguese kicker | Desporto / Episódio 3: o clube e a cidade"
                        + " / 7 de junho de 2023 / O clube da cidade venceu ontem o jogo da"
                        + " final do campeonato. | -",
                "news about a company | Harbourline Ltd. / Quarterly results: profits up again"
                        + " / 3 Mar 2025 / The ferry company reported higher profits for the"
                        + " third quarter in a row. | -",
                "news about a company, comma | Harbourline, Inc. / Quarterly results: up again"
                        + " / 3 Mar 2025 / The ferry company reported higher profits for the"
                        + " third quarter in a row. | -",
                "news about a company, Spanish | Naviera del Puerto S.A. / Resultados del año"
                        + " / 5 de mayo de 2024 / La naviera anunció ayer sus beneficios del"
                        + " año. | -",
                "news about a festival | Harbour Jazz Festival / 10 bands to hear this year"
                        + " / 3 Mar 2025 / The festival opens on Friday with ten bands on"
                        + " three stages. | -",
                // a directory card and a show site's list with a badge or a stamp on top
                "directory, badge | Beta / Harbour Nights / 12 episodes / 3 Mar 2025"
                        + " / The lighthouse keepers talk about the night. | Harbour Nights",
                // a one-word name over a single card is too weak a sign to take
                "directory, German badge | Neu / Hafenfunk / Folge 12 – Die Fähre im Nebel"
                        + " / 14. März 2024 / Wir sprechen über die Fähre im Nebel und die"
                        + " Leute an Bord. | -",
                "show site, stamp | Mis à jour : févr. 12 / Les Voix du Port"
                        + " / Épisode 7 : La criée du matin / 12 janvier 2024 / On parle de la"
                        + " criée du matin avec les pêcheurs. | Les Voix du Port",
                "show site, English stamp | Updated: Mar 3 / Episode 4: The ferry / 3 Mar 2025"
                        + " / We talk about the ferry and the people on board. | -",
                "show site's list, section word | Episodes / #41 - The keepers / 3 Mar 2025"
                        + " / We talk about the keepers of the light. | -",
                "show site's list, Spanish | Programas / #23 - La lonja al amanecer"
                        + " / 5 de mayo de 2024 / Hablamos de la lonja y de los pescadores. | -",
                // a transcript's page and a radio edition with the show over the card
                "transcript | Voci dal Porto / Puntata 9 - Il faro di notte / 3 marzo 2024 /"
                        + " Trascrizione: parliamo del faro e dei suoi guardiani. | Voci dal Porto",
                "radio edition, one-word name | Havenpraat / Aflevering 15 - De nachtboot"
                        + " / 2 april 2024 / Vanavond praten we over de nachtboot naar het"
                        + " eiland. | -",
                "radio edition, Portuguese | Vozes do Cais / Episódio 4: O farol / 7 de junho de"
                        + " 2023 / Falamos do farol e dos faroleiros. | Vozes do Cais",
                // the first line is a sentence, a category, a chrome word
                "sentence on top | Listen to our newest episode now. / #41 - The keepers"
                        + " / 3 Mar 2025 / We talk about the keepers of the light. | -",
                "category on top | Technology / Episode 4: The ferry app / 3 Mar 2025"
                        + " / We talk about the ferry app and its makers. | -",
                "chrome on top | Home / Episode 4: The ferry / 3 Mar 2025"
                        + " / We talk about the ferry and the people on board. | -",
                // a company's and an event's name over a numbered part of a news series
                "news series on a company | Kaiwerk GmbH / Folge 3 – Die Quartalszahlen"
                        + " / 3. März 2024 / Das Unternehmen meldet den dritten Gewinn in"
                        + " Folge. | -"
            })
    void namesNoShowOrItsOwn(String kind, String lines, String show) {
        String page = MadeUpPages.ofLines(lines.split(" / "));
        Optional<String> found = EpisodePageParser.parse(page).show().map(Show::title);

        if (show.equals("-")) {
            assertThat(found).as(kind + ": " + page).isEmpty();
        } else {
            assertThat(found).as(kind + ": " + page).contains(show);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // the name's first word is a common word, printed alone in the title and in lower
                // case in the notes: no person's given name
                "Sailing Made Easy | What Sailing Is Really About | Not sure where your sailing"
                        + " time should go? Sailing takes patience, we say.",
                "Kochen Ganz Einfach | Warum Kochen Spaß macht | Kochen ist leicht, sagen wir,"
                        + " und das kochen wir heute nach."
            })
    void aShowNamedInCommonWordsStaysTheShow(String show, String title, String notes) {
        String page = MadeUpPages.ofLines(show, title, "3 Mar 2025", notes);

        assertThat(EpisodePageParser.parse(page).show().map(Show::title)).as(page).contains(show);
    }

    /**
     * One-episode pages whose first line is the show: a name with a weekday or a city in it, a
     * host's own name, a name ending in a word for a work or an event's kind, or with a month and a
     * number. None of them is a person, a company, an event or a date stamp.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Science Friday | The night ferry | New episodes every Friday.",
                "Tech Tuesday | The ferry app | We look at the ferry app this week.",
                "Lisbon Stories | The old tram | Lisbon has changed, and so has its tram.",
                "Berlin Calling | Die Nachtfähre | Berlin hat viele Fähren, sagen wir.",
                "Zeit Verbrechen | Der Fall am Hafen | Zeit für einen alten Fall am Hafen.",
                "Paris Dernière | La nuit au port | Paris la nuit, on en parle ce soir.",
                "Napoli Segreta | Il faro di notte | Napoli di notte, parliamo del faro.",
                "Madrid Nocturno | La lonja al amanecer | Madrid de noche: hablamos de la lonja.",
                "Mara Quill | On harbours and ferries | Mara talks about the ferries of her youth.",
                "Sanne Vermeer | De veerboot | Sanne praat met de kapitein van de veerboot.",
                "Festival Talk | The night stage | We talk about the night stage and its bands.",
                "Harbour Book Club | The lighthouse novel | We read a novel about a lighthouse.",
                "Match of the Day | The cup final | All the goals from the cup final.",
                "Crime Inc | The harbour heist | A heist at the harbour, told from the start.",
                "Radio Spa | The warm springs | We visit the warm springs of the valley.",
                "Mai 68 | La nuit des barricades | On raconte la nuit des barricades.",
                "March 4 Justice | The long walk | We follow the long walk to the capital."
            })
    void aOneEpisodePageKeepsItsShow(String show, String title, String notes) {
        String page = MadeUpPages.ofLines(show, title, "3 March 2025", "45 min", notes);

        assertThat(EpisodePageParser.parse(page).show().map(Show::title)).as(page).contains(show);
    }

    /**
     * A heading over a numbered title and a date ("Latest episode", "Next episode", "More from this
     * podcast", "Recommended") names no show, in several languages.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Dernier épisode | #12 - La criée du matin | On parle de la criée du matin.",
                "Último episodio | #12 - La lonja al amanecer | Hablamos de la lonja.",
                "Próximo episodio | #13 - El faro | Hablamos del faro y sus guardianes.",
                "Puntata precedente | #11 - Il faro di notte | Parliamo del faro.",
                "Mehr von diesem Podcast | #12 - Die Fähre im Nebel | Wir sprechen über die Fähre.",
                "You might also like | #12 - The keepers | We talk about the keepers of the light.",
                "Empfohlen | #12 - Die Fähre im Nebel | Wir sprechen über die Fähre."
            })
    void aHeadingOverANumberedTitleNamesNoShow(String heading, String title, String notes) {
        String page = MadeUpPages.ofLines(heading, title, "3 March 2025", "45 min", notes);

        assertThat(EpisodePageParser.parse(page).show()).as(page).isEmpty();
    }
}
