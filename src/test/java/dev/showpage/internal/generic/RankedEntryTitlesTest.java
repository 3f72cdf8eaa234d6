package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A ranked list of recommended episodes: "1 Show" over the episode's title, then a review. */
class RankedEntryTitlesTest {

    private static List<Optional<String>> titles(Page page) {
        return page.episodes().stream().map(Episode::title).toList();
    }

    private static String entry(String rankLine, String titleLine, String review) {
        return rankLine + "\n\n" + titleLine + "\n\n" + review + "\n\n";
    }

    @Test
    void theLineUnderEachRankAndShowIsTheEpisodesTitle() {
        Page page =
                EpisodePageParser.parse(
                        entry(
                                        "1 The Harbour Hour",
                                        "Why Do Lighthouses Still Matter?",
                                        "The keeper of the last manned light on the coast takes the"
                                                + " host up the stairs and explains why ships"
                                                + " still look for the beam at night.")
                                + entry(
                                        "2 Night Kitchen Stories",
                                        "#41 - Bread, Salt & The Night Shift",
                                        "Two cooks who only ever worked at night compare the"
                                                + " kitchens they ran and the guests who stayed"
                                                + " until the morning came.")
                                + entry(
                                        "3 Ferry Tales With Ana Lobo",
                                        "The Last Crossing",
                                        "A retired captain remembers the storm that closed the"
                                                + " route for a week and the passengers who"
                                                + " would not leave the deck."));

        assertThat(titles(page))
                .containsExactly(
                        Optional.of("Why Do Lighthouses Still Matter?"),
                        Optional.of("#41 - Bread, Salt & The Night Shift"),
                        Optional.of("The Last Crossing"));
    }

    @Test
    void ranksInAnotherLanguageAreReadAlike() {
        Page page =
                EpisodePageParser.parse(
                        entry(
                                        "1 Der Nachtbus",
                                        "Folge 12: Die Fahrerin Vom Hafen",
                                        "Eine Busfahrerin erzählt von ihren Nächten auf der Linie"
                                                + " zum Hafen und von den Menschen, die sie dort"
                                                + " jeden Abend abholt.")
                                + entry(
                                        "2 Stadtgeflüster Extra",
                                        "Wer Baute Die Alte Brücke?",
                                        "Ein Historiker sucht in den Archiven der Stadt nach den"
                                                + " Namen der Arbeiter, die vor zweihundert Jahren"
                                                + " die Brücke gebaut haben."));

        assertThat(titles(page))
                .containsExactly(
                        Optional.of("Folge 12: Die Fahrerin Vom Hafen"),
                        Optional.of("Wer Baute Die Alte Brücke?"));
    }

    @Test
    void numberedEpisodesThatRunDownKeepTheirTitles() {
        Page page =
                EpisodePageParser.parse(
                        entry(
                                        "2 Quiet Harbours",
                                        "With Ana Lobo And Tom Reed",
                                        "We sail along the coast from one small harbour to the"
                                                + " next and ask the harbour masters what changed"
                                                + " since they started.")
                                + entry(
                                        "1 Copper Kettles",
                                        "With Mara Quill",
                                        "A tinsmith shows how a kettle is made by hand and why"
                                                + " the old ones never seem to wear out at"
                                                + " all."));

        assertThat(titles(page))
                .doesNotContain(
                        Optional.of("With Ana Lobo And Tom Reed"), Optional.of("With Mara Quill"));
    }

    @Test
    void numbersThatStartFarFromOneAreEpisodeNumbers() {
        Page page =
                EpisodePageParser.parse(
                        entry(
                                        "12 Quiet Harbours",
                                        "A Talk With The Harbour Master",
                                        "We sail along the coast from one small harbour to the"
                                                + " next and ask the harbour masters what changed"
                                                + " since they started.")
                                + entry(
                                        "13 Copper Kettles",
                                        "A Visit To The Tinsmith",
                                        "A tinsmith shows how a kettle is made by hand and why"
                                                + " the old ones never seem to wear out at"
                                                + " all."));

        assertThat(titles(page))
                .doesNotContain(
                        Optional.of("A Talk With The Harbour Master"),
                        Optional.of("A Visit To The Tinsmith"));
    }

    @Test
    void aListenLineOrAParagraphUnderTheRankIsNoTitle() {
        Page page =
                EpisodePageParser.parse(
                        entry(
                                        "1 The Harbour Hour",
                                        "Listen on Spotify",
                                        "The keeper of the last manned light on the coast takes the"
                                                + " host up the stairs and explains why ships"
                                                + " still look for the beam at night.")
                                + "2 Night Kitchen Stories\n\n"
                                + "Two cooks who only ever worked at night compare the kitchens"
                                + " they ran and the guests who stayed until the morning came.\n");

        assertThat(titles(page)).doesNotContain(Optional.of("Listen on Spotify"));
        assertThat(titles(page)).contains(Optional.of("2 Night Kitchen Stories"));
    }
}
