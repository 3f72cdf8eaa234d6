package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A site's wordmark printed as text over an episode's page ("[north • shore • sounds]") is the
 * site's lettering, never the episode's title; the title is the line under it. The pages are made
 * up; the comment before each assertion names the 1-based page lines it reads.
 */
class WordmarkIsNoTitleTest {

    private static final String NOTES =
            "This edition opens with a slow piano piece recorded in a barn, then three songs from a"
                    + " new record by a trio from the coast, and closes with an old favourite.";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "[north • shore • sounds]|Harbour Lights Radio: Edition 14",
                "~ klang · werk · statt ~|Nachtschicht Folge 9: Stimmen aus dem Hafen",
                "[ les • ondes • du • sud ]|Carnet de route n°12 : la vallée oubliée",
                "(radio ∙ del ∙ faro)|Mareas de invierno con Lucía Paz",
                "vento · sul · molo|Le barche di legno del porto vecchio",
                "*golf • en • duin*|Het lied van de kustwachter"
            })
    void aWordmarkOverTheTitleIsNoTitle(String wordmark, String title) {
        String page = wordmark + "\n\n" + title + "\n\n" + NOTES + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 1 is the wordmark; line 3 is the title.
        assertThat(Wordmarks.isOne(wordmark)).isTrue();
        assertThat(parsed.episodes()).hasSize(1);
        assertThat(parsed.episodes().get(0).title()).contains(title);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Salt · Smoke",
                "Ep. 12 · 34 min",
                "Lamps at Low Tide · Harbour Talk",
                "Mar 3, 2024 • 41 min • Episode 7",
                "Rivers and Roads • Part Two • Finale",
                "Bread, patience and time"
            })
    void aTitleWithDotsIsNoWordmark(String title) {
        String page = title + "\n\n" + NOTES + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 1 is a title whose parts are phrases or fields, not one word each.
        assertThat(Wordmarks.isOne(title)).isFalse();
        assertThat(parsed.episodes()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lamps • at • Low • Tide", "[Lamps · Lanterns · Torches]"})
    void aWordmarkAloneGivesNoTitle(String wordmark) {
        String page = wordmark + "\n\n" + NOTES + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 1 is the only short line: a wordmark, so the episode has no title.
        assertThat(parsed.episodes()).allSatisfy(e -> assertThat(e.title()).isEmpty());
    }
}
