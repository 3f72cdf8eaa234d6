package dev.showpage.cli;

import dev.showpage.json.PageJson;
import dev.showpage.json.PodcastChapters;
import dev.showpage.json.SchemaOrgJsonLd;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.util.ArrayList;
import java.util.List;

/** The output formats of {@code convert --format}. */
enum Format {
    /** The page JSON of the contract, one file per page. */
    JSON,
    /** One JSON Lines stream of all pages. */
    JSONL,
    /** A Podcasting 2.0 chapters file per episode that has chapters. */
    CHAPTERS,
    /** schema.org JSON-LD, one file per page. */
    JSONLD;

    /** The files this format makes of one page. */
    List<Outcome.Rendered> render(Page page) {
        return switch (this) {
            case JSON -> List.of(new Outcome.Rendered(".json", PageJson.toJson(page)));
            case JSONL ->
                    List.of(new Outcome.Rendered(".jsonl", PageJson.toCompactJson(page) + "\n"));
            case JSONLD -> List.of(new Outcome.Rendered(".jsonld", SchemaOrgJsonLd.toJsonLd(page)));
            case CHAPTERS -> {
                List<Outcome.Rendered> files = new ArrayList<>();
                for (Episode episode : page.episodes()) {
                    if (!episode.chapters().isEmpty()) {
                        files.add(
                                new Outcome.Rendered(
                                        ".episode-" + episode.rank() + ".chapters.json",
                                        PodcastChapters.toJson(episode)));
                    }
                }
                yield files;
            }
        };
    }
}
