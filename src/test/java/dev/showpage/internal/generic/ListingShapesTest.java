package dev.showpage.internal.generic;

import static dev.showpage.internal.generic.OneEpisodePage.PARAGRAPH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Listings whose entries a season's number, a player's control line or a one-line shape sets apart:
 * "3.02: Title (with Guest)" entries, entries that each end with "[ download ]" or "Play", and
 * newsletter lines "Title 🔗 Programme (37 min)". The pages are made up; the comment before each
 * assertion names the 1-based page lines it reads.
 */
class ListingShapesTest {

    private static final String OTHER_PARAGRAPH =
            "A glassblower shows us how a furnace is banked for the night, and why the first"
                    + " piece of the morning is always thrown back into the pot.";

    private static List<String> titles(Page page) {
        return page.episodes().stream().map(e -> e.title().orElse("(none)")).toList();
    }

    // ---- season-coded titles ----

    @ParameterizedTest
    @ValueSource(strings = {"%d.%02d: ", "S%dE%02d - ", "S%02dE%02d: ", "%dx%02d - ", "#%d.%02d "})
    void titlesNumberedBySeasonAndEpisodeAreAListing(String code) {
        String[] names = {"Lamps at Low Tide", "The Kiln Keeper", "Ferries in Fog (with Ana Ruiz)"};
        StringBuilder page = new StringBuilder();
        String[] expected = new String[3];
        for (int k = 0; k < 3; k++) {
            expected[k] = String.format(code, 4, 12 - k) + names[k];
            page.append(expected[k]).append("\n\n").append(PARAGRAPH).append("\n\n");
        }

        Page parsed = EpisodePageParser.parse(page.toString());

        // Lines 1, 5, 9: the coded titles, each over its paragraph (lines 3, 7, 11).
        assertThat(titles(parsed)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "'3.02: Title', true",
        "'#3.02 Title', true",
        "'S3E02 - Title', true",
        "'s03e02: Title', true",
        "'3x02 - Title', true",
        "'E30 Title of the Week', true",
        "'E7 - Title', true",
        "'3.5 Million Reasons to Listen', false",
        "'E3 Highlights', false",
        "'2x Faster Bread', false",
        "'12.500: Title', false",
        "'3.02 Title', false"
    })
    void seasonCodesOpenATitleOnlyInTheirShapes(String title, boolean numbered) {
        assertThat(EpisodeNumbers.opensWithEpisodeNumber(title)).isEqualTo(numbered);
    }

    // ---- entries ended by a player's control ----

    @ParameterizedTest
    @ValueSource(strings = {"[ download ]", "Download", "Play", "\u25B6", "\u25B6 Play episode"})
    void entriesEndedByAControlLineAreEpisodesOfTheirOwn(String control) {
        String page =
                "Harbour Lights at Dusk\n\n"
                        + PARAGRAPH
                        + "\n\n"
                        + control
                        + "\n\n"
                        + "Glass at the Old Works\n\n"
                        + OTHER_PARAGRAPH
                        + "\n\n"
                        + control
                        + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Lines 1 and 7: the titles; line 5 ends the first entry and opens the second.
        assertThat(titles(parsed))
                .containsExactly("Harbour Lights at Dusk", "Glass at the Old Works");
        assertThat(parsed.episodes().get(1).description().orElseThrow())
                .startsWith("A glassblower"); // line 9
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.%02d: ", "S2E%02d - "})
    void twoCodedEntriesBetweenControlsAreAListing(String code) {
        String first = String.format(code, 7) + "Paper Boats (with Lin Sato)";
        String second = String.format(code, 6) + "Night Ferry";
        String page =
                first
                        + "\n\n"
                        + PARAGRAPH
                        + "\n\nnotes \u2014\nA Book About Canals\n\n[ download ]\n\n"
                        + second
                        + "\n\n"
                        + OTHER_PARAGRAPH
                        + "\n\n[ download ]\n";

        Page parsed = EpisodePageParser.parse(page);

        // Lines 1 and 9: the titles; the notes' labels (lines 5-6) stay with the first.
        assertThat(titles(parsed)).containsExactly(first, second);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Play", "[ download ]"})
    void oneControlUnderAPagesTitleLeavesOneEpisode(String control) {
        String page =
                "Harbour Lights at Dusk\n\n"
                        + control
                        + "\n\n"
                        + "What We Talked About\n\n"
                        + PARAGRAPH
                        + "\n\n"
                        + OTHER_PARAGRAPH
                        + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 1 is the page's one title; the heading on line 5 is a section of its notes.
        assertThat(titles(parsed)).containsExactly("Harbour Lights at Dusk");
    }

    // ---- one line per episode ----

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "\uD83D\uDD17 ; (37 min) ; (5 min) ; 2220 ; 300",
                " - ; (41 min) ; (13 min) ; 2460 ; 780",
                " \u2013 ; (1 h 05) ; (45 Min.) ; 3900 ; 2700",
                " | ; (12:30) ; (1:02:00) ; 750 ; 3720",
                "\u2192 ; (20 Min.) ; (3 min) ; 1200 ; 180"
            })
    void linesOfTitleProgrammeAndLengthAreEpisodes(
            String sign, String first, String second, long firstSeconds, long secondSeconds) {
        String separator = sign.isBlank() ? sign : " " + sign.strip() + " ";
        String page =
                "Bonjour à toutes et à tous,\n\n"
                        + OTHER_PARAGRAPH
                        + "\n\n"
                        + "Que reste-t-il des phares ?"
                        + separator
                        + "La Grande Table "
                        + first
                        + "\n\n"
                        + "Les gardiens du dernier feu"
                        + separator
                        + "Le Reportage "
                        + second
                        + "\n\n"
                        + "À la une\n";

        Page parsed = EpisodePageParser.parse(page);

        // Lines 5 and 7: each an episode; its title before the sign, programme and length after.
        assertThat(titles(parsed))
                .containsExactly("Que reste-t-il des phares ?", "Les gardiens du dernier feu");
        Episode one = parsed.episodes().get(0);
        Episode two = parsed.episodes().get(1);
        assertThat(one.show()).contains("La Grande Table");
        assertThat(two.show()).contains("Le Reportage");
        assertThat(one.duration()).contains(Duration.ofSeconds(firstSeconds));
        assertThat(two.duration()).contains(Duration.ofSeconds(secondSeconds));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // one line alone is a title with its length, not a listing
                "Lamps at Low Tide - Harbour Talk (37 min)\n\n%s\n",
                // brackets that hold no length
                "Lamps at Low Tide - Harbour Talk (Part 2)\n\nKilns - Night Works (Part 3)\n\n%s\n",
                // no sign between the title and the brackets
                "Lamps at Low Tide (37 min)\n\nKilns at Night (12 min)\n\n%s\n"
            })
    void otherLinesWithBracketsAreNoOneLineListing(String shape) {
        Page parsed = EpisodePageParser.parse(String.format(shape, PARAGRAPH));

        // Line 1 stays the one episode's title line; nothing is split off it.
        assertThat(parsed.episodes()).hasSize(1);
        assertThat(parsed.episodes().get(0).show()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Title \uD83D\uDD17 Programme name (37 min); Title; Programme name; 37 min",
                "A - B - Le Journal (5 min); A - B; Le Journal; 5 min",
                "Title | Show (1 h 05); Title; Show; 1 h 05"
            })
    void anEntrysPartsAreSplitAtItsSign(String line, String title, String programme, String len) {
        OneLineListing.Entry entry = OneLineListing.entry(line);

        assertThat(entry).isEqualTo(new OneLineListing.Entry(title, programme, len));
    }

    // ---- marked cards with their length under the title ----

    @ParameterizedTest
    @ValueSource(strings = {"05:53|", "58 min", "1 Std. 20 Min."})
    void twoMarkedTitlesOverTheirLengthAreAListing(String length) {
        String page =
                "Harbour Talk\n\nLatest episode\n\n"
                        + "  \u2022 Lamps at Low Tide\n\n    "
                        + length
                        + "\n    "
                        + PARAGRAPH
                        + "\n\nMore episodes\n\n"
                        + "  \u2022 Glass at the Old Works\n\n    "
                        + length
                        + "\n    "
                        + OTHER_PARAGRAPH
                        + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Lines 5 and 11: the marked titles, each over its length (lines 7 and 13).
        assertThat(titles(parsed)).containsExactly("Lamps at Low Tide", "Glass at the Old Works");
        assertThat(parsed.episodes()).allSatisfy(e -> assertThat(e.duration()).isPresent());
    }

    @org.junit.jupiter.api.Test
    void markedTitlesWithoutTheirLengthsUnderThemAreNoSuchListing() {
        String page =
                "Lamps at Low Tide\n\n58 min\n\n"
                        + "  \u2022 What the keeper kept\n\n    "
                        + PARAGRAPH
                        + "\n\n"
                        + "  \u2022 What the sea took back\n\n    "
                        + OTHER_PARAGRAPH
                        + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Lines 5 and 9 are the sections of the one episode titled on line 1.
        assertThat(titles(parsed)).containsExactly("Lamps at Low Tide");
    }
}
