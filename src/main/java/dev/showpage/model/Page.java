package dev.showpage.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * Everything a show page says, as parsed.
 *
 * @param layout which page layout was recognised: {@code goodpods} for a Goodpods show page, {@code
 *     generic} for show notes of any other site (and for a page too large to parse)
 * @param show the show, from the page header
 * @param navigation the site's navigation lines, in page order ({@code "All episodes"}, {@code
 *     "Show more FAQ"}): kept so that no line of the page is lost
 * @param heading the heading above the episode list ({@code "Top 10 Database School Episodes"})
 * @param summary the paragraph under the heading
 * @param episodes the episode cards, in page order
 * @param faq the FAQ, when the page has one
 * @param diagnostics every part of the page that was not understood or looked damaged
 */
public record Page(
        String layout,
        Optional<Show> show,
        List<String> navigation,
        Optional<String> heading,
        Optional<String> summary,
        List<Episode> episodes,
        Optional<Faq> faq,
        List<Diagnostic> diagnostics) {

    /**
     * Checks that no component and no list element is null, and copies the lists.
     *
     * @param layout which page layout was recognised: {@code goodpods} for a Goodpods show page,
     *     {@code generic} for show notes of any other site (and for a page too large to parse)
     * @param show the show, from the page header
     * @param navigation the site's navigation lines, in page order ({@code "All episodes"}, {@code
     *     "Show more FAQ"}): kept so that no line of the page is lost
     * @param heading the heading above the episode list ({@code "Top 10 Database School Episodes"})
     * @param summary the paragraph under the heading
     * @param episodes the episode cards, in page order
     * @param faq the FAQ, when the page has one
     * @param diagnostics every part of the page that was not understood or looked damaged
     */
    public Page {
        requireNonNull(layout, "layout is null");
        requireNonNull(show, "show is null");
        navigation = List.copyOf(navigation);
        requireNonNull(heading, "heading is null");
        requireNonNull(summary, "summary is null");
        episodes = List.copyOf(episodes);
        requireNonNull(faq, "faq is null");
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Whether any diagnostic has {@link Severity#ERROR}.
     *
     * @return {@code true} if at least one diagnostic is an error
     */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
