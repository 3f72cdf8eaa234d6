package dev.showpage.internal.generic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A listing whose entries a rule separates ("Title / teaser / -------- / 41:18 / Title / teaser"):
 * each entry a title over a paragraph, the first at the page's top, each later one under a rule of
 * dashes (or underscores, stars, equals signs) and maybe a length. Which entry a length under a
 * rule belongs to (the one it follows or the one it opens) the copy does not tell, so it is given
 * to neither. An episode's own page may rule off its sections the same way ("Title / paragraph /
 * -------- / About Our Guest / paragraph / -------- / Mara Quist / her biography"), and a section's
 * heading can be any words (a guest's name, "Pour aller plus loin"): only a length under every
 * rule, a value a section does not carry, says the entries are episodes. A heading under a rule
 * that names a section, or says what it is about, makes the page no listing all the same.
 */
final class RuledListing {

    /** Rules a listing has at least: three entries. */
    private static final int MIN_RULES = 2;

    /** Signs of a rule at least. */
    private static final int RULE_MIN_SIGNS = 3;

    /** Words of a listed title at most. */
    private static final int TITLE_MAX_WORDS = 20;

    /** Length lines between a rule and its entry's title at most. */
    private static final int MAX_FIELDS = 2;

    /**
     * The words a section's heading opens with to say what it is about ("About Our Guest", "À
     * propos de l'invitée", "Über den Gast"), lower case, in the seven languages the parser reads.
     */
    private static final List<String> ABOUT =
            List.of(
                    "about ",
                    "à propos ",
                    "a propos ",
                    "über ",
                    "acerca de ",
                    "sobre ",
                    "informazioni su ",
                    "a proposito di ",
                    "over ");

    private final LineTable lines;

    RuledListing(LineTable lines) {
        this.lines = lines;
    }

    /** The listing's entries, or none when the page is not such a listing. */
    List<EpisodeBlock> find() {
        List<Integer> rules = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (isRule(i)) {
                rules.add(i);
            }
        }
        if (rules.size() < MIN_RULES) {
            return List.of();
        }
        List<Integer> titles = new ArrayList<>();
        int first = lines.nextText(0);
        if (!isEntry(first)) {
            return List.of();
        }
        titles.add(first);
        for (int rule : rules) {
            int field = lines.nextText(rule + 1);
            if (field < 0 || !lines.isCardField(field)) {
                return List.of(); // no length: a section of one episode's page maybe
            }
            int title = pastFields(rule);
            if (!isEntry(title) || isSection(lines.text(title))) {
                return List.of();
            }
            titles.add(title);
        }
        List<EpisodeBlock> blocks = new ArrayList<>();
        for (int k = 0; k < titles.size(); k++) {
            int start = k == 0 ? first : rules.get(k - 1) + 1;
            int end = k < rules.size() ? rules.get(k) : lines.size();
            for (int i = start; i < titles.get(k); i++) {
                lines.markUsed(i); // a length under the rule: whose, the copy does not tell
            }
            if (k < rules.size()) {
                lines.markUsed(rules.get(k));
            }
            blocks.add(new EpisodeBlock(titles.get(k), titles.get(k), -1, titles.get(k) + 1, end));
        }
        return blocks;
    }

    /** Whether a heading under a rule names a section of one episode's page, not an entry. */
    private static boolean isSection(String heading) {
        String lower = heading.toLowerCase(Locale.ROOT);
        return SectionHeadings.hasSectionWord(heading)
                || ABOUT.stream().anyMatch(lower::startsWith);
    }

    /** The first line with text under rule {@code rule} past a length or two, or -1. */
    private int pastFields(int rule) {
        int next = lines.nextText(rule + 1);
        for (int k = 0; k < MAX_FIELDS && next >= 0 && lines.isCardField(next); k++) {
            next = lines.nextText(next + 1);
        }
        return next;
    }

    /** Whether line {@code i} is a title with a paragraph of prose just under it. */
    private boolean isEntry(int i) {
        if (i < 0
                || !lines.isTitleLike(i)
                || lines.isChrome(i)
                || lines.words(i) > TITLE_MAX_WORDS
                || lines.endsSentence(i)) {
            return false;
        }
        int under = lines.nextText(i + 1);
        return under >= 0 && lines.isNote(under) && lines.hasProseLength(under) && !isRule(under);
    }

    /**
     * Whether line {@code i} is a rule: a run of one sign, dashes or the like, and nothing else.
     */
    private boolean isRule(int i) {
        if (!lines.isNote(i) || !lines.isShort(i)) {
            return false;
        }
        String text = lines.text(i);
        if (text.length() < RULE_MIN_SIGNS || "-_*=\u2014\u2013".indexOf(text.charAt(0)) < 0) {
            return false;
        }
        for (int k = 1; k < text.length(); k++) {
            if (text.charAt(k) != text.charAt(0)) {
                return false;
            }
        }
        return true;
    }
}
