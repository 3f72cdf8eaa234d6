package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A listing of entries a rule separates, each a title over a paragraph, a length maybe under the
 * rule. The pages are made up; the comment before each assertion names the 1-based page lines it
 * reads.
 */
class RuledListingTest {

    private static String listing(String rule, String length) {
        return "Mara Quist: \"Every lamp has a keeper\"\n"
                + "A keeper walks us through the last night before the lamp went electric, and"
                + " what the town said.\n"
                + rule
                + "\n"
                + length
                + "\"Kilns are patient\"\n"
                + "A potter explains how a wood kiln is fired for three days without a break in"
                + " the heat.\n"
                + rule
                + "\n"
                + length
                + "Night Ferries, part 1: the engine room\n"
                + "Two deckhands tell what the crossing looks like from below the deck, in the"
                + " dark.\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"--------", "___", "*****", "====="})
    void eachRuleOpensAnEntry(String rule) {
        for (String length : new String[] {"41:18\n", "Durée : 38 min\n", "[52:07]\n"}) {
            Page page = EpisodePageParser.parse(listing(rule, length));

            // Lines 1, and the titles under each rule (past the length).
            assertThat(DatedPages.titles(page))
                    .containsExactly(
                            "Mara Quist: \"Every lamp has a keeper\"",
                            "\"Kilns are patient\"",
                            "Night Ferries, part 1: the engine room");
            // A length under a rule is given to neither entry.
            assertThat(page.episodes()).allMatch(e -> e.duration().isEmpty());
            assertThat(page.episodes())
                    .extracting(Episode::description)
                    .noneMatch(d -> d.orElse("").contains(rule));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--------", "*****"})
    void entriesWithoutALengthUnderTheRuleAreNoListing(String rule) {
        Page page = EpisodePageParser.parse(listing(rule, ""));

        // No length under the rules on lines 3 and 6: nothing says the entries are episodes.
        assertThat(page.episodes()).hasSizeLessThanOrEqualTo(1);
        assertThat(DatedPages.titles(page)).doesNotContain("\"Kilns are patient\"");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Lamps at Low Tide|Mara Quist|Tom Ferrell",
                "Les phares à marée basse|Notre invitée|Pour aller plus loin",
                "Leuchttürme bei Ebbe|Unsere Gästin|Zum Weiterlesen",
                "Faros con marea baja|Ana Ruiz|Para saber más",
                "Vuurtorens bij eb|Pieter de Wit|Verder lezen"
            })
    void sectionsOfAnyHeadingUnderRulesAreNoEntries(String title, String first, String second) {
        Page page =
                EpisodePageParser.parse(
                        title
                                + "\nA keeper walks us through the last night before the lamp"
                                + " went electric, and what the town said.\n"
                                + "--------\n"
                                + first
                                + "\nShe kept the lamp for thirty years and wrote a book about"
                                + " the winters at the point.\n"
                                + "--------\n"
                                + second
                                + "\nHe drew the charts of the harbour mouth and still sails"
                                + " the old ferry on Sundays.\n");

        // Lines 4 and 7 head sections of the one episode titled on line 1.
        assertThat(page.episodes()).hasSizeLessThanOrEqualTo(1);
        assertThat(DatedPages.titles(page)).doesNotContain(first, second);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-=-=-", "--", "- - -", "***Update***"})
    void otherLinesAreNoRule(String rule) {
        Page page = EpisodePageParser.parse(listing(rule, "41:18\n"));

        // Without a rule, the page is not read as three ruled entries.
        assertThat(DatedPages.titles(page)).doesNotContain("\"Kilns are patient\"");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "About Our Guest|Links From the Episode",
                "Über den Gast|Links zur Folge",
                "À propos de l'invitée|Ressources",
                "Show Notes|Further Reading",
                "Sobre a convidada|Credits"
            })
    void anEpisodesSectionsUnderRulesAreNoEntries(String about, String links) {
        Page page =
                EpisodePageParser.parse(
                        "Lamps at Low Tide\n"
                                + "A keeper walks us through the last night before the lamp"
                                + " went electric, and what the town said.\n"
                                + "--------\n"
                                + about
                                + "\n"
                                + "She kept the lamp for thirty years and wrote a book about"
                                + " the winters at the point.\n"
                                + "--------\n"
                                + links
                                + "\n"
                                + "The keeper's book, the town's archive and the old charts"
                                + " of the harbour mouth.\n");

        // Lines 4 and 7 head sections of the one episode titled on line 1.
        assertThat(page.episodes()).hasSizeLessThanOrEqualTo(1);
        assertThat(DatedPages.titles(page)).doesNotContain(about, links);
    }
}
