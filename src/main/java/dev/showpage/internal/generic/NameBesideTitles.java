package dev.showpage.internal.generic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The show's name from the lines beside the episodes' titles: the name-like line over a one-episode
 * page's title, the name printed around every title, the words every title opens with, and the line
 * over a labelled title field. Sites print the show next to each episode they list.
 */
final class NameBesideTitles {

    /** Words of a show's name at most. */
    private static final int MAX_WORDS = 6;

    /**
     * Words of a show's name over a labelled title field at most ("El Bueno, la Mala y el Feo").
     */
    private static final int LABELLED_NAME_MAX_WORDS = 10;

    private final LineTable lines;

    NameBesideTitles(LineTable lines) {
        this.lines = lines;
    }

    /**
     * On a page of one episode, the name-like line just above its title ("Harbour Lights" over
     * "Lamps at low tide | The Harbour Team"): sites print the show over the episode; null when the
     * line above is anything else (a sentence, a control, a label) or there is none. A site's
     * banner over the episode's date ("Check out the podcast app!") is no title, but stands where
     * the title does: the line over it is read as over a title.
     */
    String lineOverOnlyTitle(List<EpisodeBlock> blocks) {
        if (blocks.size() != 1) {
            return null;
        }
        int title = blocks.get(0).title();
        if (title < 0) {
            int over = lines.previousText(blocks.get(0).start() - 1, -1);
            title = over >= 0 && Invitations.isOne(lines.text(over)) ? over : -1;
        }
        if (title < 0) {
            return null;
        }
        int above = lines.previousText(title - 1, -1);
        boolean named =
                above >= 0
                        && lines.isNote(above)
                        && lines.isShort(above)
                        && lines.isTitleLike(above)
                        && !lines.isChrome(above)
                        && !lines.endsSentence(above)
                        && lines.words(above) >= 2
                        && lines.words(above) <= MAX_WORDS
                        && isTitleCase(lines.text(above))
                        && !PodcastCategories.isCategory(lines.text(above))
                        && !isOtherThanShow(lines.text(above));
        return named ? lines.text(above) : null;
    }

    /**
     * Whether a line over a news item's headline names something other than a show: an event or a
     * work by its last word ("Harbour Jazz Festival"; not "Festival Talk" nor "Harbour Book Club",
     * where the kind's word stands inside a show's name), a company by an unambiguous legal form
     * ("Harbourline Ltd.", "Kaiwerk GmbH", "Harbourline, Inc.").
     */
    private static boolean isOtherThanShow(String text) {
        return WorkKinds.isAny(lastWord(text).toLowerCase(Locale.ROOT))
                || CompanyForms.closesName(text);
    }

    /** The line's last run of letters and inner hyphens ("Festival" of "Harbour Jazz Festival"). */
    private static String lastWord(String text) {
        int end = text.length();
        while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0
                && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
            start--;
        }
        return text.substring(start, end);
    }

    /**
     * The show's name every episode prints before and after its title ("Harbour Lights / Lamps at
     * low tide / Harbour Lights"), when it is the same over every episode; null when an episode
     * prints none or a directory's episodes print several.
     */
    String printedAroundEveryTitle(List<EpisodeBlock> blocks) {
        String name = null;
        for (EpisodeBlock block : blocks) {
            if (block.show() < 0) {
                return null;
            }
            String printed = lines.text(block.show());
            if (name != null && !name.equals(printed)) {
                return null;
            }
            name = printed;
        }
        return name;
    }

    /** The name every episode's title opens with (see {@link SharedTitlePrefix}), or null. */
    String sharedTitlePrefix(List<EpisodeBlock> blocks) {
        List<String> texts = new ArrayList<>();
        Set<Integer> titleLines = new HashSet<>();
        for (EpisodeBlock block : blocks) {
            if (block.title() < 0) {
                return null;
            }
            texts.add(lines.text(block.title()));
            titleLines.add(block.title());
        }
        return SharedTitlePrefix.name(texts, name -> printedOutsideTitles(name, titleLines));
    }

    /** Whether a line other than the titles prints {@code name} as words of its own. */
    private boolean printedOutsideTitles(String name, Set<Integer> titleLines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!titleLines.contains(i)
                    && !lines.isBlank(i)
                    && HeaderTitle.containsName(lines.text(i), name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The page's first line when the first episode's title is a labelled field just under it ("El
     * Bueno, la Mala y el Feo" over "Episodio: ¡Ya llegó!", "Fecha: ..."): a page that labels its
     * fields prints the show it belongs to over them. Only the site's chrome may stand above it;
     * null otherwise.
     */
    String lineOverLabelledTitle(List<EpisodeBlock> blocks) {
        if (blocks.isEmpty() || blocks.get(0).title() < 0) {
            return null;
        }
        int title = blocks.get(0).title();
        if (!lines.isShort(title) || TitleText.labelledTitle(lines.text(title)) == null) {
            return null;
        }
        int above = lines.previousText(title - 1, -1);
        if (above < 0
                || !lines.isNote(above)
                || !lines.isShort(above)
                || !lines.isTitleLike(above)
                || lines.isChrome(above)
                || lines.endsSentence(above)
                || TitleText.labelledTitle(lines.text(above)) != null
                || lines.words(above) > LABELLED_NAME_MAX_WORDS) {
            return null;
        }
        for (int i = lines.previousText(above - 1, -1); i >= 0; i = lines.previousText(i - 1, -1)) {
            if (!lines.isChrome(i)) {
                return null;
            }
        }
        return lines.text(above);
    }

    /** Whether each word of four letters or more opens with a capital: a name, not a phrase. */
    static boolean isTitleCase(String text) {
        for (String word : text.split(" ")) {
            if (word.length() > 3 && !Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }
}
