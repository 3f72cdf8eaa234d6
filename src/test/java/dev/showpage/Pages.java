package dev.showpage;

import dev.showpage.model.Chapter;
import dev.showpage.model.Episode;
import dev.showpage.model.Link;
import dev.showpage.model.LinkKind;
import dev.showpage.model.Page;
import java.time.Duration;
import java.util.Optional;

/**
 * Small invented Goodpods pages, in the layout of {@code testdata/goodpods/database-school.txt},
 * and the model values the tests expect of them. Every page is {@link #page(int, String)}: the same
 * ten header lines, then the cards, whose first line is therefore always line 11.
 *
 * <pre>
 *  1  (blank)
 *  2  Harbour Lights Radio
 *  3  Saltmarsh Audio Co.
 *  4  (blank)
 *  5  3 Listeners
 *  6  All episodes
 *  7  Best episodes
 *  8  Top N Harbour Lights Radio Episodes
 *  9  A weekly walk along the quay with the people who keep the lamps lit.
 * 10  (blank)
 * 11  first line of the first card
 * </pre>
 *
 * <p>Public for the command line's tests, which write these pages to files.
 */
public final class Pages {

    static final String SHOW = "Harbour Lights Radio";

    private Pages() {}

    /** The ten header lines, then {@code cards} from line 11. */
    public static String page(int top, String cards) {
        return """

        Harbour Lights Radio
        Saltmarsh Audio Co.

        3 Listeners
        All episodes
        Best episodes
        Top %d Harbour Lights Radio Episodes
        A weekly walk along the quay with the people who keep the lamps lit.

        """
                        .formatted(top)
                + cards;
    }

    /** Line {@code n} (1-based) of {@code text}, to check the line numbers the tests rely on. */
    static String line(String text, int n) {
        return text.split("\n", -1)[n - 1];
    }

    /**
     * One card "Knots at night" (line 11), its show line (12), the date line "02/17/25 • 84 min"
     * (13), then {@code body} from line 14, a blank line and "1 Listener".
     */
    static String oneCard(String body) {
        return oneCard("Knots at night", body);
    }

    /** As {@link #oneCard(String)}, with another title. */
    static String oneCard(String title, String body) {
        return page(1, title + "\n" + SHOW + "\n02/17/25 • 84 min\n" + body + "\n1 Listener\n");
    }

    static Page parse(String text) {
        return EpisodePageParser.parse(text);
    }

    /** The only episode of {@code text}. */
    static Episode episode(String text) {
        Page page = parse(text);
        if (page.episodes().size() != 1) {
            throw new AssertionError("expected one episode: " + page);
        }
        return page.episodes().get(0);
    }

    /** A website link without a note; {@code label} may be null. */
    static Link link(String label, String url) {
        return new Link(Optional.ofNullable(label), url, LinkKind.WEBSITE, Optional.empty());
    }

    static Link link(String label, String url, LinkKind kind) {
        return new Link(Optional.ofNullable(label), url, kind, Optional.empty());
    }

    static Link link(String label, String url, LinkKind kind, String note) {
        return new Link(Optional.ofNullable(label), url, kind, Optional.of(note));
    }

    /** A website link with a note. */
    static Link noted(String label, String url, String note) {
        return link(label, url, LinkKind.WEBSITE, note);
    }

    /** {@code end} may be null: a chapter whose end the page does not give. */
    static Chapter chapter(Duration start, Duration end, String title) {
        return new Chapter(start, Optional.ofNullable(end), title);
    }

    static Duration min(int minutes) {
        return Duration.ofMinutes(minutes);
    }

    static Duration mmss(int minutes, int seconds) {
        return Duration.ofMinutes(minutes).plusSeconds(seconds);
    }
}
