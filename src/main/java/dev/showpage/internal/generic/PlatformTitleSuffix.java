package dev.showpage.internal.generic;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A platform's template for an episode's page title: the title, a dash, and the network that makes
 * the show ("Title - a podcast by Harbour Media", "Titre - un podcast de Harbour Média", "Titel –
 * ein Podcast von Harbour Media"). The suffix is the platform's, not the title's. A title may end
 * in the same words ("Why I Left Radio - A Podcast by Accident"), so the suffix is cut only when
 * what follows "a podcast by" is a network's: a name the page prints on a line of its own, as the
 * platform prints its brand or the show's publisher, or one that says it is a network ("Harbour
 * Media", "Radio Port", "Podium Podcast"); and never when it is a measure ("un podcast de 10
 * minutes", "de A à Z") or the title's own words after an episode's label ("Episode 4 - A Podcast
 * by Any Other Name"). "A show by" is not read: it credits an author ("Reviewing Hamilton - a show
 * by X").
 */
final class PlatformTitleSuffix {

    /**
     * What stands between the title and the suffix, and between a show's name and its publisher.
     */
    static final List<String> DASHES = List.of(" - ", " \u2013 ", " \u2014 ", " | ");

    /** "a podcast by" in the languages platforms word the suffix in, lower case. */
    private static final List<String> BY = PodcastByPhrases.WITH_ARTICLE;

    /**
     * The words networks and publishers name themselves with, lower case, in the seven languages
     * the parser reads: the medium, or the kind of company ("Harbour Media", "Radio Port", "Hafen
     * Audio", "Porto Podcasts", "Tide Studios", "Lamp Network", "Quay Productions").
     */
    private static final Set<String> NETWORK_WORDS =
            Set.of(
                    "podcast",
                    "podcasts",
                    "media",
                    "médias",
                    "medien",
                    "medios",
                    "radio",
                    "rádio",
                    "audio",
                    "áudio",
                    "studios",
                    "studio",
                    "network",
                    "networks",
                    "productions",
                    "produktion",
                    "producciones",
                    "produzioni",
                    "produções",
                    "producties",
                    "fm");

    /** Words of the network's name at most. */
    private static final int NAME_MAX_WORDS = 6;

    private PlatformTitleSuffix() {}

    /**
     * The title without the platform's suffix; the text itself when it has none, or when the name
     * after "a podcast by" is no network's: printed on none of {@code lines} by itself, and with no
     * word of a network.
     */
    static String withoutSuffix(String text, LineTable lines) {
        return withoutSuffix(text, name -> isPrinted(lines, name));
    }

    /**
     * The title without the platform's suffix; the text itself when it has none, or when the name
     * after "a podcast by" is no network's: {@code printedAlone} does not hold of it, and it has no
     * word of a network.
     */
    static String withoutSuffix(String text, Predicate<String> printedAlone) {
        for (String dash : DASHES) {
            int at = text.lastIndexOf(dash);
            if (at <= 0) {
                continue;
            }
            String suffix = text.substring(at + dash.length());
            String lower = suffix.toLowerCase(Locale.ROOT);
            for (String by : BY) {
                if (lower.startsWith(by)
                        && isName(suffix.substring(by.length()))
                        && isNetwork(suffix.substring(by.length()).strip(), printedAlone)
                        && !EpisodeNumbers.isEpisodeLabel(text.substring(0, at).strip())) {
                    return text.substring(0, at).strip();
                }
            }
        }
        return text;
    }

    /** Whether {@code name} is printed by itself, or says it is a network's. */
    private static boolean isNetwork(String name, Predicate<String> printedAlone) {
        if (printedAlone.test(name)) {
            return true;
        }
        for (String word : name.toLowerCase(Locale.ROOT).split(" ")) {
            if (NETWORK_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a line of {@code lines} is {@code name} alone. */
    private static boolean isPrinted(LineTable lines, String name) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.text(i).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A network's name: a few words opening with a capital, with no digit (a measure: "10 minutes")
     * and no word of one letter (a range: "A à Z", "A to Z").
     */
    private static boolean isName(String name) {
        if (!ShortNames.isOne(name, NAME_MAX_WORDS)
                || name.codePoints().anyMatch(Character::isDigit)) {
            return false;
        }
        for (String word : name.split(" ")) {
            if (word.codePointCount(0, word.length()) == 1) {
                return false;
            }
        }
        return true;
    }
}
