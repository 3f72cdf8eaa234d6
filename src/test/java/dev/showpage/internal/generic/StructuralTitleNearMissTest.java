package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pages that come near the layouts read for titles (a headline printed on both sides of a player; a
 * table's header row, which is never a title) without being them, and pages that are them in other
 * words and languages: a news item, a directory's card, a show site's list, a transcript, a radio
 * edition. Each row names a line that must not be a title, or the only title the page must have.
 * The pages are made up; their lines are parted by " ~ ".
 */
class StructuralTitleNearMissTest {

    private static final String PROSE =
            "The keeper of the old lamps tells how the ferries found the harbour in the fog before"
                    + " the radar came.";

    private static final Pattern LINE_BREAK = Pattern.compile(" ?~ ?");

    private static Page parse(String page) {
        return EpisodePageParser.parse(String.join("\n", LINE_BREAK.split(page, -1)) + "\n");
    }

    static Stream<Arguments> notTitles() {
        return Stream.of(
                // A transcript opens at 0:00 and a speaker says the same sentence twice
                Arguments.of(
                        "Transcript ~ Thank you for having me here. ~ 0:00 ~ Thank you for having"
                                + " me here. ~ "
                                + PROSE,
                        "Thank you for having me here."),
                // A transcript's stamps between a host's repeated greeting (German)
                Arguments.of(
                        "Transkript ~ Herzlich willkommen zur neuen Folge. ~ 0:05 ~ Herzlich"
                                + " willkommen zur neuen Folge. ~ "
                                + PROSE,
                        "Herzlich willkommen zur neuen Folge."),
                // A news item's pull quote printed twice, a photo credit between (French)
                Arguments.of(
                        "Le port la nuit ~ Le phare ne s'éteint jamais. ~ Photo : Mara Quist ~ Le"
                                + " phare ne s'éteint jamais. ~ "
                                + PROSE,
                        "Le phare ne s'éteint jamais."),
                // A directory card's show description over and under the cover (Spanish)
                Arguments.of(
                        "Notas del puerto ~ Charlas semanales con la gente del puerto. ~ Portada ~"
                                + " Charlas semanales con la gente del puerto. ~ "
                                + PROSE,
                        "Charlas semanales con la gente del puerto."),
                // A radio edition's schedule: times of day between a repeated slogan (Italian)
                Arguments.of(
                        "Radio Porto ~ La voce del porto. ~ 12:00 ~ La voce del porto. ~ " + PROSE,
                        "La voce del porto."),
                // A list's running times (Dutch)
                Arguments.of(
                        "Havennotities ~ Elke week een nieuw verhaal. ~ 41:12 ~ Elke week een"
                                + " nieuw verhaal. ~ "
                                + PROSE,
                        "Elke week een nieuw verhaal."),
                // A player's times under a different line each time: not one headline twice
                Arguments.of(
                        "Harbour Notes ~ Lamps at low tide. ~ 0:00 ~ -41:12 ~ Lamps at high tide."
                                + " ~ "
                                + PROSE,
                        "Lamps at high tide."),
                // A show site's list of episodes under a table header, its rows spaced, not
                // glued: the header is no title
                Arguments.of(
                        "Harbour Notes ~ Date Title Duration ~ 12 Mar 2024 ~ Lamps at low tide ~ "
                                + PROSE,
                        "Date Title Duration"),
                // A German archive's header row
                Arguments.of(
                        "Hafennotizen ~ DatumTitelDauer ~ 12.03.2024 ~ Lampen bei Ebbe ~ " + PROSE,
                        "DatumTitelDauer"),
                // A header row with bars (Portuguese)
                Arguments.of(
                        "Notas do porto ~ Data | Título | Duração ~ 12/03/2024 ~ Faróis na maré"
                                + " baixa ~ "
                                + PROSE,
                        "Data | Título | Duração"),
                // A glued date line without a header: what follows the date is not read as a row
                Arguments.of(
                        "Harbour Notes ~ 12 Mar 2024Live from the harbour ~ " + PROSE,
                        "Live from the harbour"),
                // A header that names no title column over a glued row
                Arguments.of(
                        "Harbour Notes ~ DateDuration ~ 12 Mar 2024Lamps at low tide00:41:07 ~ "
                                + PROSE,
                        "Lamps at low tide"),
                // A header whose title comes before the date: the rest of the line is no title
                Arguments.of(
                        "Harbour Notes ~ TitleDate ~ 12 Mar 2024Lamps at low tide ~ " + PROSE,
                        "Lamps at low tide"),
                // A schedule under its header: a concert is no episode, its clock time no length
                Arguments.of(
                        "Harbour Hall ~ Date | Name | Time ~ 12 Mar 2025Concert in the park20:00 ~ "
                                + PROSE,
                        "Concert in the park"),
                // A results table (German)
                Arguments.of(
                        "Hafenregatta ~ DatumNameZeit ~ 12.03.2025Regatta am Kai1:02:41 ~ " + PROSE,
                        "Regatta am Kai"),
                // A news list under a header far above, with an unrelated row (French)
                Arguments.of(
                        "Le port ~ Date | Titre | Durée ~ Les nouvelles du quai ~ La météo ~"
                                + " Le marché ~ Les ferries ~ 12 mars 2025Fermeture du quai nord ~ "
                                + PROSE,
                        "Fermeture du quai nord"),
                // A glued row with notes after it: the header still names no episode of it
                Arguments.of(
                        "Harbour Notes ~ Date Title Duration ~ 12 Mar 2024Lamps at low tide41:07 ~"
                                + " The keeper's year. ~ "
                                + PROSE,
                        "Lamps at low tide"));
    }

    @ParameterizedTest
    @MethodSource("notTitles")
    void theLineIsNoTitle(String page, String line) {
        // Not the line, nor a title that holds it ("Lamps at low tide00:41:07")
        assertThat(DatedPages.titles(parse(page))).noneMatch(title -> title.contains(line));
    }

    static Stream<Arguments> titles() {
        return Stream.of(
                // A newsletter's post: the headline over and under the player
                Arguments.of(
                        "Harbournotes ~ Harbournotes ~ Lamps at low tide. With Mara Quist. ~"
                                + " 0:00 ~ -41:12 ~ ~ Lamps at low tide. With Mara Quist. ~ ~ "
                                + PROSE,
                        "Lamps at low tide. With Mara Quist."),
                // A radio edition's page: the edition's headline ends with a full stop (German)
                Arguments.of(
                        "Hafenfunk ~ Hafenfunk ~ Die Fähre kommt später. Ein Abend am Kai. ~ 00:00"
                                + " / 41:12 ~ ~ Die Fähre kommt später. Ein Abend am Kai. ~ ~ "
                                + PROSE,
                        "Die Fähre kommt später. Ein Abend am Kai."),
                // A news item with a player (French)
                Arguments.of(
                        "Portuaires ~ Portuaires ~ Le phare rallumé. Une nuit avec Mara Quist. ~"
                            + " 0:00 ~ -12:30 ~ ~ Le phare rallumé. Une nuit avec Mara Quist. ~ ~ "
                                + PROSE,
                        "Le phare rallumé. Une nuit avec Mara Quist."),
                // A headline without a full stop around the player, as before
                Arguments.of(
                        "Harbour Notes ~ Lamps at low tide ~ 0:00 ~ -41:12 ~ ~ Lamps at low tide ~"
                                + " ~ "
                                + PROSE,
                        "Lamps at low tide"),
                // An episode page with a title and a dated line and no header row
                Arguments.of(
                        "Harbour Notes ~ Lamps at low tide ~ 12 Mar 2024 ~ " + PROSE,
                        "Lamps at low tide"),
                // A spaced two-word title that are column names: no header row
                Arguments.of("Harbour Notes ~ No Time ~ 12 Mar 2024 ~ " + PROSE, "No Time"));
    }

    @ParameterizedTest
    @MethodSource("titles")
    void theTitleIsTheOnlyOne(String page, String title) {
        assertThat(DatedPages.titles(parse(page))).containsExactly(title);
    }
}
