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
 * A page's heading that names episodes in the plural, over a lead that speaks of them too and a
 * listing under it ("Episodes For A Long Drive" / "we gathered the episodes listeners ask about")
 * names the list, never an episode. A heading that names no episodes, or one with no listing under
 * its lead, stays a title. The pages are made up; the comment before each assertion names the
 * 1-based page lines it reads.
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
                "Episodes For A Long Drive|Long trips call for company, so we gathered the"
                        + " episodes listeners ask about most on the road.",
                "Episoden für die Reise|Lange Fahrten brauchen Gesellschaft, darum haben wir die"
                        + " Episoden gesammelt, nach denen ihr unterwegs am häufigsten fragt.",
                "Episodios para el camino|Los viajes largos piden compañía, así que reunimos los"
                        + " episodios que más nos pedís para la carretera.",
                "Puntate per il viaggio|I viaggi lunghi vogliono compagnia: abbiamo raccolto le"
                        + " puntate che ci chiedete di più per la strada.",
                "Épisodes pour la route|Les longs trajets demandent de la compagnie, voici les"
                        + " épisodes que vous réclamez le plus en voiture.",
                "Afleveringen voor onderweg|Lange ritten vragen om gezelschap, dus verzamelden we"
                        + " de afleveringen waar luisteraars onderweg het vaakst om vragen."
            })
    void theHeadingOverTheLeadIsNoEpisode(String heading, String lead) {
        String page =
                heading
                        + "\n\n"
                        + lead
                        + "\n\n\nWhy Do Cities Flood?\n\n"
                        + FIRST
                        + "\n\n\nWho Built the Canals?\n\n"
                        + SECOND
                        + "\n\n\nWhat Is a Tide Clock?\n\n"
                        + THIRD
                        + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Lines 1 and 3 are the heading and lead; lines 6, 11 and 16 the episodes' titles.
        assertThat(titles(parsed.episodes()))
                .containsExactly(
                        "Why Do Cities Flood?", "Who Built the Canals?", "What Is a Tide Clock?");
        // Line 1 names the list: it is no show either (the page prints no show's name).
        assertThat(parsed.show()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The Roman Army, Part One|The first of two episodes on how Rome fed, paid and"
                        + " moved its legions across an empire.",
                "Die Hanse, Teil Eins|Die erste von zwei Episoden über die Kaufleute, die von"
                        + " Lübeck aus den Handel im Norden lenkten.",
                "La Marina Española, Primera Parte|El primero de dos episodios sobre cómo la"
                        + " flota cruzaba el océano con plata y especias cada año."
            })
    void aFirstEpisodeWhoseNotesNameEpisodesStays(String title, String notes) {
        String page =
                title
                        + "\n\n"
                        + notes
                        + "\n\n\nWho Built the Canals?\n\n"
                        + SECOND
                        + "\n\n\nWhat Is a Tide Clock?\n\n"
                        + THIRD
                        + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 1 names no episodes: it titles the first of three episodes (lines 1, 6 and 11).
        assertThat(titles(parsed.episodes()))
                .containsExactly(title, "Who Built the Canals?", "What Is a Tide Clock?");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Episodes We Never Aired|Over the years a few episodes went missing: cut for"
                        + " time, lost to a broken recorder, or shelved for good. Here they are,"
                        + " told by the team.|Guest: Dana Cole",
                "Episodios que nunca emitimos|Con los años se perdieron algunos episodios:"
                        + " recortados por tiempo o archivados para siempre. Aquí están, contados"
                        + " por el equipo.|Invitada: Lucía Paz",
                "Afleveringen die nooit uitkwamen|In de loop der jaren raakten een paar"
                        + " afleveringen zoek: ingekort of voorgoed opgeborgen. Hier zijn ze,"
                        + " verteld door het team.|Gast: Sanne de Vries"
            })
    void aHeadingWithNoListingUnderItsLeadIsTheTitle(String heading, String lead, String guest) {
        String page = heading + "\n\n" + lead + "\n\n" + guest + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 1 names episodes over a lead (line 3), but no listing follows: the page's title.
        assertThat(titles(parsed.episodes())).containsExactly(heading);
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
                title
                        + "\n\n"
                        + lead
                        + "\n\n"
                        + more
                        + "\n\n\nWho Built the Canals?\n\n"
                        + SECOND
                        + "\n\n\nWhat Is a Tide Clock?\n\n"
                        + THIRD
                        + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 1 opens a block whose notes (lines 3 and 5) go on past the lead: an episode.
        assertThat(titles(parsed.episodes()))
                .containsExactly(title, "Who Built the Canals?", "What Is a Tide Clock?");
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

        // Line 1 is the page's one title: no listing follows its notes.
        assertThat(titles(parsed.episodes())).containsExactly(title);
    }

    private static List<String> titles(List<Episode> episodes) {
        return episodes.stream().map(Episode::title).flatMap(Optional::stream).toList();
    }
}
