package dev.showpage.internal.generic;

import static dev.showpage.internal.generic.OneEpisodePage.PARAGRAPH;
import static dev.showpage.internal.generic.OneEpisodePage.onlyTitle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A post's filing over its heading: its categories or tags under their label, never the episode's
 * title nor the show's name. The pages are made up; the comment before each assertion names the
 * 1-based page lines it reads.
 */
class PostFilingLinesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Categories|Radio Walks",
                "Tags:|canals locks",
                "Catégories|Balades Sonores",
                "Schlagwörter|Kanal Schleuse",
                "Categorías|Paseos Radio",
                "Categorie|Passeggiate Sonore",
                "Categorias|Passeios Rádio",
                "Categorieën|Wandelingen Radio"
            })
    void aCategoryLabelAndTheLineUnderItAreNoTitle(String label, String values) {
        String page = label + "\n" + values + "\n\nThe Keeper of Lock Nine\n\n" + PARAGRAPH + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Lines 1 and 2 file the post; line 4 is its title, and no show is read from them.
        assertThat(onlyTitle(parsed)).isEqualTo("The Keeper of Lock Nine");
        assertThat(parsed.show()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Tags: canals, locks, boats",
                "Étiquettes : écluses, bateaux",
                "Kategorie: Allgemein, Treffen",
                "Etiquetas: radio, paseos"
            })
    void aLabelledListOfTagsIsNoTitle(String tags) {
        String page = tags + "\n\nThe Keeper of Lock Nine\n\n" + PARAGRAPH + "\n";

        // Line 1 files the post; line 3 is its title.
        assertThat(onlyTitle(EpisodePageParser.parse(page))).isEqualTo("The Keeper of Lock Nine");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Categories of Silence",
                "Tag Team",
                "The Topics We Avoid",
                "Themen der Woche",
                "Temas pendientes"
            })
    void titlesThatOpenWithATaxonomyWordAreNoLabels(String title) {
        assertThat(TaxonomyLabels.isOne(title)).isFalse();
        assertThat(TaxonomyLabels.isLabelAlone(title)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tags", "Tags:", "kategorien", "Étiquettes :", "Posted in"})
    void aLabelAloneIsOne(String label) {
        assertThat(TaxonomyLabels.isLabelAlone(label)).isTrue();
    }

    @Test
    void aLabelAloneOverABlankIsNoTitle() {
        // The label stands alone with a blank under it: line 3 is the heading, not its values.
        String page = "Categories\n\nThe Keeper of Lock Nine\n\n" + PARAGRAPH + "\n";

        assertThat(onlyTitle(EpisodePageParser.parse(page))).isEqualTo("The Keeper of Lock Nine");
    }
}
