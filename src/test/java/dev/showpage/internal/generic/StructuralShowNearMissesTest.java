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
                "news about a company | Harbourline Ltd / Quarterly results: profits up again"
                        + " / 3 Mar 2025 / The ferry company reported higher profits for the"
                        + " third quarter in a row. | -",
                "news about a festival | Harbour Jazz Festival / 10 bands to hear this year"
                        + " / 3 Mar 2025 / The festival opens on Friday with ten bands on"
                        + " three stages. | -",
                // a person over the card: an author's page, a host's
                "author's page | Mara Quill / #12 - On harbours and ferries / 3 Mar 2025"
                        + " / Mara talks about the ferries she took as a child. | -",
                "host's page, Dutch | Anne-Marie de Vries / Aflevering 3 - De veerboot"
                        + " / 2 april 2024 / Anne-Marie praat over de veerboot. | -",
                // a directory card and a show site's list with a badge or a stamp on top
                "directory, badge | Beta / Harbour Nights / 12 episodes / 3 Mar 2025"
                        + " / The lighthouse keepers talk about the night. | Harbour Nights",
                "directory, German badge | Neu / Hafenfunk / Folge 12 – Die Fähre im Nebel"
                        + " / 14. März 2024 / Wir sprechen über die Fähre im Nebel und die"
                        + " Leute an Bord. | Hafenfunk",
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
                "radio edition | Havenpraat / Aflevering 15 - De nachtboot / 2 april 2024"
                        + " / Vanavond praten we over de nachtboot naar het eiland. | Havenpraat",
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
                        + " Folge. | -",
                "news series on a festival | Festival du Port / Épisode 2 : les concerts"
                        + " / 12 janvier 2024 / Le festival ouvre vendredi avec dix groupes"
                        + " sur trois scènes. | -"
            })
    void namesNoShowOrItsOwn(String kind, String lines, String show) {
        String page = String.join("\n", lines.split(" / ")) + "\n";
        Optional<String> found = EpisodePageParser.parse(page).show().map(Show::title);

        if (show.equals("-")) {
            assertThat(found).as(kind + ": " + page).isEmpty();
        } else {
            assertThat(found.orElse(show)).as(kind + ": " + page).isEqualTo(show);
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
        String page = show + "\n" + title + "\n3 Mar 2025\n" + notes + "\n";

        assertThat(EpisodePageParser.parse(page).show().map(Show::title)).as(page).contains(show);
    }
}
