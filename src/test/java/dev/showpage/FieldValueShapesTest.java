package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates and lengths in the shapes of a page's fields that the lexer cannot tell by their shape
 * alone: a date "on" its day in the seven languages, two-digit years after dots or dashes, a German
 * date with blanks after its dots, a clock with its unit, minutes and seconds with the signs of
 * arc. Each read where it stands as a field of its own, and the same words in a sentence left as
 * text.
 */
class FieldValueShapesTest {

    private static Page parse(String text) {
        return EpisodePageParser.builder()
                .referenceDate(LocalDate.of(2025, 5, 1))
                .build()
                .parsePage(text);
    }

    private static Episode card(String line) {
        Page page = parse("A walk along the harbour wall\n" + line + "\nWe count the boats.\n");
        assertThat(page.episodes()).as(line).isNotEmpty();
        return page.episodes().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "1:02:03 h;3723",
                "01:10:09 h;4209",
                "2:00:00 Std.;7200",
                "45:12 min;2712",
                "38:07 Min.;2287",
                "52:40 minutes;3160",
                "45:12min;2712",
                "45'12'';2712",
                "38′07″;2287",
                "Laufzeit: 45:12 Min.;2712",
                "3 March 2024 · 45:12 min;2712",
            })
    void aClockWithItsUnitOrWithSignsOfArcIsALength(String line, long seconds) {
        // under the card's date line, where a chapter's time with its unit does not stand
        String lines = line.contains("2024") ? line : "3 March 2024\n" + line;
        assertThat(card(lines).duration()).as(line).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "19:30 h", // a time of day, as Spanish and German write it
                "21:15 Uhr",
                "1:30 h", // the unit names no first part of two
                "1:02:03 min", // nor of three
                "5'11''", // a height
                "45'", // no seconds
                "45'12'", // one sign for the seconds
            })
    void aClockWhoseUnitNamesAnotherPartIsNoLength(String line) {
        assertThat(card("3 March 2024\n" + line).duration()).as(line).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "le 3 mars 2024",
                "Le 3 mars 2024",
                "am 3. März 2024",
                "Am Sonntag, 3. März 2024",
                "el 3 de marzo de 2024",
                "il 3 marzo 2024",
                "em 3 de março de 2024",
                "op 3 maart 2024",
                "on March 3, 2024",
                "On Sunday, March 3, 2024",
                "le 3 mars 2024 · 45 min",
                "03.03.24",
                "3.3.24",
                "03-03-24",
                "Published: 03.03.24",
                "03.03.24 · 45 min",
                "3. 3. 2024",
                "03. 03. 2024",
                "Datum: 3. 3. 2024",
            })
    void aDateStandingAsAFieldIsTheCardsDate(String line) {
        Episode episode = card(line);
        assertThat(episode.released()).as(line).contains(LocalDate.of(2024, 3, 3));
        assertThat(episode.title()).as(line).contains("A walk along the harbour wall");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Le 3 mars 2024, nous sommes partis avant l'aube.",
                "On March 3, 2024 we set out before dawn.",
                "am 3. März 2024 sind wir früh losgefahren",
                "op 3 maart 2024 vertrokken we vroeg",
                "Version 10.12.23 of the app is out.",
                "10.12.23 is the version we shipped.",
                "3-3-24 was the final score of the match.",
                "1.2.3",
                "3. 4. 2024 sind wir umgezogen.",
                "3. 13. 2024",
                "le 3",
                "on 3",
            })
    void theSameWordsInASentenceAreNoDate(String line) {
        Page page = parse("A walk along the harbour wall\n" + line + "\nWe count the boats.\n");
        assertThat(page.episodes()).allSatisfy(e -> assertThat(e.released()).as(line).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                // the page's other date settles the order of a two-digit year's
                "24.03.24;2024-03-24;2024-03-03",
                "03-24-24;2024-03-24;2024-03-03",
            })
    void aTwoDigitYearIsReadInThePagesOrder(String proof, String first, String second) {
        Page page =
                parse(
                        "A walk along the harbour wall\n"
                                + proof
                                + "\nWe count the boats.\n\nThe lighthouse keeper\n"
                                + (proof.contains(".") ? "03.03.24" : "03-03-24")
                                + "\nShe stayed through the winter.\n");
        assertThat(page.episodes()).hasSize(2);
        assertThat(page.episodes().get(0).released()).contains(LocalDate.parse(first));
        assertThat(page.episodes().get(1).released()).contains(LocalDate.parse(second));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "45 min 3 March 2024;2700",
                "45 Min. 3. März 2024;2700",
                "1 h 2 min 3 mars 2024;3720",
                "52 minutos 3 de marzo de 2024;3120",
                "45 min Mar 3, 2024;2700",
                "45 mins 03/03/2024;2700",
                "Duur 45 min 3 maart 2024;2700",
            })
    void aLengthAndADateWithOnlyABlankBetween(String line, long seconds) {
        Episode episode = card(line);
        assertThat(episode.released()).as(line).contains(LocalDate.of(2024, 3, 3));
        assertThat(episode.duration()).as(line).contains(Duration.ofSeconds(seconds));
        assertThat(episode.title()).as(line).contains("A walk along the harbour wall");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "3 March 2024 / 45 min;2700",
                "3 March 2024 \u22C5 45 min;2700",
                "3 March 2024 \u25CF 45 min;2700",
                "3 March 2024 \u25E6 45 min;2700",
                "3 March 2024 \u2013 45 min;2700",
                "3 March 2024 / 45:12;2712",
                "45 min \u22C5 3 March 2024;2700",
                "45 min / le 3 mars 2024;2700",
                "Dauer: 45:12 \u25CF 3. März 2024;2712",
            })
    void signsBetweenADateAndALength(String line, long seconds) {
        Episode episode = card(line);
        assertThat(episode.released()).as(line).contains(LocalDate.of(2024, 3, 3));
        assertThat(episode.duration()).as(line).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "3 March 2024 / 12 min read",
                "3 March 2024 / 3 comments",
                "3 March 2024 / 12 MB",
                "3 March 2024 / at 19:30",
                "3 March 2024 \u25CF 2024",
            })
    void aSignBeforeAnythingButALengthGivesNone(String line) {
        Episode episode = card(line);
        assertThat(episode.released()).as(line).contains(LocalDate.of(2024, 3, 3));
        assertThat(episode.duration()).as(line).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "12 min read 3 March 2024",
                "3 comments 3 March 2024",
                "45 min and/or more",
                "\u25CF 45 minutes of silence, then the tide",
            })
    void noLengthOutsideItsField(String line) {
        Page page = parse("A walk along the harbour wall\n" + line + "\nWe count the boats.\n");
        assertThat(page.episodes()).allSatisfy(e -> assertThat(e.duration()).as(line).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "Listen now Duration: 45:12;2712",
                "Play episode \u00B7 Duration 45:12;2712",
                "Play Runtime: 1h 2m;3720",
                "Listen Dauer: 1:02:03;3723",
            })
    void aPlayersButtonsBeforeALabelledLength(String line, long seconds) {
        assertThat(card(line).duration()).as(line).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Listen now Duration: 45:12 of pure calm, then the tide",
                "Play the Length game with us",
                "Listen to how the duration changes",
            })
    void aPlayersButtonsBeforeProseGiveNoLength(String line) {
        Page page = parse("A walk along the harbour wall\n" + line + "\nWe count the boats.\n");
        assertThat(page.episodes()).allSatisfy(e -> assertThat(e.duration()).as(line).isEmpty());
    }
}
