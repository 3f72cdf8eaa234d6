package dev.showpage;

import dev.showpage.model.Chapter;
import dev.showpage.model.Episode;
import dev.showpage.model.Link;
import dev.showpage.model.LinkKind;
import dev.showpage.model.Page;
import java.time.Duration;
import java.util.Optional;

/**
 * Small invented Goodpods pages for the tests of this package, in the layout of {@code
 * testdata/goodpods/database-school.txt}.
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
 *  9  A weekly walk along the quay.
 * 10  (blank)
 * 11  first line of the first card
 * </pre>
 */
final class Pages {

  static final String SHOW = "Harbour Lights Radio";

  private Pages() {}

  /** The ten header lines, then {@code cards} from line 11. */
  static String page(int top, String cards) {
    return "\n"
        + SHOW + "\n"
        + "Saltmarsh Audio Co.\n"
        + "\n"
        + "3 Listeners\n"
        + "All episodes\n"
        + "Best episodes\n"
        + "Top " + top + " " + SHOW + " Episodes\n"
        + "A weekly walk along the quay.\n"
        + "\n"
        + cards;
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

  static Link link(String label, String url) {
    return new Link(Optional.ofNullable(label), url, LinkKind.WEBSITE, Optional.empty());
  }

  static Link link(String label, String url, LinkKind kind) {
    return new Link(Optional.ofNullable(label), url, kind, Optional.empty());
  }

  static Link noted(String label, String url, String note) {
    return new Link(Optional.ofNullable(label), url, LinkKind.WEBSITE, Optional.of(note));
  }

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
