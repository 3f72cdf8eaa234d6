package dev.showpage.internal.generic;

import dev.showpage.model.Episode;
import dev.showpage.model.Link;
import dev.showpage.model.Page;
import dev.showpage.model.Promotion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the tests of pages with release lines read from a parsed page: each episode's title, date,
 * notes and links, in the page's order.
 */
final class DatedPages {

    private DatedPages() {}

    /** Each episode's title, "(none)" where it has none. */
    static List<String> titles(Page page) {
        return page.episodes().stream().map(e -> e.title().orElse("(none)")).toList();
    }

    /** Each episode's release date; every episode must have one. */
    static List<LocalDate> dates(Page page) {
        return page.episodes().stream().map(e -> e.released().orElseThrow()).toList();
    }

    /** The notes of the episode at {@code episode}, which must have some. */
    static String description(Page page, int episode) {
        return page.episodes().get(episode).description().orElseThrow();
    }

    /** The URLs of an episode's links and then of its promotions. */
    static List<String> urls(Episode episode) {
        List<String> urls = new ArrayList<>();
        episode.links().stream().map(Link::url).forEach(urls::add);
        episode.promotions().stream()
                .map(Promotion::url)
                .flatMap(Optional::stream)
                .forEach(urls::add);
        return urls;
    }
}
