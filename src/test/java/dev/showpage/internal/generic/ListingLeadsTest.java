package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A page's heading over a lead that speaks of the episodes it lists ("Our Favourite Episodes" /
 * "here are a few of our favourite episodes") names the list, never an episode: it is neither the
 * first of the listed episodes nor the title of the page's one episode. The pages are made up; the
 * comment before each assertion names the 1-based page lines it reads.
 */
class ListingLeadsTest {

    private static final String FIRST =
            "We look at the drains under old cities and why they fail in heavy rain, with an"
                    + " engineer who has mapped them street by street.";
    private static final String SECOND =
            "The story of the workers who dug the canals by hand two hundred years ago, told by"
                    + " the grandchildren of two of them.";
    private static final String THIRD =
            "A short one about an odd clock on the harbour wall that tells the tide instead of the"
                    + " hour, and the man who winds it.";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The Best of the Best|Picking one is hard, but here are a few of our favourite"
                        + " episodes from the last two years.",
                "Our Picks|Choosing is never easy, so these are the episodes we keep coming back to"
                        + " ourselves.",
                "Lo Mejor Del Año|Elegir es difícil, pero aquí van algunos de nuestros episodios"
                        + " favoritos del último año.",
                "Il Meglio Del Meglio|Scegliere è difficile, ma ecco alcune delle nostre puntate"
                        + " preferite degli ultimi due anni.",
                "Le Meilleur|Choisir est difficile, mais voici quelques-uns de nos épisodes préférés"
                        + " des deux dernières années.",
                "Het Beste Van Het Beste|Kiezen is lastig, maar dit zijn een paar van onze"
                        + " favoriete afleveringen van de afgelopen twee jaar."
            })
    void theHeadingOverTheLeadIsNoEpisode(String heading, String lead) {
        String page =
                heading + "\n\n" + lead + "\n\n\nWhy Do Cities Flood?\n\n" + FIRST
                        + "\n\n\nWho Built the Canals?\n\n" + SECOND
                        + "\n\n\nWhat Is a Tide Clock?\n\n" + THIRD + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Lines 1 and 3 are the heading and lead; lines 6, 11 and 16 the episodes' titles.
        assertThat(titles(parsed.episodes()))
                .containsExactly(
                        "Why Do Cities Flood?", "Who Built the Canals?", "What Is a Tide Clock?");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Our Favourite Episodes|Picking a favourite is hard, but here are a few of our"
                        + " favourite episodes from the last year.",
                "Nuestros episodios favoritos|Elegir un favorito es difícil, pero aquí van"
                        + " algunos de nuestros episodios favoritos del último año.",
                "Os Nossos Episódios Preferidos|Escolher é difícil, mas aqui ficam alguns dos"
                        + " nossos episódios preferidos do último ano."
            })
    void aHeadingNamingEpisodesOverTheLeadIsNoTitle(String heading, String lead) {
        String page =
                heading + "\n\n" + lead + "\n\n\nwhy do cities flood?\n\n" + FIRST + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 1 names the list; no line of the page is one episode's title.
        assertThat(titles(parsed.episodes())).doesNotContain(heading);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // The first episode's notes speak of other episodes over more than one paragraph.
                "Why Do Rivers Move?|In the first of three episodes on rivers we follow a bend"
                        + " that moved a village.|"
                        + "A geographer walks the old bed with us and shows the marks it left.",
                "Por Qué Se Mueven Los Ríos|En el primero de tres episodios sobre ríos seguimos"
                        + " una curva que movió un pueblo.|"
                        + "Una geógrafa recorre el viejo cauce y nos enseña sus marcas."
            })
    void aFirstEpisodeWhoseNotesGoOnStays(String title, String lead, String more) {
        String page =
                title + "\n\n" + lead + "\n\n" + more + "\n\n\nWho Built the Canals?\n\n" + SECOND
                        + "\n\n\nWhat Is a Tide Clock?\n\n" + THIRD + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 1 opens a block whose notes (lines 3 and 5) go on past the lead: an episode.
        assertThat(titles(parsed.episodes())).first().isEqualTo(title);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The Best Episodes Of The Year|Our hosts look back on the year and play a clip"
                        + " from each of the six moments they loved most.",
                "Die Folgen Des Sturms|Nach dem Sturm sprechen wir mit Förstern über die Folgen"
                        + " für den Wald und die Wege.",
                "Tide Tables|New episodes every Tuesday: this week, a harbour master explains the"
                        + " tables she reads each morning."
            })
    void aTitleOverNotesStays(String title, String notes) {
        String page = title + "\n\n" + notes + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 1 is the page's one title: its notes do not both name it and speak of a list.
        assertThat(titles(parsed.episodes())).containsExactly(title);
    }

    private static List<String> titles(List<Episode> episodes) {
        return episodes.stream().map(Episode::title).flatMap(Optional::stream).toList();
    }
}
