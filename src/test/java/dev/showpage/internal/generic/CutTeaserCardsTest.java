package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cards of "Title / teaser the site cut short / date": the cut teaser ("... more", "… mehr", "...
 * Lire la suite") is the card's notes, and its title is the line over it. The pages are made up;
 * the comment before each assertion names the 1-based page lines it reads.
 */
class CutTeaserCardsTest {

    private static String listing(String cut) {
        return "Harbour Radio\n\n"
                + "Lamps at Low Tide\n\n"
                + "A keeper walks us through the last night before the lamp went electric and"
                + cut
                + "\n\n3 Mar 2024 · 41 minutes\n"
                + "The Kiln Keeper\n\n"
                + "A potter explains how a wood kiln is fired for three days without a"
                + cut
                + "\n\n25 Feb 2024 · 38 minutes\n"
                + "Night Ferries\n\n"
                + "Two deckhands tell what the crossing looks like from the engine room and"
                + cut
                + "\n\n18 Feb 2024 · 44 minutes\n";
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "... more",
                "...more",
                "\u2026 more",
                "\u2026 mehr",
                "... plus",
                "... más",
                "... altro",
                "... mais",
                "... meer",
                "... Read more",
                "\u2026 Lire la suite"
            })
    void theLineOverACutTeaserIsTheTitle(String cut) {
        Page page = EpisodePageParser.parse(listing(cut));

        // Lines 3, 8 and 13 are the titles; lines 5, 10 and 15 the teasers under them.
        assertThat(DatedPages.titles(page))
                .containsExactly("Lamps at Low Tide", "The Kiln Keeper", "Night Ferries");
        assertThat(DatedPages.description(page, 1)).startsWith("A potter explains");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "A keeper walks us through the whole night before the old lamp went dark..."
                        + " more|true",
                "Ein Wärter erzählt von der letzten Nacht vor dem Umbau des alten Turms am"
                        + " Hafen\u2026 mehr|true",
                "Un gardien raconte la dernière nuit avant l'électricité... Lire la suite|true",
                "Uno guardiano racconta l'ultima notte prima che il faro diventasse elettrico e"
                        + " spento... altro|true",
                "The keeper tells us of the night... Read more|true",
                "Lamps at Low Tide|false",
                "More Than a Lamp|false",
                // The ellipsis past the first 20 characters, so that only the opener decides
                "We waited all night for it... more lamps|false",
                "Did the keepers ever want... more?|false",
                "And then the lamp went out... nothing more|false",
                "A keeper walks us through the last night before the lamp...|false",
                // A title ending in a one-word "more": shorter than a cut teaser
                "Weniger ist manchmal wirklich\u2026 mehr|false",
                "Why We Keep Coming Back for... More|false",
                "Pourquoi on en redemande toujours\u2026 Plus|false",
                "Episode 12: Why Less Is Sometimes... More|false",
                "Por qué siempre queremos un poco... más|false",
                "Perché alla fine vogliamo sempre... di più|false",
                "Le phare de la pointe... la suite|false",
                // A long title in title case that lists its topics, then "More"
                "Lamps, Kilns, Ferries, the Pier, Cranes, Tides, Boats, Nets, Ropes, Sails and..."
                        + " More|false",
                "Fähren, Leuchttürme, Kräne, der Pier, Gezeiten, Boote, Netze, Seile, Segel, Anker"
                        + " und\u2026 Mehr|false",
                // A teaser's prose of as many words: its long words are not all capitals
                "Mara Quist talks lamps, kilns, ferries, the pier, cranes, tides, boats and..."
                        + " more|true",
                "Mara Quist Talks Lamps, Kilns, Ferries, the Pier, cranes, Tides, Boats and..."
                        + " More|true"
            })
    void aCutTeaserEndsInAnEllipsisAndTheLinkThatOpensIt(String text, boolean cut) {
        assertThat(CutTeasers.isOne(text)).isEqualTo(cut);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Hafenfunk|3. März 2024|Leuchttürme bei Ebbe|25. Februar 2024|"
                        + "Weniger ist manchmal wirklich\u2026 mehr",
                "Harbour Radio|March 3, 2024|Lamps at Low Tide|February 25, 2024|"
                        + "Why We Keep Coming Back for... More",
                "Radio Port|3 mars 2024|Les phares à marée basse|25 février 2024|"
                        + "Pourquoi on en redemande toujours\u2026 Plus",
                "Radio Porto|3 de marzo de 2024|Los faros en marea baja|25 de febrero de 2024|"
                        + "Por qué siempre queremos un poco... más"
            })
    void aTitleEndingInMoreStaysATitle(
            String site, String first, String title, String second, String more) {
        Page page =
                EpisodePageParser.parse(
                        site
                                + "\n\n"
                                + first
                                + "\n"
                                + title
                                + "\nNotes about the lamps and the keepers who tend them.\n\n"
                                + second
                                + "\n"
                                + more
                                + "\nNotes about the things we come back to, again and again.\n");

        // Lines 4 and 7, each under its date: the second ends in an ellipsis and "more".
        assertThat(DatedPages.titles(page)).containsExactly(title, more);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Episode 12: Why Less Is Sometimes... More",
                "Folge 12: Warum weniger manchmal\u2026 mehr ist\u2026 mehr"
            })
    void aSinglePagesTitleEndingInMoreIsKept(String title) {
        Page page =
                EpisodePageParser.parse(
                        title
                                + "\n\nA keeper walks us through the last night before the lamp"
                                + " went electric, and what the town said of it.\n");

        // Line 1: the page's title.
        assertThat(DatedPages.titles(page)).containsExactly(title);
    }
}
