package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An episode guide whose editions each open with a bulleted length line over their guests: each
 * bulleted length opens one episode. The guides are made up.
 */
class BulletedLengthListingTest {

    private static Page parse(String text) {
        return EpisodePageParser.builder()
                .referenceDate(LocalDate.of(2025, 5, 1))
                .build()
                .parsePage(text);
    }

    private static String edition(String length, String guest, String sentence) {
        return "  • " + length + "\n    " + guest + "\n    " + sentence + "\n";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Staffel 3, Folgen 40–52|60 Min.|Lena Brandt, Köchin|Sie erzählt von ihrer"
                        + " Küche am Hafen.|Tom Reger, Förster|Er spricht über den trockenen"
                        + " Sommer.|3600",
                "Season 3, editions 40–52|45 min|Ana Vidal, architect|She talks about the"
                        + " library she built.|Tom Berger, cook|He explains his winter"
                        + " menu.|2700",
                "Saison 3, numéros 40 à 52|50 minutes|Claire Morin, romancière|Elle parle de"
                        + " son nouveau livre.|Paul Girard, vigneron|Il raconte les vendanges de"
                        + " l'année.|3000",
                "Temporada 3, programas 40–52|40 minutos|Lucía Gil, actriz|Habla de su"
                        + " próxima obra de teatro.|Mario Ruiz, médico|Explica cómo trabaja en"
                        + " el hospital.|2400",
                "Stagione 3, puntate 40–52|50 minuti|Giulia Conti, scrittrice|Racconta il suo"
                        + " ultimo romanzo.|Marco Valli, cuoco|Spiega la sua cucina di"
                        + " mare.|3000",
                "Seizoen 3, afleveringen 40–52|55 minuten|Sanne Bakker, schrijfster|Zij"
                        + " vertelt over haar nieuwe boek.|Joris Smit, boer|Hij legt uit hoe de"
                        + " oogst ging.|3300",
            })
    void eachBulletedLengthOpensAnEdition(
            String heading,
            String length,
            String firstGuest,
            String firstSentence,
            String secondGuest,
            String secondSentence,
            long seconds) {
        Page page =
                parse(
                        heading
                                + "\n\n"
                                + edition(length, firstGuest, firstSentence)
                                + edition(length, secondGuest, secondSentence));

        assertThat(page.episodes()).hasSize(2);
        assertThat(page.episodes())
                .extracting(Episode::duration)
                .allSatisfy(d -> assertThat(d).contains(Duration.ofSeconds(seconds)));
        assertThat(page.episodes().get(0).description().orElse(""))
                .contains(firstSentence)
                .doesNotContain(secondSentence);
        assertThat(page.episodes().get(1).description().orElse(""))
                .contains(secondSentence)
                .doesNotContain(firstSentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"60 Min.|3600", "45 min|2700", "50 minuti|3000"})
    void aSingleBulletedLengthIsTheEpisodesLength(String length, long seconds) {
        Page page =
                parse(
                        "Lamps at Low Tide\n\n"
                                + edition(length, "Ana Vidal, architect", "She talks shop.")
                                + "    Tom Berger, cook\n"
                                + "    He explains his winter menu.\n");

        assertThat(page.episodes()).hasSize(1);
        assertThat(page.episodes().get(0).duration()).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"60 Min.", "45 min"})
    void aLengthUnderItsTitleIsNoEditionsOpening(String length) {
        Page page =
                parse(
                        "Kilns Are Patient\n"
                                + "  • "
                                + length
                                + "\n    A potter explains how a wood kiln is fired.\n\n"
                                + "Night Ferries\n"
                                + "  • "
                                + length
                                + "\n    Two deckhands tell what the crossing looks like.\n");

        // The bullets stand under titles: no episode opens at a length.
        assertThat(page.episodes())
                .noneMatch(
                        e ->
                                e.title().isEmpty()
                                        && e.description().orElse("").startsWith("A potter"));
        assertThat(page.episodes()).isNotEmpty();
        assertThat(page.episodes().get(0).title()).contains("Kilns Are Patient");
        assertThat(page.episodes())
                .noneMatch(
                        e ->
                                e.title().isEmpty()
                                        && e.description().orElse("").startsWith("Two deckhands"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"10 min|20 min", "10 Min.|25 Min."})
    void bareLengthsWithoutNotesAreNoGuide(String first, String second) {
        Page page =
                parse(
                        "Warm-up plan\n\n  • "
                                + first
                                + "\n  • "
                                + second
                                + "\n\nStretch slowly between the two parts of the plan.\n");

        assertThat(page.episodes()).hasSizeLessThanOrEqualTo(1);
    }
}
