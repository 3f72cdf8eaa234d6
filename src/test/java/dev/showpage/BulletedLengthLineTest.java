package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Page;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bulleted line that holds only an amount of time ("• 45 min", "• 30 Min.") gives no episode a
 * length: it is as often an item of a list of steps, chapters or a day's schedule, or a listing's
 * card whose episode comes after it, and telling these from an edition's own length needs more than
 * the line itself. A bullet before a broadcast time ("• 21,30 h") gives none either.
 */
class BulletedLengthLineTest {

    private static Page parse(String text) {
        return EpisodePageParser.builder()
                .referenceDate(LocalDate.of(2025, 5, 1))
                .build()
                .parsePage(text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                // a listing's cards, each length above its episode
                "Alle Folgen\n\n• 45 min\nFolge 41: Die Stadt\nEin Gang durch die Gassen.\n\n"
                        + "• 52 min\nFolge 40: Der Fluss\nVon der Quelle zur Mündung.\n\n"
                        + "• 38 min\nFolge 39: Der Wald\nWas im Unterholz wächst.\n",
                "All episodes\n\n• 33 min\nEpisode 12: The Harbour\nBoats at dawn.\n\n"
                        + "• 41 min\nEpisode 11: The Mill\nFlour and water.\n",
                // a workout's steps
                "Training am Morgen\n\n• 10 min\nAufwärmen\n• 20 min\nLaufen\n• 5 min\nDehnen\n",
                "Morning routine\n\n• 15 minutes\nStretching\n• 25 minutes\nCycling\n",
                // a recipe's steps
                "Lasagne\n\n• 30 Min.\nSoße köcheln lassen.\n• 45 Min.\nIm Ofen backen.\n",
                "Stoofpot\n\n• 2 uur\nZachtjes laten sudderen.\n• 10 minuten\nLaten rusten.\n",
                "Ragù\n\n• 3 ore\nCuocere a fuoco lento.\n• 10 minuti\nRiposare.\n",
                // a list of chapters
                "Kapitel\n\n• 12 min\n• 18 min\n• 9 min\n",
                "Chapitres\n\n• 14 minutes\n• 22 minutes\n",
                // a day's schedule
                "Montag\n\n• 60 Min.\nFrühmagazin\n• 30 Min.\nNachrichten\n",
                "Lunes\n\n• 90 minutos\nMagacín de la mañana\n",
                // a broadcast time
                "Heute Abend\n\n• 21,30 h\nDas Quiz\n",
                "Heute Abend\n\n• 21.30 h\nDas Quiz\n",
                "Ce soir\n\n• 21 h\nLe débat\n",
            })
    void givesNoLength(String text) {
        Page page = parse(text);
        assertThat(page.episodes())
                .as(text)
                .allSatisfy(episode -> assertThat(episode.duration()).as(text).isEmpty());
    }
}
