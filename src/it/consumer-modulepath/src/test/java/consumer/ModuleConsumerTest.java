package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showpage.EpisodePageParser;
import org.junit.jupiter.api.Test;

/** "Add the dependency and call parse", from a named module on the module path. */
class ModuleConsumerTest {

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
                    "",
                    "2 Listeners",
                    "");

    @Test
    void theLibraryIsANamedModuleThatExportsOnlyItsApi() {
        Module library = EpisodePageParser.class.getModule();

        assertTrue(library.isNamed(), "on the module path");
        assertEquals("dev.showpage", library.getName());
        assertTrue(library.isExported("dev.showpage"));
        assertTrue(library.isExported("dev.showpage.model"));
        assertTrue(library.isExported("dev.showpage.json"));
        assertFalse(library.isExported("dev.showpage.internal"));
        assertFalse(library.isExported("dev.showpage.internal.grammar"));
    }

    @Test
    void parsesAPageAndWritesItsJsonFromAModule() {
        assertEquals("Reading a tide table with Mara Quist", Summary.firstTitle(PAGE));
        String json = Summary.json(PAGE);
        assertTrue(json.contains("\"released\":\"2025-07-04\""), json);
        assertTrue(json.contains("\"durationSeconds\":2280"), json);
    }
}
