package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A directory's "latest episodes" heading, with its adjective inflected as each language writes it
 * before a plural ("Die neuesten Folgen", "Derniers épisodes", "Ultimi episodi"): the site's
 * chrome, under which the newest episode's title stands.
 */
class LatestEpisodesHeadingTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Die neuesten Folgen:",
                "Neuesten Episoden",
                "Aktuelle Folgen",
                "Derniers épisodes",
                "Les dernières",
                "Últimos episodios",
                "Ultimi episodi",
                "Episodi recenti",
                "Episódios recentes",
                "Laatste afleveringen",
                "Recente afleveringen"
            })
    void theLatestAdjectiveMakesAHeadingOfEpisodesChrome(String line) {
        assertThat(SiteChrome.isChrome(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Die letzten Tage der Eisbären",
                "Les derniers jours de Pompéi",
                "Los últimos de Filipinas",
                "Gli ultimi giorni di scuola",
                "De laatste trein naar Gent",
                "Aktuelle Lage in Hamburg"
            })
    void aTitleWithTheAdjectiveAndWordsOfItsOwnIsNotChrome(String line) {
        assertThat(SiteChrome.isChrome(line)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Hafenfunk Podcast|Die neuesten Folgen:|Kapitänin Ana Ruiz - Warum Schiffe nachts"
                        + " lauter sind",
                "Harbour Radio Podcast|Latest episodes|Ana Ruiz - Why ships sound louder at night",
                "Radio du Port Podcast|Derniers épisodes :|Ana Ruiz - Pourquoi les navires"
                        + " chantent",
                "Radio del Porto Podcast|Ultimi episodi|Ana Ruiz - Perché le navi cantano di notte"
            })
    void theTitleUnderALatestEpisodesHeadingIsTheEpisodes(
            String show, String heading, String title) {
        Page page =
                EpisodePageParser.parse(
                        show
                                + "\n\nA show about harbours, ships and the people who work on the"
                                + " quays, told over an hour with one guest each week.\n\n"
                                + heading
                                + "\n\n"
                                + title
                                + "\n\nThe captain talks about night shifts and the noise of"
                                + " engines carried over the water, and of her first ship.\n");

        assertThat(page.episodes()).hasSize(1);
        assertThat(page.episodes().get(0).title()).isEqualTo(Optional.of(title));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Die letzten Tage am Hafen", "Los últimos del muelle"})
    void aHeadingWithWordsOfItsOwnAnnouncesNoEpisode(String heading) {
        String title = "Ana Ruiz - Why ships sound louder at night";
        Page page =
                EpisodePageParser.parse(
                        "Harbour Radio Podcast\n\nA show about harbours, ships and the people who"
                                + " work on the quays, told over an hour with one guest each"
                                + " week.\n\n"
                                + heading
                                + "\n\n"
                                + title
                                + "\n\nThe captain talks about night shifts and the noise of"
                                + " engines carried over the water.\n");

        assertThat(page.episodes().get(0).title()).isNotEqualTo(Optional.of(title));
    }
}
