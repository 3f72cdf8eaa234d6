package dev.showpage.internal.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The labels pages put before an episode's length or release date ({@code Duration: 45 min}, {@code
 * Publié le 16 décembre 2025}), in the languages whose dates are read ({@link DateWords}). A
 * vocabulary, kept small: each language's noun for an episode's length ("duration", "length",
 * "running time") and its participle or noun for when it came out ("published", "released", "date
 * of publication"), as player and listing pages print them before a value, and the preposition that
 * may join such a label to a date ({@code on}, {@code le}, {@code am}, {@code el}, {@code il},
 * {@code em}, {@code op}). The nouns for a date itself ({@code Date :}, {@code Fecha:}, {@code
 * Datum:}, {@code Data:}) and participles that are also words of prose ({@code posted}, {@code
 * gesendet}) label a value only where one follows at once ({@link #onlyBeforeValue}). The words
 * that name what a length is of ({@link LengthSubjects}) and the labels of a page's last change
 * ({@link UpdateLabels}) are vocabularies of their own; this class answers for them too, so that
 * its callers ask one place.
 */
public final class ValueLabels {

    /** What a label announces. */
    public enum Kind {
        NONE,
        LENGTH,
        PUBLISHED
    }

    /** The most words a label has ({@code date de publication}). */
    public static final int MAX_WORDS = 3;

    private static final Map<String, Kind> LABELS =
            Map.ofEntries(
                    // English
                    Map.entry("duration", Kind.LENGTH),
                    Map.entry("length", Kind.LENGTH),
                    Map.entry("runtime", Kind.LENGTH),
                    Map.entry("running time", Kind.LENGTH),
                    Map.entry("published", Kind.PUBLISHED),
                    Map.entry("released", Kind.PUBLISHED),
                    Map.entry("episode date", Kind.PUBLISHED),
                    Map.entry("air date", Kind.PUBLISHED),
                    Map.entry("aired", Kind.PUBLISHED),
                    Map.entry("release date", Kind.PUBLISHED),
                    Map.entry("publish date", Kind.PUBLISHED),
                    Map.entry("date published", Kind.PUBLISHED),
                    Map.entry("posted", Kind.PUBLISHED),
                    Map.entry("date", Kind.PUBLISHED),
                    Map.entry("episode released", Kind.PUBLISHED),
                    Map.entry("episode length", Kind.LENGTH),
                    Map.entry("episode duration", Kind.LENGTH),
                    // as radio shows date an episode: "41 min · Broadcast on 3 March 2024"
                    Map.entry("broadcast", Kind.PUBLISHED),
                    // The broadcast of a day: "Émission du 3 mars 2024", "Sendung vom 3. März
                    // 2024", "Puntata del 3 marzo 2024", "Uitzending van 3 maart 2024": the
                    // seven languages' nouns for a programme or an episode, labels only before a
                    // preposition and a date.
                    Map.entry("émission", Kind.PUBLISHED),
                    Map.entry("épisode", Kind.PUBLISHED),
                    Map.entry("sendung", Kind.PUBLISHED),
                    Map.entry("folge", Kind.PUBLISHED),
                    Map.entry("ausgabe", Kind.PUBLISHED),
                    Map.entry("programa", Kind.PUBLISHED),
                    Map.entry("episodio", Kind.PUBLISHED),
                    Map.entry("puntata", Kind.PUBLISHED),
                    Map.entry("episódio", Kind.PUBLISHED),
                    Map.entry("aflevering", Kind.PUBLISHED),
                    Map.entry("uitzending", Kind.PUBLISHED),
                    // French
                    Map.entry("dur\u00E9e", Kind.LENGTH),
                    Map.entry("publi\u00E9", Kind.PUBLISHED),
                    Map.entry("publi\u00E9e", Kind.PUBLISHED),
                    Map.entry("date de publication", Kind.PUBLISHED),
                    Map.entry("mis en ligne", Kind.PUBLISHED),
                    Map.entry("diffus\u00E9", Kind.PUBLISHED),
                    Map.entry("diffus\u00E9e", Kind.PUBLISHED),
                    Map.entry("date de diffusion", Kind.PUBLISHED),
                    Map.entry("date de sortie", Kind.PUBLISHED),
                    // German
                    Map.entry("dauer", Kind.LENGTH),
                    Map.entry("l\u00E4nge", Kind.LENGTH),
                    Map.entry("laufzeit", Kind.LENGTH),
                    Map.entry("spieldauer", Kind.LENGTH),
                    Map.entry("ver\u00F6ffentlicht", Kind.PUBLISHED),
                    Map.entry("erschienen", Kind.PUBLISHED),
                    // the past tense, as a page says of the episode: "Die Folge erschien am ..."
                    Map.entry("erschien", Kind.PUBLISHED),
                    Map.entry("ver\u00F6ffentlichungsdatum", Kind.PUBLISHED),
                    Map.entry("erscheinungsdatum", Kind.PUBLISHED),
                    Map.entry("sendedatum", Kind.PUBLISHED),
                    Map.entry("ausgestrahlt", Kind.PUBLISHED),
                    Map.entry("erstausstrahlung", Kind.PUBLISHED),
                    Map.entry("gesendet", Kind.PUBLISHED),
                    Map.entry("datum", Kind.PUBLISHED),
                    // Spanish
                    Map.entry("duraci\u00F3n", Kind.LENGTH),
                    Map.entry("publicado", Kind.PUBLISHED),
                    Map.entry("fecha de publicaci\u00F3n", Kind.PUBLISHED),
                    Map.entry("publicada", Kind.PUBLISHED),
                    Map.entry("emitido", Kind.PUBLISHED),
                    Map.entry("emitida", Kind.PUBLISHED),
                    Map.entry("fecha de emisi\u00F3n", Kind.PUBLISHED),
                    Map.entry("fecha", Kind.PUBLISHED),
                    // Italian
                    Map.entry("durata", Kind.LENGTH),
                    Map.entry("pubblicato", Kind.PUBLISHED),
                    Map.entry("data di pubblicazione", Kind.PUBLISHED),
                    Map.entry("pubblicata", Kind.PUBLISHED),
                    Map.entry("data di uscita", Kind.PUBLISHED),
                    Map.entry("trasmesso", Kind.PUBLISHED),
                    Map.entry("trasmessa", Kind.PUBLISHED),
                    Map.entry("data", Kind.PUBLISHED),
                    // Portuguese
                    Map.entry("dura\u00E7\u00E3o", Kind.LENGTH),
                    Map.entry("data de publica\u00E7\u00E3o", Kind.PUBLISHED),
                    Map.entry("data de lan\u00E7amento", Kind.PUBLISHED),
                    Map.entry("lan\u00E7ado", Kind.PUBLISHED),
                    Map.entry("transmitido", Kind.PUBLISHED),
                    Map.entry("transmitida", Kind.PUBLISHED),
                    Map.entry("exibido", Kind.PUBLISHED),
                    Map.entry("exibida", Kind.PUBLISHED),
                    // Dutch
                    Map.entry("duur", Kind.LENGTH),
                    Map.entry("lengte", Kind.LENGTH),
                    Map.entry("speelduur", Kind.LENGTH),
                    Map.entry("gepubliceerd", Kind.PUBLISHED),
                    Map.entry("uitgebracht", Kind.PUBLISHED),
                    Map.entry("uitgezonden", Kind.PUBLISHED),
                    Map.entry("verschenen", Kind.PUBLISHED),
                    Map.entry("publicatiedatum", Kind.PUBLISHED),
                    Map.entry("uitzenddatum", Kind.PUBLISHED));

    /**
     * The labels that are also common words of prose ("date", "data", "posted", "gesendet"): a
     * label only where a value follows it at once, after a colon or a preposition. The first labels
     * above are the ones sites print nowhere else.
     */
    private static final Set<String> ONLY_BEFORE_VALUE =
            Set.of(
                    "date",
                    "posted",
                    "diffus\u00E9",
                    "diffus\u00E9e",
                    "gesendet",
                    "broadcast",
                    "ausgestrahlt",
                    "emitida",
                    "trasmesso",
                    "trasmessa",
                    "transmitido",
                    "transmitida",
                    "exibido",
                    "exibida",
                    "erschien",
                    "datum",
                    "publicada",
                    "emitido",
                    "fecha",
                    "pubblicata",
                    "data",
                    "lan\u00E7ado",
                    "uitgezonden",
                    "verschenen",
                    "émission",
                    "épisode",
                    "sendung",
                    "folge",
                    "ausgabe",
                    "programa",
                    "episodio",
                    "puntata",
                    "episódio",
                    "aflevering",
                    "uitzending");

    /**
     * The words with which radio shows say when an episode went on air ("Broadcast on",
     * "Ausgestrahlt am", "Erstausstrahlung:", "Emitida el", "Trasmesso il", "Transmitido em",
     * "Exibida em", "Uitzenddatum:"): labels of the release date only after the episode's length on
     * their line ("41 min · Trasmesso il 3 marzo 2024"). Alone on a line they often give a first
     * broadcast beside the date the episode was published, which is no second episode; and in a
     * sentence they are prose ("... wurde ausgestrahlt am 4. Juli 1954 in ganz Europa").
     */
    private static final Set<String> ONLY_AFTER_LENGTH =
            Set.of(
                    "broadcast",
                    "ausgestrahlt",
                    "erstausstrahlung",
                    "emitida",
                    "trasmesso",
                    "trasmessa",
                    "transmitido",
                    "transmitida",
                    "exibido",
                    "exibida",
                    "uitzenddatum");

    /** The first words of the labels of more than one word, so that a look further is rare. */
    private static final Set<String> FIRST_WORDS =
            Set.of(
                    "running", "episode", "air", "date", "mis", "fecha", "data", "release",
                    "publish");

    /** The nouns of a day's broadcast above: labels only before a preposition ("vom", "du"). */
    private static final Set<String> BEFORE_PREPOSITION =
            Set.of(
                    "\u00E9mission",
                    "\u00E9pisode",
                    "sendung",
                    "folge",
                    "ausgabe",
                    "programa",
                    "episodio",
                    "puntata",
                    "epis\u00F3dio",
                    "aflevering",
                    "uitzending");

    /** Whether a label's word labels a date only when a preposition follows it. */
    public static boolean onlyBeforePreposition(String word) {
        return BEFORE_PREPOSITION.contains(word.toLowerCase(Locale.ROOT));
    }

    private static final Set<String> PREPOSITIONS =
            Set.of("on", "le", "am", "el", "il", "em", "op", "du", "vom", "del", "van", "do");

    /**
     * The prepositions of the seven languages that say "on" a day ({@code le 3 mars 2024}, {@code
     * am 3. März 2024}, {@code el 3 de marzo de 2024}, {@code il 3 marzo 2024}, {@code em 3 de
     * março de 2024}, {@code op 3 maart 2024}, {@code on March 3, 2024}): a date's label where one
     * opens a line that holds nothing but the date.
     */
    private static final Set<String> DAY_PREPOSITIONS =
            Set.of("on", "le", "am", "el", "il", "em", "op");

    /** Whether a word labels the date of a page's last change, as {@link UpdateLabels} has it. */
    public static boolean isUpdateWord(String word) {
        return UpdateLabels.isUpdateWord(word);
    }

    /**
     * Whether the words {@code first}, {@code second} and {@code third} (any may be null) open the
     * label of a page's last change, as {@link UpdateLabels} has it.
     */
    public static boolean opensUpdateLabel(String first, String second, String third) {
        return UpdateLabels.opens(first, second, third);
    }

    /** Whether a word says "of" after a length's label, as {@link LengthSubjects} has it. */
    public static boolean isOfWord(String word) {
        return LengthSubjects.isOfWord(word);
    }

    /**
     * Whether a word is an article that may follow such an "of", as {@link LengthSubjects} has it.
     */
    public static boolean isArticle(String word) {
        return LengthSubjects.isArticle(word);
    }

    /** Whether a word names what a length is the length of, as {@link LengthSubjects} has it. */
    public static boolean isProgrammeNoun(String word) {
        return LengthSubjects.isProgrammeNoun(word);
    }

    /**
     * Whether a word is an elided "of the" or "the" glued to such a noun ({@code l'épisode}), as
     * {@link LengthSubjects} has it.
     */
    public static boolean isElidedProgramme(String word) {
        return LengthSubjects.isElidedProgramme(word);
    }

    private ValueLabels() {}

    // The lengths of the prepositions, taken from the sets: most words are turned away before a
    // lower-case copy is made. Lower-casing never shortens a word, so a longer one is none; it
    // lengthens only 'İ', whose dot above no preposition holds.
    private static final int SHORTEST_DAY_PREPOSITION = shortest(DAY_PREPOSITIONS);
    private static final int LONGEST_DAY_PREPOSITION = longest(DAY_PREPOSITIONS);
    private static final int SHORTEST_PREPOSITION = shortest(PREPOSITIONS);
    private static final int LONGEST_PREPOSITION = longest(PREPOSITIONS);

    private static int shortest(Set<String> words) {
        return words.stream().mapToInt(String::length).min().orElse(0);
    }

    private static int longest(Set<String> words) {
        return words.stream().mapToInt(String::length).max().orElse(0);
    }

    /** Whether a word says "on" a day, as {@link #DAY_PREPOSITIONS} has it. */
    public static boolean isDayPreposition(String word) {
        int length = word.length();
        return length >= SHORTEST_DAY_PREPOSITION
                && length <= LONGEST_DAY_PREPOSITION
                && DAY_PREPOSITIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** What the label of these words (one to {@link #MAX_WORDS}, in order) announces. */
    public static Kind of(String... words) {
        String phrase = words.length == 1 ? words[0] : String.join(" ", words);
        return LABELS.getOrDefault(phrase.toLowerCase(Locale.ROOT), Kind.NONE);
    }

    /**
     * Whether the label of these words (as {@link #of}) is a label only where a value follows it at
     * once: it is also a word of prose.
     */
    public static boolean onlyBeforeValue(String... words) {
        String phrase = words.length == 1 ? words[0] : String.join(" ", words);
        return ONLY_BEFORE_VALUE.contains(phrase.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the label of these words (as {@link #of}) dates an episode only after its length on
     * the same line, as {@link #ONLY_AFTER_LENGTH} has it.
     */
    public static boolean onlyAfterLength(String... words) {
        String phrase = words.length == 1 ? words[0] : String.join(" ", words);
        return ONLY_AFTER_LENGTH.contains(phrase.toLowerCase(Locale.ROOT));
    }

    /** Every word that can open a label, in lower case. */
    static Set<String> openingWords() {
        Set<String> words = new java.util.HashSet<>(FIRST_WORDS);
        for (String label : LABELS.keySet()) {
            words.add(label.split(" ")[0]);
        }
        return words;
    }

    /** Whether a word may open a label of more than one word. */
    public static boolean opensLongerLabel(String word) {
        return FIRST_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a word joins a release label to its date ({@code Published on}, {@code Publié le}).
     */
    public static boolean isPreposition(String word) {
        int length = word.length();
        return length >= SHORTEST_PREPOSITION
                && length <= LONGEST_PREPOSITION
                && PREPOSITIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
