package dev.showpage.internal.generic;

import dev.showpage.internal.text.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the episodes of a generic page with no release line stand. A page that lists several (a
 * blog's posts) opens each with a title standing alone in title case over a paragraph; any other
 * page is one episode, titled by the line it prints twice near the top or by the first line past
 * the site's chrome and the show's name.
 */
final class UndatedBlocks {

    /** Words of a title that stands alone in title case, at most. */
    private static final int TITLE_CASE_MAX_WORDS = 12;

    /** Lines with text from the top within which a title printed twice is looked for. */
    private static final int REPEATED_TITLE_WITHIN = 20;

    /** Lines within which a title printed twice is printed again. */
    private static final int REPEAT_WITHIN = 8;

    private final LineTable lines;
    private final ShowName showName;

    UndatedBlocks(LineTable lines, ShowName showName) {
        this.lines = lines;
        this.showName = showName;
    }

    /** The page's episodes in page order: several by their titles, or the one, or none. */
    List<EpisodeBlock> find() {
        List<EpisodeBlock> oneLine = new OneLineListing(lines).find();
        if (!oneLine.isEmpty()) {
            return oneLine; // "Title 🔗 Programme (37 min)" lines: each one an episode
        }
        List<EpisodeBlock> twice = new TwicePrintedListing(lines).find();
        if (!twice.isEmpty()) {
            return twice; // "Title / Title / teaser": a blog's cards, each title printed twice
        }
        List<EpisodeBlock> ruled = new RuledListing(lines).find();
        if (!ruled.isEmpty()) {
            return ruled; // "Title / teaser / -------- / Title / teaser": a rule between entries
        }
        List<EpisodeBlock> labelled = new LabelledEntryListing(lines).find();
        if (!labelled.isEmpty()) {
            return labelled; // "Title / Genre – travel / paragraph": a list's entries
        }
        List<EpisodeBlock> blocks = byStandingTitles();
        List<EpisodeBlock> listed = new TeaserListing(lines).find();
        if (blocks.isEmpty() || hasAllTitlesOf(listed, blocks)) {
            // A listing's last title may stand over a teaser the copy cut short: the listing's
            // titles, when they hold every standing title and more, are the episodes.
            blocks = new ArrayList<>(listed);
        }
        if (blocks.isEmpty()) {
            blocks = new ArrayList<>(new ShowDashTitleListing(lines).find());
        }
        if (blocks.isEmpty()) {
            blocks = new ArrayList<>(new StandfirstListing(lines).find()); // headline, standfirst
        }
        if (blocks.isEmpty()) {
            EpisodeBlock only = onlyEpisode();
            if (only != null) {
                blocks.add(only);
            }
        }
        return blocks;
    }

    /** Whether {@code more} has more blocks than {@code blocks} and each title of theirs. */
    private static boolean hasAllTitlesOf(List<EpisodeBlock> more, List<EpisodeBlock> blocks) {
        if (more.size() <= blocks.size()) {
            return false;
        }
        Set<Integer> titles = new HashSet<>();
        for (EpisodeBlock block : more) {
            titles.add(block.title());
        }
        for (EpisodeBlock block : blocks) {
            if (!titles.contains(block.title())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Episodes of a page that lists several: each opens with a title on a line of its own, in title
     * case, followed within two lines by a paragraph; and each has a paragraph before the next
     * title. Empty unless there are two.
     */
    private List<EpisodeBlock> byStandingTitles() {
        List<Integer> titles = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (isStandingTitle(i)
                    && (titles.isEmpty()
                            || lines.hasParagraph(titles.get(titles.size() - 1) + 1, i))) {
                titles.add(i);
            }
        }
        titles = withoutRepeatedLabels(titles);
        if (titles.size() > 2
                && ListingLeads.isListingHeading(lines, titles.get(0))
                && ListingLeads.isOverLead(lines, titles.get(0), titles.get(1))) {
            // The page's heading, naming episodes, over a lead on the episodes it lists: the
            // list's, not one of them. A first episode whose notes speak of episodes keeps its
            // title, since its heading names none.
            titles.remove(0);
        }
        List<EpisodeBlock> blocks = new ArrayList<>();
        if (titles.size() < 2 || lines.hasChapterLine(0, titles.get(0)) || repeatedTitles(0) == 1) {
            // Above a listing's first title stand the site's and the show's lines, never an
            // episode's chapter list; and a page that prints one title twice (over the cover,
            // in the player) is that episode's. The titles are the sections of one episode.
            return blocks;
        }
        for (int k = 0; k < titles.size(); k++) {
            int title = titles.get(k);
            int end = k + 1 < titles.size() ? titles.get(k + 1) : lines.size();
            blocks.add(new EpisodeBlock(title, title, -1, title + 1, end));
        }
        return RankedShowEntries.retitled(lines, blocks);
    }

    /**
     * The standing titles without those whose text stands more than once among them: a label the
     * site prints in every block ("Reportages" under each title), never an episode's title.
     */
    private List<Integer> withoutRepeatedLabels(List<Integer> titles) {
        Map<String, Integer> counts = new HashMap<>();
        for (int title : titles) {
            counts.merge(lines.text(title), 1, Integer::sum);
        }
        List<Integer> kept = new ArrayList<>(titles.size());
        for (int title : titles) {
            if (counts.get(lines.text(title)) == 1) {
                kept.add(title);
            }
        }
        return kept;
    }

    private boolean isStandingTitle(int i) {
        boolean alone =
                (i == 0 || lines.isBlank(i - 1)) && i + 1 < lines.size() && lines.isBlank(i + 1);
        if (!alone || !lines.isShort(i)) {
            return false; // cheap tests first: this runs on every line of a page
        }
        if (!lines.isTitleLike(i)
                || lines.isChrome(i)
                || lines.endsSentence(i)
                || showName.nameOn(i) != null
                || showName.isProseName(i)
                || lines.words(i) > TITLE_CASE_MAX_WORDS) {
            return false;
        }
        for (String word : Names.words(lines.text(i))) {
            String core = Names.core(word);
            if (core.length() > 3 && Character.isLowerCase(core.codePointAt(0))) {
                return false;
            }
        }
        int above = lines.previousText(i - 1, -1);
        if (above >= 0 && lines.text(above).endsWith(":")) {
            return false; // what a label line announces ("Stay in touch:" over a newsletter)
        }
        int next = lines.nextText(i + 1);
        int after = next < 0 ? -1 : lines.nextText(next + 1);
        return (next >= 0 && lines.hasProseLength(next))
                || (after >= 0 && lines.hasProseLength(after));
    }

    /** The page as one episode, titled by the line it repeats or opens with; null if empty. */
    EpisodeBlock onlyEpisode() {
        int first = lines.firstContentAfter(-1);
        if (first < 0) {
            return null;
        }
        // "Episodes (20/29)": a listing's episodes follow its heading.
        int from = first;
        int heading = lines.listingHeading(first);
        if (heading >= 0) {
            from = Math.max(first, lines.firstContentAfter(heading));
        }
        String show = showName.repeatedShortLine(lines.size());
        int title = repeatedTitle(from, false);
        if (title < 0) {
            title = new HeaderTitle(lines, showName).find(from, show);
        }
        if (title < 0) {
            title = repeatedTitle(from, true); // only where the page gives no other title
        }
        int anyHeading = lines.listingHeading(first, true);
        if (anyHeading > heading && lines.firstContentAfter(anyHeading) >= 0) {
            // "Alle Folgen" over the cards of a show's page: its episode is titled under it, when
            // a title stands there (on a page of one episode, it is a link back to the list).
            int under = Math.max(first, lines.firstContentAfter(anyHeading));
            int titleUnder = repeatedTitle(under, false);
            if (titleUnder < 0) {
                titleUnder = new HeaderTitle(lines, showName).find(under, show);
            }
            if (titleUnder < 0) {
                titleUnder = repeatedTitle(under, true);
            }
            if (titleUnder >= 0) {
                from = under;
                title = titleUnder;
            }
        }
        if (title < 0) {
            int alone = titleRunInto(from);
            if (alone >= 0) {
                // The run-together print opens the episode: its notes follow the title in it.
                lines.markUsed(alone);
                return new EpisodeBlock(from, alone, -1, from, lines.size());
            }
            return new EpisodeBlock(from, -1, -1, from, lines.size());
        }
        // The first print of a repeated title starts the episode; the lines above are the site's.
        int start = title;
        for (int i = from; i < title; i++) {
            if (!lines.isBlank(i) && lines.repeats(i, title)) {
                start = i;
                break;
            }
        }
        for (int i = start; i < title; i++) {
            if (lines.repeats(i, title)) {
                lines.markUsed(i);
            }
        }
        return new EpisodeBlock(start, title, -1, title + 1, lines.size());
    }

    /**
     * A title that a page's first line prints run together with what follows it, as a scraper joins
     * a page's title and its description ("Title : The Show Podcast The episode's teaser ..."), and
     * that the page prints again alone further down (over the player, the transcript): the line
     * that prints it alone, or -1. The first print must go on past a separator (" : ", " | ", " -
     * "), so that a line that only opens with the same words is not taken.
     */
    private int titleRunInto(int first) {
        String opening = lines.text(first);
        if (lines.isShort(first) && !lines.hasProseLength(first)) {
            return -1; // a short first line is a title of its own, or none
        }
        int seen = 0;
        for (int i = lines.nextText(first + 1);
                i >= 0 && seen < RUN_TOGETHER_REPRINT_WITHIN;
                i = lines.nextText(i + 1)) {
            seen++;
            if (!lines.isShort(i)
                    || !lines.isTitleLike(i)
                    || lines.isChrome(i)
                    || lines.endsSentence(i)
                    || lines.words(i) < RUN_TOGETHER_MIN_WORDS) {
                continue;
            }
            String title = lines.text(i);
            if (opening.length() > title.length() && opening.startsWith(title)) {
                String rest = opening.substring(title.length());
                for (String separator : RUN_TOGETHER_SEPARATORS) {
                    if (rest.startsWith(separator)) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    /** Lines with text under the first within which a run-together title is printed alone. */
    private static final int RUN_TOGETHER_REPRINT_WITHIN = 15;

    /** Words of a run-together title at least: a word or two may open any sentence. */
    private static final int RUN_TOGETHER_MIN_WORDS = 3;

    private static final String[] RUN_TOGETHER_SEPARATORS = {
        " : ", ": ", " | ", " - ", " \u2013 ", " \u2014 ", " \u00B7 "
    };

    /** How many short lines near the top are printed twice (each title once, in a listing). */
    private int repeatedTitles(int from) {
        int repeated = 0;
        int seen = 0;
        for (int i = from; i < lines.size() && seen < REPEATED_TITLE_WITHIN; i++) {
            if (lines.isBlank(i)) {
                continue;
            }
            seen++;
            if (lines.isTitleLike(i)
                    && !lines.isChrome(i)
                    && !lines.endsSentence(i)
                    && !lines.hasProseLength(i)
                    && lines.words(i) >= 2) {
                for (int j = i + 1; j < lines.size() && j <= i + REPEAT_WITHIN; j++) {
                    if (!lines.isBlank(j) && lines.text(j).equals(lines.text(i))) {
                        repeated++;
                        break;
                    }
                }
            }
        }
        return repeated;
    }

    /**
     * Whether {@code caption} is {@code title} with one word of the site's after it, as an image's
     * alternative text prints a title ("Title image", "Title cover", "Title Artwork"), or with the
     * episode's number label after it ("Title Episode 1").
     */
    private static boolean isCaptionOf(String caption, String title) {
        if (title.isEmpty()
                || caption.length() <= title.length() + 1
                || !caption.startsWith(title)
                || caption.charAt(title.length()) != ' ') {
            return false;
        }
        String word = caption.substring(title.length() + 1);
        return word.indexOf(' ') < 0 && SiteChrome.isChrome(word)
                || EpisodeNumbers.isEpisodeLabel(
                        word); // "Title Episode 1": a heading's number label
    }

    /**
     * The longest short line printed twice near the top (title above and in the player), or -1;
     * with {@code sentences}, the first sentence printed on both sides of the player instead
     * ({@link RepeatedHeadlines}), which the caller asks for only when the page gives no other
     * title.
     */
    private int repeatedTitle(int from, boolean sentences) {
        int best = -1;
        int seen = 0;
        for (int i = from; i < lines.size() && seen < REPEATED_TITLE_WITHIN; i++) {
            if (lines.isBlank(i)) {
                continue;
            }
            seen++;
            if (!lines.isTitleLike(i) || lines.isChrome(i) || lines.words(i) < 2) {
                continue;
            }
            // A sentence printed twice is a headline only on either side of the player.
            boolean sentence = lines.endsSentence(i);
            if (sentence != sentences) {
                continue;
            }
            // The second print stands close to the first (under the cover, in the player).
            for (int j = i + 1; j < lines.size() && j <= i + REPEAT_WITHIN; j++) {
                if (sentence && !lines.isBlank(j) && lines.text(j).equals(lines.text(i))) {
                    if (best < 0 && RepeatedHeadlines.aroundPlayer(lines, i, j)) {
                        best = j;
                    }
                    break;
                }
                if (!sentence
                        && !lines.isBlank(j)
                        && (lines.text(j).equals(lines.text(i))
                                || isCaptionOf(lines.text(i), lines.text(j)))) {
                    if (best < 0 || lines.text(i).length() > lines.text(best).length()) {
                        best = j;
                    }
                    break;
                }
            }
        }
        if (best >= 0
                && (ShowName.endsInPodcast(lines.text(best))
                        || Tagline.isTagline(lines, lines.nextText(best + 1)))) {
            return -1; // the show's name, printed twice over its tagline
        }
        return best;
    }
}
