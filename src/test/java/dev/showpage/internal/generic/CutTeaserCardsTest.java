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
                "A keeper walks us through the night before the lamp... more|true",
                "Ein Wärter erzählt von der letzten Nacht vor dem Umbau\u2026 mehr|true",
                "Un gardien raconte la dernière nuit avant l'électricité... Lire la suite|true",
                "Uno guardiano racconta l'ultima notte prima del faro... altro|true",
                "Lamps at Low Tide|false",
                "More Than a Lamp|false",
                "Wait for it... more lamps|false",
                "So... more?|false",
                "And then... nothing more|false",
                "A keeper walks us through the last night before the lamp...|false"
            })
    void aCutTeaserEndsInAnEllipsisAndTheLinkThatOpensIt(String text, boolean cut) {
        assertThat(CutTeasers.isOne(text)).isEqualTo(cut);
    }
}
