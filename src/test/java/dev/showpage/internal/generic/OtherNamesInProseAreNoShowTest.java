package dev.showpage.internal.generic;

import static dev.showpage.internal.generic.OneEpisodePage.PARAGRAPH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Show;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names a page's prose or headings give that are not its show's: a label before a schedule ("New
 * episodes: every Friday"), a sister programme, a sentence's opener or a thanked person before "the
 * podcast of ...", a guest's or a friend's new podcast. None is the show. The pages are made up,
 * each as its lines with '/' between; the wrong name follows the '|'.
 */
class OtherNamesInProseAreNoShowTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                // A label before a schedule, its words printed again in the prose.
                "New episodes: every Friday/New episodes of the show come out at dawn, when the"
                        + " locks open and the first boats go through.|New episodes",
                "Live: every Sunday at 6 pm/Live from the lock keeper's cabin, we talk about the"
                        + " boats that went through this week.|Live",
                "Office Hours: every Monday at 9/Office Hours is where we answer the letters that"
                        + " listeners send us about the canals.|Office Hours",
                "Neue Folgen: jeden Freitag/Neue Folgen erscheinen am Morgen, wenn die Schleusen"
                        + " öffnen und die ersten Boote fahren.|Neue Folgen",
                // Another programme's schedule.
                "Deep Water: every Friday at 8 pm/And stay tuned for Deep Water, our sister"
                        + " programme, later tonight on the same station.|Deep Water",
                "Nachtfahrt: jeden Samstag um 22 Uhr/Auch im Programm: Nachtfahrt, die Sendung"
                        + " für alle, die nachts am Kanal wach sind.|Nachtfahrt",
                // A sentence's opener before the apposition, opening another sentence too.
                "Today, the podcast of the Coastal Review walks the towpath with a keeper./Today we"
                        + " also answer the letters our listeners sent about the locks.|Today",
                "Finally, the podcast of the Lock Trust is back after a long winter on the"
                        + " water./Finally we can go out again.|Finally",
                "Heute, der Podcast von Nordwelle, ganz ohne Musik und mit langen"
                        + " Gesprächen./Heute sprechen wir über Schleusen.|Heute",
                // A thanked person, another show, before the apposition.
                "With thanks to Ana Ruiz, the podcast of the Coastal Review was recorded on a"
                        + " barge./Ana Ruiz lent us her boat for the day.|Ana Ruiz",
                "Gracias, Lucía Vidal, el podcast de hoy va para ti y para tu barco./Lucía Vidal"
                        + " nos prestó su barco para grabar.|Lucía Vidal",
                "If you like us, try Deep Water, the podcast of the Coastal Review, on"
                        + " Fridays./More from Deep Water on our website.|Deep Water",
                // A guest's or a friend's new podcast.
                "Our guest Mara Quill has just launched a new podcast, “Deep Water”, about the"
                        + " sea./We talk about locks.|Deep Water",
                "Our guest Tom Reed has just launched a new podcast, 'Slow Boats', about"
                        + " barges./We talk about locks.|Slow Boats",
                "Unser Gast Mara Quill startet einen neuen Podcast „Tiefes Wasser“ über das"
                        + " Meer./Wir sprechen über Schleusen.|Tiefes Wasser",
                "Our friends at Radio Nord have a new podcast “Deep Water” out this"
                        + " week./We talk about locks.|Deep Water"
            })
    void noShowIsTakenFromAnotherName(String lines, String wrong) {
        String page =
                "The Keeper of Lock Nine\n\n" + lines.replace("/", "\n\n") + "\n\n" + PARAGRAPH;

        // Line 1 is the title; the lines after it name something other than the show.
        assertThat(EpisodePageParser.parse(page + "\n").show().map(Show::title))
                .isNotEqualTo(Optional.of(wrong));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "In the first episode of our new podcast “The Keeper of Lock Nine” we walk the"
                        + " towpath.",
                "The first episode of our new podcast, 'The Keeper of Lock Nine', walks the"
                        + " towpath."
            })
    void anEpisodesTitleIsNeverTheShow(String sentence) {
        String page = "The Keeper of Lock Nine\n\n" + sentence + "\n\n" + PARAGRAPH + "\n";

        // Line 1 is the title that line 3 quotes.
        assertThat(EpisodePageParser.parse(page).show().map(Show::title))
                .isNotEqualTo(Optional.of("The Keeper of Lock Nine"));
    }
}
