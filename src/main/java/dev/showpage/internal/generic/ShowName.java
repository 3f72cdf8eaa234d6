package dev.showpage.internal.generic;

import dev.showpage.internal.text.Names;
import dev.showpage.model.Show;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The show a generic page belongs to, from the shapes sites print its name in: "X - A podcast by Y"
 * (which names the publisher too), "X – Episode #520", a short line ending in "Podcast", or the
 * short line the page prints most often (in its header and over each episode). The first names that
 * the show's own lines give are its hosts.
 */
final class ShowName {

    /** Words of a show's name at most. */
    private static final int MAX_WORDS = 6;

    /** What stands between the show's name and its publisher. */
    private static final String[] BY_PUBLISHER = {" - A podcast by ", " – A podcast by "};

    /**
     * What stands between the show's name and an episode's number, lower case; the last is an en
     * dash decoded with the wrong character set.
     */
    private static final String[] EPISODE_DASHES = {
        " - episode ", " – episode ", " — episode ", " ā€“ episode "
    };

    private final LineTable lines;

    ShowName(LineTable lines) {
        this.lines = lines;
    }

    /**
     * The show, from the first line above the first episode's notes (or just into them) that names
     * it in one of its shapes, else from the short line the page repeats. The lines that give it
     * are used, but for "X – Episode #520", which stays in the navigation. An episode's title is
     * never the show's name.
     */
    Optional<Show> find(int firstEpisodeLine, List<EpisodeBlock> blocks) {
        Set<Integer> titles = new HashSet<>();
        for (EpisodeBlock block : blocks) {
            titles.add(block.title());
        }
        int limit =
                Math.min(
                        lines.size(),
                        Math.max(firstEpisodeLine, blocks.isEmpty() ? 0 : blocks.get(0).notesFrom())
                                + 3);
        for (int i = 0; i < limit; i++) {
            if (lines.isNote(i) && !titles.contains(i)) {
                String name = nameOn(i);
                if (name != null) {
                    String rest = lines.text(i).substring(name.length());
                    Optional<String> publisher = Optional.empty();
                    for (String by : BY_PUBLISHER) {
                        if (rest.startsWith(by)) {
                            publisher = Optional.of(rest.substring(by.length()));
                        }
                    }
                    if (publisher.isPresent() || rest.isEmpty()) {
                        lines.markUsed(i);
                    } // else "X – Episode #520": the whole line stays in the page's navigation
                    return Optional.of(new Show(name, publisher, OptionalInt.empty()));
                }
            }
        }
        String repeated = repeatedShortLine(limit);
        if (repeated != null) {
            for (int i = 0; i < lines.size(); i++) {
                if (!titles.contains(i) && lines.text(i).equals(repeated)) {
                    lines.markUsed(i);
                }
            }
            return Optional.of(new Show(repeated, Optional.empty(), OptionalInt.empty()));
        }
        return Optional.empty();
    }

    /** The show's name when line {@code i} is one of the shapes that name a show, else null. */
    String nameOn(int i) {
        String text = lines.text(i);
        for (String marker : BY_PUBLISHER) {
            int at = text.indexOf(marker);
            if (at > 0) {
                return text.substring(0, at);
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String dash : EPISODE_DASHES) {
            int at = lower.lastIndexOf(dash);
            if (at > 0 && lower.indexOf(' ', at + dash.length()) < 0) {
                return text.substring(0, at);
            }
        }
        if (endsInPodcast(text) && lines.words(i) <= MAX_WORDS) {
            return text;
        }
        return null;
    }

    /**
     * The short line the page prints most often before {@code limit} (the show's name, in the
     * header and again over each episode), or null.
     */
    String repeatedShortLine(int limit) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        int bestScore = 0;
        for (int i = 0; i < limit; i++) {
            if (lines.isNote(i)
                    && lines.isShort(i)
                    && lines.isTitleLike(i)
                    && !lines.isChrome(i)
                    && lines.words(i) <= MAX_WORDS
                    && !lines.endsSentence(i)) {
                int count = counts.merge(lines.text(i), 1, Integer::sum);
                // A name of two words or more before a one-word line ("Technology" is a category).
                int score = (lines.words(i) >= 2 ? 1000 : 0) + count * 10 + lines.words(i);
                if (count >= 2 && score > bestScore) {
                    best = lines.text(i);
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /** Whether the line ends in "Podcast": a show's name, not an episode's title. */
    static boolean endsInPodcast(String text) {
        return text.endsWith(" Podcast") || text.endsWith(" podcast");
    }

    /**
     * The first names the show's own lines give (its name, the site's description of it): the
     * show's hosts, wherever an episode names them.
     */
    static Set<String> hostsNamedBy(Optional<Show> show, List<String> navigation) {
        Set<String> hosts = new HashSet<>();
        List<String> texts = new ArrayList<>(navigation);
        show.ifPresent(s -> texts.add(s.title()));
        for (String text : texts) {
            for (String word : Names.words(text)) {
                String core = Names.core(word);
                if (core.endsWith("'s") || core.endsWith("\u2019s")) {
                    core = core.substring(0, core.length() - 2);
                }
                if (Names.isNameWord(core) && core.length() > 1) {
                    hosts.add(core);
                }
            }
        }
        return hosts;
    }
}
