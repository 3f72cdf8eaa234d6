package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showpage.EpisodePageParser;
import dev.showpage.json.PageJson;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** "Add the dependency and call parse", on the class path. */
class ConsumerTest {

    static final String PAGE =
            String.join(
                    "\n",
                    "",
                    "Tide Tables",
                    "Pier Nine Audio",
                    "",
                    "4 Listeners",
                    "All episodes",
                    "Top 1 Tide Tables Episodes",
                    "The most played episode of the show.",
                    "",
                    "Reading a tide table with Mara Quist",
                    "Tide Tables",
                    "07/04/25 • 38 min",
                    "Mara Quist explains springs, neaps and why the moon matters.",
                    "Chapters:",
                    "00:00 - Hello",
                    "12:30 - Springs and neaps",
                    "",
                    "2 Listeners",
                    "");

    @Test
    void parsesAPageAndWritesItsJson() {
        Page page = EpisodePageParser.parse(PAGE);

        assertFalse(EpisodePageParser.class.getModule().isNamed(), "on the class path");
        assertEquals(1, page.episodes().size());
        Episode episode = page.episodes().get(0);
        assertEquals("Reading a tide table with Mara Quist", episode.title().orElseThrow());
        assertEquals(LocalDate.of(2025, 7, 4), episode.released().orElseThrow());
        assertEquals(Duration.ofMinutes(38), episode.duration().orElseThrow());
        assertEquals("Mara Quist", episode.people().get(0).name());
        assertEquals(Duration.ofSeconds(750), episode.chapters().get(1).start());
        assertEquals(Duration.ofMinutes(38), episode.chapters().get(1).end().orElseThrow());

        String json = PageJson.toJson(page);
        assertTrue(json.contains("\"durationSeconds\": 2280"), json);
        assertTrue(json.contains("\"released\": \"2025-07-04\""), json);
        assertEquals(page, PageJson.fromJson(json));
    }
}
