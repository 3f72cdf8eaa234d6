package consumer;

import dev.showpage.EpisodePageParser;
import dev.showpage.json.PageJson;
import dev.showpage.model.Page;

/** Uses the library from a named module: only its exported packages are readable here. */
public final class Summary {

    private Summary() {}

    /** The page's JSON. */
    public static String json(String pageText) {
        Page page = EpisodePageParser.parse(pageText);
        return PageJson.toCompactJson(page);
    }

    /** The first episode's title. */
    public static String firstTitle(String pageText) {
        return EpisodePageParser.parse(pageText).episodes().get(0).title().orElse("");
    }
}
