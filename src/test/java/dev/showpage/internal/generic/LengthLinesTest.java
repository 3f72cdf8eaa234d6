package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lines that give only a length do not cut an undated page into episodes: under one episode they
 * are its segments, in a recipe its steps, in a training plan its exercises. The texts are made up.
 */
class LengthLinesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Episode 42: The Harbour\nWe sail out before dawn.\n"
                        + "Intro\n2 min\nInterview\n35 min\nListener mail\n8 min\n",
                "Zwiebelsuppe\n"
                        + "Zwiebeln schneiden\n"
                        + "Dauer: 10 min\n"
                        + "Zwiebeln anbraten\n"
                        + "Dauer: 15 min\n"
                        + "Brühe aufgießen\n"
                        + "Dauer: 30 min\n",
                "Zuppa di cipolle\nTagliare le cipolle\nDurata: 10 min\n"
                        + "Soffriggere\nDurata: 15 min\n",
                "Séance du lundi\nÉchauffement\nDurée : 10 min\nGainage\nDurée : 20 min\n",
                "Reihe 1/3\nDie Salzstraße\nEin Fuhrmann erzählt.\nDuration: 12 min\n"
                        + "Reihe 2/3\nDer Brennofen\nDrei Tage Feuer.\nDuration: 14 min\n",
                "New this week\nThe Salt Road\n42 min\nAlso new\nThe Copper Sky\n38 min\n"
            })
    void cardsClosedByALengthAreNoEpisodesOfTheirOwn(String text) {
        Page page = EpisodePageParser.parse(text);

        assertThat(page.episodes().size()).isLessThanOrEqualTo(1);
    }
}
