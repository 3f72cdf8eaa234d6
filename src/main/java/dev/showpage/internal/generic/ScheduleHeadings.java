package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.Set;

/**
 * A heading that gives a show's name and when it airs: "Harbour Talk: every Monday at 4 pm",
 * "Hafenfunk: jeden Dienstag um 18 Uhr", "Havenradio: elke week een nieuwe aflevering". A
 * broadcaster's page about one episode prints it over its paragraph on the show; the name before
 * the colon is the show's.
 *
 * <p>The words are a vocabulary: the words for "every" and the days of the week and "week", in the
 * seven languages whose dates the parser reads.
 */
final class ScheduleHeadings {

    /** Words of a show's name at most. */
    private static final int NAME_MAX_WORDS = 5;

    /** Words of a schedule heading at most. */
    private static final int MAX_WORDS = 12;

    /** The words for "every", lower case ("tous les", "todos los": their first word). */
    private static final Set<String> EVERY =
            Set.of(
                    "every", "each", "chaque", "tous", "jeden", "jede", "cada", "todos", "todas",
                    "ogni", "tutti", "toda", "elke", "iedere");

    /** The days of the week, singular and plural, and the week, lower case. */
    private static final Set<String> DAYS =
            Set.of(
                    // English
                    "monday",
                    "tuesday",
                    "wednesday",
                    "thursday",
                    "friday",
                    "saturday",
                    "sunday",
                    "week",
                    "weekday",
                    // French
                    "lundi",
                    "mardi",
                    "mercredi",
                    "jeudi",
                    "vendredi",
                    "samedi",
                    "dimanche",
                    "lundis",
                    "mardis",
                    "mercredis",
                    "jeudis",
                    "vendredis",
                    "samedis",
                    "dimanches",
                    "semaine",
                    // German
                    "montag",
                    "dienstag",
                    "mittwoch",
                    "donnerstag",
                    "freitag",
                    "samstag",
                    "sonntag",
                    "woche",
                    // Spanish
                    "lunes",
                    "martes",
                    "miércoles",
                    "jueves",
                    "viernes",
                    "sábado",
                    "domingo",
                    "sábados",
                    "domingos",
                    "semana",
                    // Italian
                    "lunedì",
                    "martedì",
                    "mercoledì",
                    "giovedì",
                    "venerdì",
                    "sabato",
                    "domenica",
                    "settimana",
                    // Portuguese
                    "segunda",
                    "terça",
                    "quarta",
                    "quinta",
                    "sexta",
                    "segundas",
                    "terças",
                    "quartas",
                    "quintas",
                    "sextas",
                    // Dutch
                    "maandag",
                    "dinsdag",
                    "woensdag",
                    "donderdag",
                    "vrijdag",
                    "zaterdag",
                    "zondag");

    /** Articles between "every" and the day ("tous les lundis", "todas as segundas"). */
    private static final Set<String> ARTICLES =
            Set.of("les", "los", "las", "i", "le", "as", "os", "de", "die", "the");

    private ScheduleHeadings() {}

    /** The show's name the heading gives before its schedule, or null. */
    static String name(String text) {
        int colon = text.indexOf(": ");
        if (colon <= 0) {
            return null;
        }
        String name = text.substring(0, colon).strip();
        String[] nameWords = name.split(" ");
        String[] words = text.substring(colon + 2).toLowerCase(Locale.ROOT).split(" ");
        if (nameWords.length > NAME_MAX_WORDS
                || nameWords.length + words.length > MAX_WORDS
                || !Character.isUpperCase(name.codePointAt(0))
                || words.length < 2
                || !EVERY.contains(words[0])) {
            return null;
        }
        int day = ARTICLES.contains(words[1]) && words.length > 2 ? 2 : 1;
        return DAYS.contains(SiteChrome.trimSigns(words[day])) ? name : null;
    }
}
