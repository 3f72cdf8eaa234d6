package dev.showpage.internal.generic;

import dev.showpage.model.Show;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The show a generic page belongs to, from the shapes sites print its name in: "X - A podcast by Y"
 * (which names the publisher too), "X – Episode #520", a short line ending in "Podcast", or the
 * short line the page prints most often (in its header and over each episode); last, the name an
 * article's prose gives it ({@link ArticleShowNames}). The first names that the show's own lines
 * give are its hosts.
 */
final class ShowName {

    /** Words of a show's name at most. */
    static final int MAX_WORDS = 6;

    private final LineTable lines;
    private final HeaderLines header;
    private final NameBesideTitles besideTitles;
    private final PodcastPresentations presentations;
    private final OpeningProseNames opening;
    private final ShapedShowLines shapes;

    private String prose;
    private boolean proseRead;

    ShowName(LineTable lines) {
        this.lines = lines;
        this.header = new HeaderLines(lines);
        this.besideTitles = new NameBesideTitles(lines);
        this.presentations = new PodcastPresentations(lines);
        this.opening = new OpeningProseNames(lines);
        this.shapes = new ShapedShowLines(lines);
    }

    /**
     * The show, from the lines above the first episode's notes (or just into them) that name it in
     * one of its shapes (a name the page prints twice before one it prints once: a breadcrumb glued
     * to the name is the site's), else from the page's prose (a host's greeting, an "X Podcast"
     * name printed twice), else from the short line the page repeats. The lines that give it are
     * used, but for "X – Episode #520", which stays in the navigation. An episode's title is never
     * the show's name.
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
        int shaped = shapedLine(limit, titles);
        if (shaped >= 0) {
            return Optional.of(fromShapedLine(shaped));
        }
        String named = unlisted(header.captionedName(limit, true));
        if (named == null) {
            // "Harbour Nights / ... / Harbour Nights Cover Art / Recent Episodes"
            named = unlisted(TrailingCaptions.overListing(lines, limit, blocks.size(), titles));
        }
        if (named == null) {
            named = unlisted(besideTitles.lineOverLabelledTitle(blocks));
        }
        if (named == null) {
            named = unlisted(new ShowHeading(lines).find(blocks, titles));
        }
        if (named == null) {
            named = unlisted(new HeadingUnderChrome(lines).find(firstEpisodeLine, titles));
        }
        if (named == null) {
            named = unlisted(proseName());
        }
        if (named == null) {
            named = unlisted(opening.headerLineGreeted(titles));
        }
        if (named == null) {
            named = unlisted(opening.quotedName());
        }
        if (named == null) {
            named = unlisted(header.headerNamedAgain(limit, titles));
        }
        if (named == null) {
            named = unlisted(repeatedShortLine(limit));
        }
        if (named == null) {
            named = unlisted(besideTitles.lineOverOnlyTitle(blocks));
        }
        if (named == null) {
            named = unlisted(besideTitles.printedAroundEveryTitle(blocks));
        }
        if (named == null) {
            named = unlisted(besideTitles.sharedTitlePrefix(blocks));
        }
        if (named == null && !blocks.isEmpty()) {
            named = unlisted(NamedNumberTitle.showNamedBy(lines, blocks.get(0).title()));
        }
        if (named == null && !blocks.isEmpty() && blocks.get(0).title() >= 0) {
            // "Title | Interviewpodcast „X“": the show quoted after "podcast" in the title
            named = unlisted(QuotedShowSuffix.in(lines.text(blocks.get(0).title())));
        }
        if (named == null && blocks.size() == 1) {
            EpisodeBlock only = blocks.get(0);
            named = unlisted(LabelledShowLine.near(lines, only.start(), only.title()));
        }
        if (named == null) {
            // Last: the shapes above name the show in its own words; a directory's header is
            // asked only when none does.
            named = unlisted(new NameOverFollowers(lines).find(titles));
        }
        if (named == null) {
            // "Podcast-Empfehlung: X": asked after every other shape, since a label may head a
            // page that names its show otherwise
            named = unlisted(RecommendationLabels.inHeader(lines, titles));
        }
        if (named == null) {
            // Asked after all the shapes above, and only where none of those names a show: the
            // line over a publisher's may be a guest's name or a section's.
            // "Harbour Talk / Podcast by Y"
            named = unlisted(PublisherLines.showOver(lines, limit, titles));
        }
        if (named == null) {
            List<String> texts = allTexts();
            // "“Harbour Nights”: tonight's guests": a preview's headline names its show at its head
            named = unlisted(HeadlineShowName.find(texts));
            if (named == null) {
                // Last: an article's prose names its show among other names ("the podcast ‘X’"),
                // read only when no line of the page's own names it.
                named = unlisted(ArticleShowNames.find(texts, titleTexts(titles)));
            }
        }
        if (named != null) {
            named = BackLinks.showNamed(lines, named);
        }
        if (named != null && StampsAndBadges.isOne(named)) {
            // "Beta", "Mis à jour : janv. 12": a header's badge or stamp names no show.
            named = null;
        }
        if (named != null && namesListing(named)) {
            // "Episodes For A Long Drive" over its lead and the listed episodes names the list.
            named = null;
        }
        if (named == null || printedInTable(named)) {
            // A table's header printed over each season's rows names its columns, not the show.
            return Optional.empty();
        }
        // "Podcast „X“": the line that prints the label stays the show's, the name is the quote's.
        String printed = named;
        named = LabelledQuotedName.unwrap(printed);
        Optional<String> publisher = Optional.empty();
        for (int i = 0; i < lines.size(); i++) {
            if (!titles.contains(i)
                    && lines.isNote(i)
                    && printsShow(lines.text(i), named, printed)) {
                lines.markUsed(i);
                if (publisher.isEmpty()) {
                    publisher = publisherUnder(i);
                }
            }
        }
        return Optional.of(new Show(named, publisher, OptionalInt.empty()));
    }

    /** Whether a line printing {@code named} heads a listing of episodes over its lead. */
    private boolean namesListing(String named) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.text(i).equals(named) && ListingLeads.isListingHeading(lines, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name a reader offers, its marker taken off where a single line of the page is decorated
     * so ("• Garden Talk" heading a show's page), or null where the marker opens other lines too:
     * an item of a list ("• Blog" / "• Podcast" / "• Contact", an author's "• Claire Dubois" over a
     * post's bulleted lines) names no show, and the next reader is asked.
     */
    private String unlisted(String named) {
        if (named == null) {
            return null;
        }
        String bare = TitleText.undecorated(named);
        if (bare.equals(named)) {
            return named;
        }
        char marker = named.charAt(0);
        int marked = 0;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.text(i).strip();
            if (text.length() > 1 && text.charAt(0) == marker && text.charAt(1) == ' ') {
                marked++;
            }
        }
        return marked <= 1 ? bare : null;
    }

    /** The text of every line of the page, in order. */
    private List<String> allTexts() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            texts.add(lines.text(i));
        }
        return texts;
    }

    /** The text of each episode's title line. */
    private Set<String> titleTexts(Set<Integer> titles) {
        Set<String> texts = new HashSet<>();
        for (int title : titles) {
            if (title >= 0) {
                texts.add(lines.text(title));
            }
        }
        return texts;
    }

    /** Whether a table's header or separator, or an episode table's row, prints the name. */
    private boolean printedInTable(String name) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.isTable(i) && BackLinks.undecorated(lines.text(i)).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first line above {@code limit} that names the show in one of its shapes, preferring one
     * whose text the page prints twice; -1 when none does.
     */
    private int shapedLine(int limit, Set<Integer> titles) {
        int first = -1;
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < limit; i++) {
            if (lines.isNote(i) && !titles.contains(i) && nameOn(i) != null) {
                if (seen.merge(lines.text(i), 1, Integer::sum) == 2) {
                    return firstWithText(lines.text(i));
                }
                if (first < 0) {
                    first = i;
                }
            }
        }
        return first;
    }

    private int firstWithText(String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.text(i).equals(text)) {
                return i;
            }
        }
        return -1;
    }

    /** The show as line {@code i}, one of the shapes of {@link #nameOn}, names it. */
    private Show fromShapedLine(int i) {
        String name = nameOn(i);
        String text = lines.text(i);
        // The name after a label ("Podcast Harbour Nights") leaves no rest: the line is the show's.
        String rest = text.startsWith(name) ? text.substring(name.length()) : "";
        Optional<String> publisher = Optional.empty();
        ShowPublisherSuffix.Names names = ShowPublisherSuffix.of(text);
        if (names != null && names.show().equals(name)) {
            publisher = Optional.of(names.publisher());
        }
        if (rest.startsWith(" ") && Bylines.isName(rest.substring(1))) {
            publisher = Optional.of(rest.substring(1)); // "Perpetual Chess Podcast Ben Johnson"
        }
        // The line is the show's when its rest is the publisher or nothing.
        boolean wholeLine =
                publisher.isPresent() || rest.isEmpty() || rest.strip().equals("PODCAST");
        if (publisher.isEmpty()) {
            publisher = publisherUnder(i);
        }
        if (wholeLine) {
            lines.markUsed(i);
        } // else "X – Episode #520": the whole line stays in the page's navigation
        return new Show(name, publisher, OptionalInt.empty());
    }

    /** "By Jane Doe" on the line under the show's name: its publisher; the line is used. */
    private Optional<String> publisherUnder(int i) {
        int next = lines.nextText(i + 1);
        if (next < 0 || !lines.isNote(next)) {
            return Optional.empty();
        }
        String name = Bylines.name(lines.text(next));
        if (name == null) {
            return Optional.empty();
        }
        lines.markUsed(next);
        return Optional.of(name);
    }

    /**
     * The name the page's prose gives the show (see {@link ShowPhrases}), read once from the lines
     * of text near the top; null when it gives none.
     */
    String proseName() {
        if (!proseRead) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < lines.size() && i < HeaderLines.PROSE_LINES; i++) {
                if (lines.isNote(i)) {
                    texts.add(lines.text(i));
                }
            }
            prose = header.captionedName(lines.size(), false);
            if (prose == null) {
                prose = ShowPhrases.greeted(texts);
            }
            if (prose == null) {
                prose = ShowPhrases.repeatedPodcastName(texts);
            }
            if (prose == null) {
                prose = presentations.name(); // "X, un podcast con ...", "'X' es un podcast de"
            }
            if (prose != null) {
                prose = header.headerLineNaming(prose);
            }
            proseRead = true;
        }
        return prose;
    }

    /**
     * Whether line {@code i} is a paragraph that opens by presenting the show, quoted, as a podcast
     * ("'X' es un podcast de ..."): the show's description, over the episode's title.
     */
    boolean isShowPresentation(int i) {
        return presentations.presentsAtStart(i, proseName());
    }

    /** Whether line {@code i} is only the show's name as the page's prose gives it. */
    boolean isProseName(int i) {
        String name = proseName();
        return name != null && lines.text(i).equals(name);
    }

    /** The show's name when line {@code i} is one of the shapes that name a show, else null. */
    String nameOn(int i) {
        return shapes.nameOn(i);
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

    /**
     * Whether the line ends in "Podcast" and is written as a name: a show's name, not an episode's
     * title.
     */
    static boolean endsInPodcast(String text) {
        return (text.endsWith(" Podcast") || text.endsWith(" podcast"))
                && isNameCase(text)
                && !PossessiveLabels.isOne(text); // "My Podcast": a menu's label
    }

    /**
     * Whether every word longer than a little word starts with a capital or a digit, as a name is
     * written ("The Data Engineering Podcast"), unlike a sentence ("Transcribe your podcast").
     */
    private static boolean isNameCase(String text) {
        String[] words = text.split(" ");
        for (int i = 0; i < words.length - 1; i++) {
            String word = words[i];
            if (word.length() > 3
                    && !Character.isUpperCase(word.codePointAt(0))
                    && !Character.isDigit(word.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a line, undecorated, prints the show's name or the label the name was quoted in. */
    private static boolean printsShow(String line, String named, String printed) {
        String undecorated = BackLinks.undecorated(line);
        return undecorated.equals(named) || undecorated.equals(printed);
    }
}
