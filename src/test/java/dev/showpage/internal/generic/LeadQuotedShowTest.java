package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Show;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An article whose lead names its show marked off in its first sentence, after "podcast" or after
 * "an episode of". The texts are made up.
 */
class LeadQuotedShowTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Jan Kade heeft sinds kort een eigen podcast, 'Altijd Aan Zee', waarin hij elke"
                        + " week een visser spreekt.|Altijd Aan Zee",
                "Mara Quill has started a new podcast “Harbour Nights” about the keepers of the"
                        + " northern lights.|Harbour Nights",
                "Radio Molo ha mandato in onda una puntata di *Porto Aperto* con tre pescatori e"
                        + " un capitano.|Porto Aperto",
                "Radio Kai sendete am Sonntag eine Folge von „Hafenfunk“ mit zwei Fährleuten aus"
                        + " dem Norden.|Hafenfunk",
                "France Port a diffusé une émission de « Les Quais » consacrée aux gardiens de"
                        + " phare.|Les Quais",
                "La Rádio Cais transmitiu um episódio de _Cais do Porto_ sobre os faroleiros do"
                        + " norte.|Cais do Porto"
            })
    void theLeadsMarkedNameIsTheShow(String lead, String show) {
        assertThat(LeadQuotedShow.inSentence(lead)).isEqualTo(show);
        String page =
                "Keepers of the Northern Lamps\n\n"
                        + lead
                        + "\n\n"
                        + OneEpisodePage.PARAGRAPH
                        + "\n\nMore from\n"
                        + show
                        + "\n";

        // Line 3, the lead under the headline, names the show; the last line prints it alone.
        assertThat(EpisodePageParser.parse(page).show()).map(Show::title).contains(show);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // someone's own podcast, given by a possessive
                "The keeper, who talks about lamps in her podcast “Deep Water”, joins us.",
                "Der Fährmann erzählt in seinem Podcast „Tiefes Wasser“ von den Nächten.",
                // a lower-case quoted phrase
                "The chat lasts, as the podcast 'as long as it is fun' puts it, an hour.",
                // a quoted saying, not after podcast or an episode's phrase
                "The keeper said “Lamps never sleep” before she left the tower.",
                // a quoted book title after another word
                "She wrote the book “Harbour Nights” in a single winter on the quay.",
                // the name not marked off
                "Radio Molo ha mandato in onda una puntata di Porto Aperto ieri mattina.",
                // a sentence in the quotes
                "The podcast “We lit the lamp. Then we left.” came out today."
            })
    void otherSentencesNameNoShow(String sentence) {
        assertThat(LeadQuotedShow.inSentence(sentence)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // named only after the lead's first sentence
                "Mara Quill spent thirty winters on the quay. Now she hosts a new podcast"
                        + " “Harbour Nights” about it."
            })
    void aShowNamedPastTheFirstSentenceIsNotRead(String lead) {
        String page =
                "Keepers of the Northern Lamps\n\n" + lead + "\n\n" + OneEpisodePage.PARAGRAPH;

        assertThat(EpisodePageParser.parse(page).show()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Radio Kade zendt deze week lange gesprekken uit onder de noemer ‘Naar de Haven’."
                        + "|De podcast ‘Naar de Haven’ staat in alle apps.|Naar de Haven",
                "Radio Kai sendet ab Montag jeden Abend lange Gespräche mit Fährleuten unter dem"
                        + " Titel „Am Kai“."
                        + "|Der Podcast „Am Kai“ ist überall zu hören.|Am Kai",
                "Radio Port diffuse cette semaine des entretiens sous le nom de « Les Quais »."
                        + "|Le podcast « Les Quais » est en ligne.|Les Quais"
            })
    void aNameTheLeadGivesIsTheShowWhenThePageCallsItAPodcast(
            String lead, String later, String show) {
        String page =
                lead + "\n\n" + OneEpisodePage.PARAGRAPH + "\n\n" + later + "\n\n" + show + "\n";

        // Line 1, the lead, names it; line 5 calls it a podcast; line 7 prints it alone.
        assertThat(EpisodePageParser.parse(page).show()).map(Show::title).contains(show);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // never called a podcast on the page: a singer's stage name
                "De zangeres treedt al jaren op onder de naam ‘Zee Licht’ in de havenkroegen."
                        + "|Haar nieuwe plaat staat in alle winkels.",
                // called a podcast, but under another name
                "Radio Kai sendet ab Montag jeden Abend lange Gespräche mit Fährleuten unter dem"
                        + " Titel „Am Kai“."
                        + "|Der Podcast „Hafenfunk“ ist überall zu hören."
            })
    void aNameThePageDoesNotCallAPodcastIsNoShow(String lead, String later) {
        String page = lead + "\n\n" + OneEpisodePage.PARAGRAPH + "\n\n" + later + "\n";

        assertThat(EpisodePageParser.parse(page).show().map(Show::title).orElse(""))
                .isNotIn("Zee Licht", "Am Kai");
    }
}
