package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The places the newer show shapes look (the line under a player's placeholder, the line over a
 * publisher's, a name a dash and "a podcast by" follow, a name an article's lead marks off) hold
 * other names too: an episode's title whole or after its label, a guest's name, a section's
 * heading, a series or a book the lead mentions. None of them is the show, and a show an older
 * shape finds stays the show. The pages are made up; in the rows "/" stands for a line break.
 */
class ShowNotFromTitlesOrOtherWorksTest {

    private static final String NOTES =
            "A lock keeper walks us along the towpath she has kept for thirty years, and tells"
                    + " how the boats and the people on them have changed.";

    private static Page parse(String rows) {
        return EpisodePageParser.parse(rows.replace(" / / ", "\n\n").replace(" / ", "\n") + "\n");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Folge 12: Die Fähre im Nebel / 3. März 2025 / / Der Player wird geladen … / Die"
                        + " Fähre im Nebel",
                "Lamps at Low Tide: A Keeper's Story / March 3, 2025 / / The player is loading ..."
                        + " / Lamps at Low Tide",
                "Épisode 4 : Les Quais de Nuit / 3 mars 2025 / / Le lecteur se charge... / Les"
                        + " Quais de Nuit",
                "Aflevering 7: Het Laatste Veer / 3 maart 2025 / / De speler wordt geladen / Het"
                        + " Laatste Veer",
                "Episodio 9 - La Noche del Puerto / 3 de marzo de 2025 / / Cargando reproductor /"
                        + " La Noche del Puerto"
            })
    void theTitlesNameUnderAPlayerIsNoShow(String rows) {
        Page parsed = parse(rows + " / / " + NOTES);

        // The line under the placeholder is a part of the title on line 1, which stays whole.
        assertThat(parsed.show()).isEmpty();
        assertThat(OneEpisodePage.onlyTitle(parsed))
                .isEqualTo(rows.substring(0, rows.indexOf(" / ")));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Episode 12: Lamps at Low Tide / / In the new episode of the podcast, “Lamps at Low"
                        + " Tide”, Mara Quill walks the towpath of the old canal with us and tells"
                        + " how it was.",
                "Folge 3: Die Fähre im Nebel / / In der neuen Folge vom Podcast „Die Fähre im"
                        + " Nebel“ erzählt Mara Quill vom Hafen und von den Booten dort am Abend.",
                "Who once appeared in an episode of “Doctor Who” has spent ten years on the canal"
                        + " / / Who once appeared in an episode of “Doctor Who”, Mara Quill has"
                        + " spent thirty years on the canal and tells us all about it today.",
                "Lamps at Low Tide / / L'actrice qui a joué dans un épisode de « Plus belle la vie"
                        + " » parle ce soir du canal et des bateaux qu'elle a vus passer ici.",
                "Lamps at Low Tide / / Die Schauspielerin aus einer Folge von „Tatort“ spricht"
                        + " heute über den Kanal und die Boote, die sie dort hat fahren sehen.",
                "Lamps at Low Tide / / In this week's podcast, “Sapiens” author Yuval Harari talks"
                        + " about the canal and the boats that he has seen passing over the years.",
                "Lamps at Low Tide / / Fans of the podcast “Deep Water” will find much to like in"
                        + " this walk along the towpath with a lock keeper who knows every boat.",
                "Lamps at Low Tide / / Luisteraars van de podcast ‘Zee Licht’ kennen de stem van"
                        + " de sluiswachter die ons vandaag langs het kanaal en de boten leidt."
            })
    void aNameTheLeadMarksOffButThePageNeverPrintsAloneIsNoShow(String rows) {
        Page parsed = parse(rows + " / / " + NOTES);

        // The name marked off in the lead (line 3) is printed nowhere else as a line of its own.
        assertThat(parsed.show()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "The player is loading ... / Mara Quill",
                "Der Player wird geladen … / Mara Quill",
                "Mara Quill / Podcast by Quay Media",
                "Mara Quill / Ein Podcast von Radio Kai",
                "Kultur / Podcast der Woche",
                "Culture / Podcast de la semaine"
            })
    void aShowAnOlderShapeFindsStaysTheShow(String rows) {
        Page parsed =
                parse(
                        "Harbour Talk / / Lamps at Low Tide / March 3, 2025 / / "
                                + rows
                                + " / / "
                                + NOTES
                                + " / / Harbour Talk");

        // Line 1 and the last line print the show; the line under the player or over the
        // publisher (line 6) is a guest's name or a section's.
        assertThat(parsed.show()).map(Show::title).contains("Harbour Talk");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Podcast der Woche",
                "Podcast des Jahres",
                "Podcast van het jaar",
                "Podcast de la semaine",
                "Podcast del mes",
                // a bare phrase before a category or a country: no publisher's credit
                "Podcast de Economía",
                "Podcast der Redaktion",
                "Podcast di Storia",
                "Podcast do Brasil",
                "Podcast van Nederland"
            })
    void aHeadingOfThePeriodIsNoPublishersLine(String heading) {
        assertThat(PublisherLines.isOne(heading)).isFalse();
        assertThat(PublisherLines.isOne("Podcast by Quay Media")).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Lamps at Low Tide; The Last Crossing; Podcast by Quay Media; March 3, 2025; March"
                        + " 10, 2025",
                "Die Fähre im Nebel; Der Letzte Anleger; Ein Podcast von Radio Kai; 3. März 2025;"
                        + " 10. März 2025",
                "Les Quais de Nuit; La Dernière Traversée; Un podcast de Radio Port; 3 mars 2025;"
                        + " 10 mars 2025"
            })
    void aCardsNameOverItsPublisherIsNoShow(
            String name, String other, String publisher, String first, String second) {
        Page parsed =
                parse(
                        name + " / " + publisher + " / " + first + " / " + NOTES + " / / " + other
                                + " / " + publisher + " / " + second + " / " + NOTES);

        // Lines 1 and 6 print a card's name over its publisher: the cards' titles, not the show.
        assertThat(parsed.show().map(Show::title).orElse("")).isNotIn(name, other);
        Page single = parse(name + " / " + publisher + " / " + first + " / " + NOTES);
        assertThat(single.show().map(Show::title).orElse("")).isNotEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Die Fähre im Nebel - Ein Podcast von Radio Kai / / Die Fähre im Nebel / 3. März"
                        + " 2025",
                "La Noche del Puerto - Un podcast de Radio Cai / / La Noche del Puerto / 3 de"
                        + " marzo de 2025",
                "Het Laatste Veer - Een podcast van Radio Kaai / / Het Laatste Veer / 3 maart"
                        + " 2025",
                "La Notte del Porto - Un podcast di Radio Molo / / La Notte del Porto / 3 marzo"
                        + " 2025"
            })
    void anEpisodesTitleUnderAPublisherSuffixIsNoShow(String rows) {
        Page parsed = parse(rows + " / " + NOTES);

        // Line 3, the name line 1 gives before the dash, is the episode's title over its date.
        assertThat(parsed.show()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Hafenfunk; Hafenfunk - Ein Podcast von Radio Kai",
                "Puerto Abierto; Puerto Abierto - Un podcast de Radio Molo"
            })
    void aHeaderOverAPublisherSuffixNamesTheShow(String header, String suffix) {
        Page parsed =
                parse(
                        header
                                + " / "
                                + suffix
                                + " / / Lamps at Low Tide / March 3, 2025 / "
                                + NOTES);

        // Line 1 prints the name line 2 gives before the dash.
        assertThat(parsed.show()).map(Show::title).contains(header);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Lamps at Low Tide / March 3, 2025 / / Mara Quill, who once appeared in an"
                        + " episode of “Doctor Who”, talks about the canal. / / Tags / Doctor Who",
                "Lamps at Low Tide / March 3, 2025 / / Mara Quill, host of the hit podcast “Deep"
                    + " Water”, joins us on the towpath. / / More from our network / Deep Water",
                "Die Fähre im Nebel / 3. März 2025 / / Mara Quill, bekannt aus dem Podcast"
                        + " „Tatort“, erzählt vom Hafen. / / Schlagworte / Tatort",
                "Lamps at Low Tide / March 3, 2025 / / The author of the book “Salt Roads” tells"
                        + " why the podcast “Salt Roads” came later. / / Books mentioned / Salt"
                        + " Roads",
                "Het Laatste Veer / 3 maart 2025 / / Mara Quill, bekend van de podcast ‘Zee"
                        + " Licht’, vertelt over de haven. / / Meer van ons netwerk / Zee Licht"
            })
    void aNameTheLeadMarksOffAndAListPrintsIsNoShow(String rows) {
        Page parsed = parse(rows);

        // The name marked off in the lead (line 4) is printed again in a tag or related list
        // (the last line): another work's, not the show's.
        assertThat(parsed.show()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Die Fähre im Nebel / 3. März 2025; Die Fähre im Nebel – Ein Podcast von Radio Kai",
                "El puerto en crisis / 3 de marzo de 2025; El puerto en crisis - Un podcast de"
                        + " Radio Puerto",
                "La Notte del Porto / 3 marzo 2025; La Notte del Porto - Un podcast di Radio Molo",
                "Het Laatste Veer / 3 maart 2025; Het Laatste Veer - Een podcast van Radio Kaai"
            })
    void aPublisherSuffixUnderTheEpisodeIsNoShow(String episode, String suffix) {
        Page parsed = parse(episode + " / " + NOTES + " / / " + suffix);

        // The suffix line (the last) stands under the episode's date (line 2): a share or footer
        // line, whose name is the title on line 1.
        assertThat(parsed.show()).isEmpty();
        assertThat(OneEpisodePage.onlyTitle(parsed))
                .isEqualTo(episode.substring(0, episode.indexOf(" / ")));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Die Fähre im Nebel / 3. März 2025 / / Der Player wird geladen … / Folge 12: Die"
                        + " Fähre im Nebel",
                "Les Quais de Nuit / 3 mars 2025 / / Le lecteur se charge... / Épisode 4 : Les"
                        + " Quais de Nuit"
            })
    void aLabelledTitleUnderAPlayerIsNoShow(String rows) {
        Page parsed = parse(rows + " / / " + NOTES);

        // The line under the placeholder (line 5) holds the title on line 1 after its label.
        assertThat(parsed.show()).isEmpty();
    }
}
