package dev.showpage.internal.generic;

import java.util.List;

/**
 * A line that names the show and then its publisher after a dash: "Harbour Talk - A podcast by Quay
 * Media", as platforms print it in English, and in the other languages of their storefronts
 * ("Hafenfunk - Ein Podcast von Radio Kai", "Porto - En podcast af Rádio Cais - Søndage", the last
 * part a category or a day of the storefront's). The English form is read as it always was; the
 * others only when both names have a name's shape, so that a sentence is never cut for a show.
 */
final class ShowPublisherSuffix {

    /** What stands between the show's name and its publisher in the English form. */
    private static final List<String> ENGLISH =
            List.of(" - A podcast by ", " \u2013 A podcast by ");

    /** The dashes between the names in the other forms. */
    private static final List<String> DASHES = PlatformTitleSuffix.DASHES;

    /** A show's name and its publisher's. */
    record Names(String show, String publisher) {}

    private ShowPublisherSuffix() {}

    /**
     * The two names line {@code i} gives in one of the forms, or null. A title may end in the same
     * words ("Warum ich ging – Ein Podcast von Zufall"): in the other languages' forms the show's
     * name is taken only when a line above prints it too, as the header does alone ("Hafenfunk") or
     * an edition's title does beside its day ("03:00H | 9 NOV 2025 | Hafenfunk"). An episode's
     * title under the line ("Die Fähre im Nebel" over its date) names no show.
     */
    static Names on(LineTable lines, int i) {
        String text = lines.text(i);
        Names names = of(text);
        if (names == null || !inHeader(lines, i)) {
            return null;
        }
        if (isEnglish(text)) {
            return names;
        }
        String show = names.show();
        for (int k = 0; k < i; k++) {
            String other = lines.text(k);
            if (lines.isNote(k) && (other.equals(show) || besideSeparator(other, show))) {
                return names;
            }
        }
        return null;
    }

    /**
     * Whether line {@code i} stands in the page's header: no date over it. Under an episode's date
     * the line is a share or footer line that names the episode ("Die Fähre im Nebel – Ein Podcast
     * von Radio Kai"), whose title the line above prints as well.
     */
    private static boolean inHeader(LineTable lines, int i) {
        for (int k = 0; k < i; k++) {
            if (lines.isRelease(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text} opens or ends with {@code show} and a separator between it and more. */
    private static boolean besideSeparator(String text, String show) {
        for (String dash : PlatformTitleSuffix.DASHES) {
            if (text.startsWith(show + dash) || text.endsWith(dash + show)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEnglish(String text) {
        for (String marker : ENGLISH) {
            if (text.indexOf(marker) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The two names {@code text} gives in one of the forms, or null. */
    static Names of(String text) {
        for (String marker : ENGLISH) {
            int at = text.indexOf(marker);
            if (at > 0) {
                return new Names(text.substring(0, at), text.substring(at + marker.length()));
            }
        }
        for (String dash : DASHES) {
            int at = text.indexOf(dash);
            if (at <= 0) {
                continue;
            }
            String rest = text.substring(at + dash.length());
            int phrase = PodcastByPhrases.openingLength(rest);
            if (phrase == 0 || !Character.isUpperCase(rest.charAt(0))) {
                return null; // "Title - a podcast by X": an episode's page title, not the show's
            }
            String show = text.substring(0, at);
            String publisher = untilDash(rest.substring(phrase));
            // A digit in the publisher's part makes it a measure ("en podcast af 10 minutter").
            boolean publisherName =
                    isName(publisher) && publisher.codePoints().noneMatch(Character::isDigit);
            return isName(show) && publisherName ? new Names(show, publisher) : null;
        }
        return null;
    }

    /** The text up to its first dash between blanks, or all of it. */
    private static String untilDash(String text) {
        String cut = text;
        for (String dash : DASHES) {
            int at = cut.indexOf(dash);
            if (at > 0) {
                cut = cut.substring(0, at);
            }
        }
        return cut.strip();
    }

    private static boolean isName(String name) {
        char last = name.isEmpty() ? '.' : name.charAt(name.length() - 1);
        return ShortNames.isOne(name, ShowName.MAX_WORDS) && last != '?' && last != '!';
    }
}
