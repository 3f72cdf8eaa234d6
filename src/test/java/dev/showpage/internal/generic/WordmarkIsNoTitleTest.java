package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A site's wordmark printed as text over an episode's page ("north • shore • sounds", "[Klang ·
 * Werk · Statt]"), all lower case or framed, is the site's lettering, never the episode's title;
 * the title is the line under it. Capitalised words between dots with no frame ("Salt · Smoke ·
 * Fire") are a title, in a header or a listing. The pages are made up; the comment before each
 * assertion names the 1-based page lines it reads.
 */
class WordmarkIsNoTitleTest {

    private static final String NOTES =
            "This edition opens with a slow piano piece recorded in a barn, then three songs from a"
                    + " new record by a trio from the coast, and closes with an old favourite.";

    private static final String MORE =
            "A baker explains why the slowest dough makes the best loaf, and what the old oven in"
                    + " the yard has to do with it.";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "[north • shore • sounds]|Harbour Lights Radio: Edition 14",
                "~ Klang · Werk · Statt ~|Nachtschicht Folge 9: Stimmen aus dem Hafen",
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
        assertThat(titles(parsed.episodes())).containsExactly(title);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The Kitchen Hour|Salt · Smoke · Fire|March 3, 2024 · 42 min",
                "Der Krimipodcast|Liebe • Tod • Teufel|3. März 2024 • 42 Min.",
                "La Hora de la Cocina|Sal · Humo · Fuego|3 de marzo de 2024 · 42 min"
            })
    void aCapitalisedDottedTitleUnderTheShowStays(String show, String title, String meta) {
        String page = show + "\n\n" + title + "\n\n" + meta + "\n\n" + NOTES + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 3 is the title: its words are capitalised and unframed.
        assertThat(Wordmarks.isOne(title)).isFalse();
        assertThat(titles(parsed.episodes())).containsExactly(title);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Salt · Smoke · Fire|Bread · Butter · Time|Rivers · Roads · Rails",
                "Pane • Sale • Olio|Mare • Vento • Sale|Pietra • Legno • Ferro"
            })
    void capitalisedDottedTitlesInAListingStay(String first, String second, String third) {
        String page =
                first + "\n\n" + NOTES + "\n\n" + second + "\n\n" + MORE + "\n\n" + third + "\n\n"
                        + NOTES + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Lines 1, 5 and 9 title three episodes.
        assertThat(titles(parsed.episodes())).containsExactly(first, second, third);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Salt · Smoke",
                "Ep. 12 · 34 min",
                "Lamps at Low Tide · Harbour Talk",
                "Rivers and Roads • Part Two • Finale",
                "Lamps • at • Low • Tide"
            })
    void aTitleWithDotsIsNoWordmark(String title) {
        String page = title + "\n\n" + NOTES + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 1 is a title: its parts are phrases, fields or capitalised words with no frame.
        assertThat(Wordmarks.isOne(title)).isFalse();
        assertThat(titles(parsed.episodes())).containsExactly(title);
    }

    @ParameterizedTest
    @ValueSource(strings = {"north • shore • sounds", "[Lamps · Lanterns · Torches]"})
    void aWordmarkAloneIsNotPassedOver(String wordmark) {
        String page = wordmark + "\n\n" + NOTES + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 1 is the only short line: with no title under it, the header's line is kept.
        assertThat(Wordmarks.isOne(wordmark)).isTrue();
        assertThat(titles(parsed.episodes())).containsExactly(wordmark);
    }

    private static List<String> titles(List<Episode> episodes) {
        return episodes.stream().map(Episode::title).flatMap(Optional::stream).toList();
    }
}
