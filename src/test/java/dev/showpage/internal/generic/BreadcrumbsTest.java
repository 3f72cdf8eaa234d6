package dev.showpage.internal.generic;

import static dev.showpage.internal.generic.OneEpisodePage.PARAGRAPH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A breadcrumb trail over an episode's headline is the site's chrome, never the title. The pages
 * are made up; the comment before each assertion names the 1-based page lines it reads.
 */
class BreadcrumbsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Home > Podcasts > Harbour Talk",
                "Accueil / Émissions / Les Phares",
                "Startseite \u203A Podcasts \u203A Die Schleuse",
                "Inicio \u00BB Programas \u00BB Faro FM",
                "Home > Podcast",
                "Início / Podcasts",
                "Podcasts > Harbour Talk > Episode 12",
                "Voorpagina \u2192 Afleveringen \u2192 Sluis"
            })
    void aTrailOverTheHeadlineIsChromeNotTitle(String trail) {
        String page = trail + "\n\nLamps at Low Tide\n\n" + PARAGRAPH + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 1 is the trail; line 3 is the title.
        assertThat(Breadcrumbs.isOne(trail)).isTrue();
        assertThat(parsed.episodes()).hasSize(1);
        assertThat(parsed.episodes().get(0).title()).contains("Lamps at Low Tide");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Home / Away",
                "Start / Ziel",
                "Rivers / Roads / Rails",
                "Home Sweet Home > Everything Else",
                "Lamps > Lanterns > Torches",
                "Home",
                "Home >"
            })
    void aTitleWithTheTrailsSignsIsNoTrail(String title) {
        assertThat(Breadcrumbs.isOne(title)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Home / Away", "Start / Ziel"})
    void aTwoPartTitleStaysTheTitle(String title) {
        String page = title + "\n\n" + PARAGRAPH + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 1 is the title.
        assertThat(parsed.episodes().get(0).title()).contains(title);
    }
}
