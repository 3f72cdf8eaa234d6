package dev.showpage.internal.generic;

import java.util.List;
import java.util.Set;

/**
 * The show's name as the head of its header on a page of dated episodes: the first name-like line
 * past the site's chrome that stands over the fields a show's header prints (its byline, hosts,
 * count, rating, publisher and category, or its description: see {@link HeaderFields}), above the
 * first episode. Directories, hosting platforms and shows' own sites all print a show's page this
 * way, whatever their menus are called. The name may also be the last step of a breadcrumb
 * ("Podcasts &gt; Technology &gt; X", "Home / X") or follow "About" ("About X", "Über X").
 */
final class ShowHeading {

    /** Lines with text past the site's chrome within which the header's name is looked for. */
    private static final int HEADER_LINES = 10;

    /** Words of a show's name at most. */
    private static final int MAX_WORDS = 6;

    /** Short lines (a publisher, a category) that may stand between the name and its fields. */
    private static final int MAX_FREE_LINES = 2;

    /** What stands between the steps of a breadcrumb. */
    private static final String[] CRUMB_SEPARATORS = {" > ", " \u203A ", " \u00BB ", " / "};

    /**
     * "About X" in the seven languages the parser reads, as sites head a show's description with
     * its name.
     */
    private static final List<String> ABOUT =
            List.of(
                    "About ",
                    "À propos de ",
                    "A propos de ",
                    "Über ",
                    "Acerca de ",
                    "Sobre ",
                    "Informazioni su ",
                    "Over ");

    /**
     * The words for "about" that open names as often as headings ("Over the Moon", "Sobre Ruedas"):
     * they head a name only where the page prints the name alone elsewhere.
     */
    private static final Set<String> AMBIGUOUS_ABOUT = Set.of("Sobre ", "Over ");

    private final LineTable lines;
    private final HeaderFields fields;

    ShowHeading(LineTable lines) {
        this.lines = lines;
        this.fields = new HeaderFields(lines);
    }

    /**
     * The show's name from the header above the first episode, or null. Only a page of dated
     * episodes is read so: there the episodes' lines are known, and what stands above them with a
     * show's fields under it is the show's.
     */
    String find(List<EpisodeBlock> blocks, Set<Integer> titles) {
        if (blocks.isEmpty() || blocks.size() < 2 && blocks.get(0).release() < 0) {
            return null;
        }
        EpisodeBlock first = blocks.get(0);
        int limit = first.title() >= 0 ? Math.min(first.start(), first.title()) : first.start();
        int seen = 0;
        for (int i = lines.nextText(0); i >= 0 && i < limit && seen < HEADER_LINES; ) {
            if (lines.isNote(i) && StampsAndBadges.isOne(lines.text(i))) {
                // "Beta", "Updated: Mar 3": a badge or a stamp over a header is no header line;
                // the show's name may still stand under it.
                i = lines.nextText(i + 1);
                continue;
            }
            if (!lines.isChrome(i)) {
                seen++;
                String name = titles.contains(i) ? null : nameOn(i, titles);
                if (name != null
                        && !isMenuWordOverName(i, limit, titles)
                        && !isButtonUnderNotice(i)
                        && hasFieldsUnder(i, limit)) {
                    return name;
                }
            }
            i = lines.nextText(i + 1);
        }
        return null;
    }

    /** The name line {@code i} gives: a breadcrumb's last step, "About X", or the whole line. */
    private String nameOn(int i, Set<Integer> titles) {
        if (!lines.isNote(i) || !lines.isShort(i) || lines.endsSentence(i)) {
            return null;
        }
        String text = lines.text(i);
        String offered = SiteTitleSuffix.name(text);
        if (offered != null) {
            return offered;
        }
        String crumb = lastCrumb(text, titles);
        if (crumb != null) {
            return crumb;
        }
        EveryEpisodeOfHeadings.Invitation invited = EveryEpisodeOfHeadings.in(text);
        if (invited != null && (invited.opensWithVerb() || !printedInOtherLine(text, i))) {
            // "Explore every episode of X": a call to browse. What follows its "of" may run on
            // ("X on Spotify", "X with Anna") or be a person's or a channel's: only a name the page
            // also prints alone is the show's; else the call names none.
            String name = invited.name();
            return isName(name) && !invited.namesSeason() && printedAlone(name) ? name : null;
        }
        for (String about : ABOUT) {
            if (text.startsWith(about)) {
                String name = text.substring(about.length()).strip();
                if (AMBIGUOUS_ABOUT.contains(about) && !printedAlone(name)) {
                    break; // "Over the Moon", "Sobre Ruedas": a name of its own
                }
                return isName(name) ? name : null;
            }
        }
        boolean plain =
                lines.isTitleLike(i)
                        && lines.words(i) <= MAX_WORDS
                        && !fields.isField(i)
                        && !PodcastCategories.isCategory(text);
        return plain ? text : null;
    }

    /**
     * The last step of a breadcrumb ("Podcasts &gt; Technology &gt; X"), or the one before it when
     * the last is an episode's title (an episode's page: "Home / X / Episode title"); null when the
     * text is no breadcrumb.
     */
    private String lastCrumb(String text, Set<Integer> titles) {
        for (String separator : CRUMB_SEPARATORS) {
            List<String> steps = HeaderFields.split(text, separator);
            if (steps.size() < 2) {
                continue;
            }
            int last = steps.size() - 1;
            if (isTitleText(steps.get(last).strip(), titles) && last >= 2) {
                last--;
            }
            String name = steps.get(last).strip();
            return isName(name) && !PodcastCategories.isCategory(name) ? name : null;
        }
        return null;
    }

    private boolean isTitleText(String text, Set<Integer> titles) {
        for (int title : titles) {
            if (title >= 0 && lines.text(title).equals(text)) { // -1: an untitled episode
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line of the page other than {@code i} holds {@code text} whole, as a site prints
     * its own name in its title: "All Episodes of Grace" is then the site's or show's name, no
     * heading.
     */
    private boolean printedInOtherLine(String text, int i) {
        for (int j = lines.nextText(0); j >= 0; j = lines.nextText(j + 1)) {
            if (j != i && lines.text(j).contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a line of the page is {@code name} alone. */
    private boolean printedAlone(String name) {
        for (int i = lines.nextText(0); i >= 0; i = lines.nextText(i + 1)) {
            if (lines.text(i).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** A few words opening with a capital or a digit, no sentence and no control of the site. */
    private static boolean isName(String text) {
        if (text.isEmpty() || text.endsWith(".") || SiteChrome.isChrome(text)) {
            return false;
        }
        return ShortNames.isOne(text, MAX_WORDS)
                && text.codePoints().filter(Character::isLetter).count() >= 3;
    }

    /**
     * Whether fields of a show's header stand under line {@code i}, above {@code limit}: a field at
     * once, or after a publisher's or a category's short line or two.
     */
    private boolean hasFieldsUnder(int i, int limit) {
        int free = 0;
        for (int j = lines.nextText(i + 1); j >= 0 && j < limit; j = lines.nextText(j + 1)) {
            if (fields.isField(j)) {
                return true;
            }
            if (lines.isChrome(j)
                    || !lines.isNote(j)
                    || !lines.isShort(j)
                    || lines.endsSentence(j)
                    || lines.words(j) > MAX_WORDS
                    || ++free > MAX_FREE_LINES) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether line {@code i} is one word over a name in title case that heads the show's
     * description ("Discover" / "Harbour Lights" / its paragraph): a menu's entry the site's chrome
     * does not know, over the show's name.
     */
    private boolean isMenuWordOverName(int i, int limit, Set<Integer> titles) {
        if (lines.words(i) != 1) {
            return false;
        }
        int next = lines.nextText(i + 1);
        if (next < 0 || next >= limit || titles.contains(next) || lines.words(next) < 2) {
            return false;
        }
        String name = nameOn(next, titles);
        int under = lines.nextText(next + 1);
        return name != null
                && NameBesideTitles.isTitleCase(name)
                && under >= 0
                && under < limit
                && lines.isNote(under)
                && lines.hasProseLength(under);
    }

    /**
     * Whether line {@code i} is one word under a sentence: the notice's button ("We use cookies
     * ..." / "Accept", "Get our newsletter." / "Subscribe"), not a show's name.
     */
    private boolean isButtonUnderNotice(int i) {
        int above = lines.previousText(i - 1, -1);
        return lines.words(i) == 1 && above >= 0 && lines.endsSentence(above);
    }
}
