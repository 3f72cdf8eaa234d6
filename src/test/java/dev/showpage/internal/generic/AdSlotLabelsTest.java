package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The labels of ad slots and players inside a preview article ("Publicité", "Anzeige", "Video
 * player"): chrome kept as navigation, never where an episode starts. The articles are made up.
 */
class AdSlotLabelsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Advertisement",
                "Continue reading below",
                "Publicité",
                "La suite après cette publicité",
                "Lire la suite …",
                "Anzeige",
                "Werbung",
                "Weiterlesen nach der Anzeige",
                "Publicidad",
                "Pubblicità",
                "Continua a leggere",
                "Publicidade",
                "Advertentie",
                "Lees verder onder de advertentie",
                "Advertisement:"
            })
    void takesAnAdLabelAlone(String line) {
        assertThat(AdSlotLabels.isOne(line)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Advertising in the Age of Podcasts",
                "Anzeige gegen Unbekannt",
                "Werbung und Wahrheit",
                "Publicidad engañosa en la radio",
                "La publicité a-t-elle encore un avenir ?",
                "Lire la suite de nos entretiens sur le site"
            })
    void leavesTitlesThatOnlyOpenWithTheWord(String line) {
        assertThat(AdSlotLabels.isOne(line)).isFalse();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Who is on the couch tonight?|Advertisement|Video player|Continue reading below"
                        + "|Tonight the host welcomes Ana Vidal, who talks about her new library."
                        + "|Later Tom Berger joins the table to explain his winter menu.",
                "Qui sont les invités ce soir ?|Publicité|Lecteur vidéo|La suite sous cette"
                        + " publicité|Ce soir, Claire Morin vient parler de son nouveau livre."
                        + "|Ensuite, Paul Girard raconte les vendanges de l'année.",
                "Wer sitzt heute auf dem Sofa?|Anzeige|Videoplayer|Weiterlesen nach der"
                        + " Anzeige|Heute Abend spricht Lena Brandt über ihre Küche am Hafen."
                        + "|Danach erzählt Tom Reger vom trockenen Sommer im Wald.",
                "¿Quién viene esta noche?|Publicidad|Reproductor de vídeo|Sigue leyendo"
                        + "|Esta noche Lucía Gil habla de su próxima obra de teatro."
                        + "|Después Mario Ruiz explica cómo trabaja en el hospital.",
                "Chi c'è stasera in studio?|Pubblicità|Lettore video|Continua a leggere"
                        + "|Stasera Giulia Conti racconta il suo ultimo romanzo."
                        + "|Poi Marco Valli spiega la sua cucina di mare.",
            })
    void adAndPlayerLabelsSplitNoArticle(
            String headline,
            String adLabel,
            String playerLabel,
            String goesOn,
            String lead,
            String paragraph) {
        Page page =
                EpisodePageParser.parse(
                        adLabel
                                + "\n\n"
                                + headline
                                + "\n\n"
                                + playerLabel
                                + "\n\n"
                                + lead
                                + "\n\n"
                                + goesOn
                                + "\n"
                                + adLabel
                                + "\n\n"
                                + paragraph
                                + "\n");

        assertThat(page.episodes()).hasSize(1);
        String notes = page.episodes().get(0).description().orElse("");
        assertThat(notes).contains(lead).contains(paragraph);
        assertThat(notes).doesNotContain(playerLabel).doesNotContain(goesOn);
        assertThat(page.navigation()).contains(adLabel, playerLabel, goesOn);
    }
}
