package dev.showpage.internal.text;

import java.util.Locale;

/**
 * The words that put a sentence's guests at another occasion than this edition of the show: an
 * event with guests of its own ("Zum Jazzfestival sind die Gäste ...", "At the gala, the guests are
 * ..."), another day ("Demain, les invités sont ...") or edition ("In the upcoming episode",
 * "invitados anteriores", {@link OtherEditions}), and the show's guests over the years ("Regular
 * guests include ...", "Dans chaque émission ...").
 */
public final class OtherOccasionWords {

    /**
     * The nouns of events that have guests of their own in the seven languages: festivals, fairs,
     * concerts, conferences, matches, galas, exhibitions ("festival", "Messe", "salon", "feria",
     * "fiera", "beurs", "Spiel", "partido", "wedstrijd", "Ausstellung", "exposición", "mostra",
     * "tentoonstelling"). German and Dutch join them to a word before ("Jazzfestival", "Buchmesse",
     * "Kunstausstellung"), which {@link #isEventNoun} reads by its ending. A headline that names
     * one speaks of the event, not of a show, so the show-name readers ask it too.
     */
    private static final Vocabulary EVENT_NOUNS =
            Vocabulary.of(
                    "festival festivals fair fairs concert concerts conference conferences match"
                        + " game gala galas tournament tournaments messe konzert konferenz tagung"
                        + " kongress turnier spiel congrès colloque salon tournoi concierto"
                        + " congreso partido feria torneo concerto congresso convegno fiera partita"
                        + " feira jogo congres beurs wedstrijd toernooi exhibition exhibitions"
                        + " exhibit ausstellung ausstellungen exposition expositions exposición"
                        + " exposiciones mostra exposição exposições tentoonstelling"
                        + " tentoonstellingen");

    /**
     * The endings of German and Dutch compound event nouns ("Jazzfestival", "Buchmesse",
     * "Fotoausstellung", "fototentoonstelling").
     */
    private static final String[] EVENT_ENDINGS = {
        "festival",
        "messe",
        "konzert",
        "konferenz",
        "kongress",
        "turnier",
        "spiel",
        "concert",
        "beurs",
        "ausstellung",
        "tentoonstelling"
    };

    /**
     * "Tomorrow" and "yesterday" in the seven languages ("demain", "morgen", "mañana", "gestern"):
     * a list for another day's edition; "next", "last" and "previous" are {@link OtherEditions}'.
     */
    private static final Vocabulary OTHER_DAYS =
            Vocabulary.of(
                    "tomorrow yesterday demain morgen gestern mañana ayer domani ieri amanhã ontem"
                            + " gisteren");

    /**
     * The words that make guests the show's over the years, in the seven languages: "earlier",
     * "former", "regular", "notable", "recurring", "every"; "frühere", "regelmäßige", "jeder";
     * "anciens", "habituels", "souvent", "chaque"; "habituales", "cada"; "precedenti", "abituali",
     * "ogni"; "antigos", "habituais"; "eerdere", "vaste", "elke". The Romance plurals of "previous"
     * ("précédents", "anteriores", "pasados") are {@link OtherEditions}'.
     */
    private static final Vocabulary OVER_THE_YEARS =
            Vocabulary.of(
                    "earlier former recent regular regulars recurring notable frequent every often"
                            + " frühere früheren bisherige bisherigen ehemalige ehemaligen"
                            + " regelmäßig regelmäßige regelmäßigen häufig jeder jede jedes jeden"
                            + " anciens anciennes habituels habituelles réguliers souvent chaque"
                            + " habituales frecuentes cada precedenti passati abituali fissi ogni"
                            + " antigos habituais eerdere vroegere vaste elke iedere vaak");

    private OtherOccasionWords() {}

    /**
     * Whether the word is a year of the last two centuries ("2019", "1998,"): beside a guest list,
     * a year dates another occasion than this edition.
     */
    static boolean isYear(String raw) {
        String core = Names.core(raw);
        return core.length() == 4
                && (core.startsWith("19") || core.startsWith("20"))
                && Character.isDigit(core.charAt(2))
                && Character.isDigit(core.charAt(3));
    }

    /** Whether the word puts the guests of its sentence at another occasion than this edition. */
    static boolean placesElsewhere(String raw) {
        return isEventNoun(raw)
                || OTHER_DAYS.containsCore(raw)
                || OtherEditions.placesElsewhere(raw)
                || OVER_THE_YEARS.containsCore(raw);
    }

    /** Whether the word names an event, alone or as the end of a German or Dutch compound. */
    public static boolean isEventNoun(String raw) {
        if (EVENT_NOUNS.containsCore(raw)) {
            return true;
        }
        String core = Names.core(raw).toLowerCase(Locale.ROOT);
        if (core.length() > 2 && (core.charAt(1) == '\'' || core.charAt(1) == '\u2019')) {
            // an elided article or preposition before the noun: "l'exposition", "d'exposition"
            return EVENT_NOUNS.containsCore(core.substring(2));
        }
        for (String ending : EVENT_ENDINGS) {
            if (core.length() > ending.length() + 2 && core.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
