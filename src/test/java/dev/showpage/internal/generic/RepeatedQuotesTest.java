package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A news article about a programme quotes the programme's name in its opening and again further on:
 * that one name is the show. The pages are made up; the comment before each assertion names the
 * 1-based page lines it reads.
 */
class RepeatedQuotesTest {

    private static String article(String headline, String later) {
        return headline
                + "\n"
                + "The presenter met her guests on a cold morning and let them talk for an hour,"
                + " without notes and without a script.\n"
                + later
                + "\n"
                + "Next week the programme travels north to record in a lighthouse keeper's"
                + " kitchen.\n";
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Ana Ruiz starts podcast ‘Harbour Nights’ with a sailor"
                        + "|In 'Harbour Nights' the sailor tells of the storm.|Harbour Nights",
                "Vuelve «Faro del Norte» a la radio este sábado|En «Faro del Norte» también se"
                        + " escuchará la voz de un farero.|Faro del Norte",
                "Lena Berg startet den Podcast „Leuchtfeuer“ mit einem Gast"
                        + "|Bei „Leuchtfeuer“ ist jede Folge eine Stunde lang.|Leuchtfeuer",
                "Torna “Il Faro” su Radio Mare"
                        + "|In “Il Faro‘ si ascolterà anche la voce di un pescatore.|Il Faro"
            })
    void theNameQuotedInTheOpeningAndAgainIsTheShow(String headline, String later, String show) {
        Page parsed = EpisodePageParser.parse(article(headline, later));

        // Line 1 quotes the name, line 3 quotes it again: the show.
        assertThat(parsed.show()).map(Show::title).contains(show);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // quoted once only
                "Ana Ruiz starts podcast ‘Harbour Nights’ with a sailor|The sailor tells of the"
                        + " storm.",
                // two names quoted twice each: the page is about more than one
                "‘Harbour Nights’ and ‘Salt Roads’ return"
                        + "|Both ‘Harbour Nights’ and ‘Salt Roads’ air on Sundays.",
                // the name in two forms: which one is whole is not known
                "\"Harbour Nights\" returns|We love „Harbour Nights?“ and „Harbour Nights“ alike.",
                // a quotation of words, not a name
                "She said ‘we never stopped’ on air|Later she said ‘we never stopped’ again.",
                // an apostrophe inside a word quotes nothing
                "L’estate di Radio Mare|Nell’estate di Radio Mare si ascolta il mare."
            })
    void otherQuotationsNameNoShow(String headline, String later) {
        Page parsed = EpisodePageParser.parse(article(headline, later));

        // Lines 1 and 3 quote no one name that is the show.
        assertThat(parsed.show()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // the repeated quotation stands only far from the opening
                "Ana Ruiz met a sailor|In 'Harbour Nights' the sailor tells of the storm, in"
                        + " 'Harbour Nights' again."
            })
    void aNameQuotedOnlyPastTheOpeningIsNoShow(String headline, String later) {
        String page =
                headline
                        + "\nOne.\nTwo paragraphs of prose here.\nThree paragraphs of prose here.\n"
                        + later
                        + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 5 quotes the name twice, past the page's first three lines.
        assertThat(parsed.show().map(Show::title)).isNotEqualTo(Optional.of("Harbour Nights"));
    }
}
