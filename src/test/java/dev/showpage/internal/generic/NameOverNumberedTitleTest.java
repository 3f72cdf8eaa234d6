package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Show;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The first line over an episode's numbered title and its date line names the show, in the seven
 * languages; a kicker, a person, a company, an event, a badge, a stamp, a section's word or a
 * category over such a card, and any first line over an unnumbered headline, names none. Made-up
 * pages.
 */
class NameOverNumberedTitleTest {

    private static final String NOTES =
            "\nWe talk about the night ferry, the harbour lights and the people who keep them"
                    + " burning through the winter.\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Harbour Nights | #41 - The lighthouse keepers: a night on the rocks | 3 Mar 2025",
                "Hafenfunk | Folge 12 – Die Fähre im Nebel | 14. März 2024",
                "Les Voix du Port | Épisode 7 : La criée du matin | 12 janvier 2024",
                "Voces del Puerto | #23 - La lonja al amanecer | 5 de mayo de 2024",
                "Voci dal Porto | Puntata 9 - Il faro di notte | 3 marzo 2024",
                "Vozes do Cais | Episódio 4: O farol | 7 de junho de 2023",
                "Havenpraat | Aflevering 15 - De nachtboot | 2 april 2024",
                "Tide Tables Weekly | S2E4 - Rough water | Jun 13, 2024"
            })
    void theLineOverANumberedTitleAndItsDateIsTheShow(String name, String title, String date) {
        String page = name + "\n" + title + "\n" + date + NOTES;

        assertThat(EpisodePageParser.parse(page).show().map(Show::title)).as(page).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // a person's name over the card, spoken of by a part of it: a host's or an author's
                "Mara Quill | #12 - Mara on harbours | 3 Mar 2025",
                "Anne-Marie de Vries | Aflevering 3 - Anne-Marie over de veerboot | 2 april 2024",
                "Lena De Luca | Puntata 5 - Lena e il porto | 3 marzo 2024",
                // a section's word, a badge, a stamp, a category
                "Podcasts | Episode 4: The ferry | 3 Mar 2025",
                "Folgen | Folge 4: Die Fähre | 14. März 2024",
                "Beta | Episode 4: The ferry | 3 Mar 2025",
                "Updated: Mar 3 | Episode 4: The ferry | 3 Mar 2025",
                "Technology | Episode 4: The ferry | 3 Mar 2025",
                // a company, an event
                "Kaiwerk GmbH | Folge 3 – Die Quartalszahlen | 3. März 2024",
                "Harbour Jazz Festival | #2 - The bands | 3 Mar 2025",
                // a news kicker over a headline that carries no episode's number
                "Cultura | #MeToo, cinco años después en el puerto | 12 de marzo de 2024",
                "Politik | Der Bürgermeister und die Fähre | 3. März 2024",
                "Économie | La criée ferme ses portes | 12 janvier 2024",
                // the first line is itself a sentence
                "Listen to our latest episode now. | #41 - The keepers | 3 Mar 2025"
            })
    void noOtherFirstLineIsTheShow(String first, String title, String date) {
        String page = first + "\n" + title + "\n" + date + NOTES;

        assertThat(EpisodePageParser.parse(page).show().map(Show::title))
                .as(page)
                .isNotEqualTo(Optional.of(first));
    }
}
