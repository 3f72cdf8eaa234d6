package dev.showpage.internal.text;

/**
 * The words of the buttons that podcast players and directory sites print on an episode's meta line
 * ("Play Episode Listen Later Oct 30, 2024 51:07", "Anhören Herunterladen 3. März 2024", "Écouter
 * plus tard 16 déc. 2025"): the verbs and nouns of playing, downloading, sharing and saving an
 * episode in the languages whose dates are read ({@link DateWords}). A vocabulary of site UI words,
 * not of any one site: a run of them before a date at a line's start is the date's label, not text.
 * Function words ("to", "à", "de") are left out, so that a run is only made of buttons.
 */
public final class PlayerWords {

    /** The buttons' verbs and adverbs, which may open a run. */
    private static final Vocabulary BUTTONS =
            Vocabulary.of(
                    // English
                    "play pause resume listen later download share save queue bookmark stream"
                            + " watch embed subscribe"
                            // French
                            + " lire \u00E9couter t\u00E9l\u00E9charger partager enregistrer plus"
                            + " tard"
                            // German
                            + " abspielen anh\u00F6ren h\u00F6ren herunterladen teilen merken"
                            + " sp\u00E4ter"
                            // Spanish
                            + " reproducir escuchar descargar compartir guardar m\u00E1s tarde"
                            // Italian
                            + " riproduci ascolta scarica condividi salva pi\u00F9 tardi"
                            // Portuguese
                            + " reproduzir ouvir baixar transferir compartilhar partilhar salvar"
                            // Dutch
                            + " afspelen luisteren beluisteren downloaden delen opslaan");

    /**
     * The nouns for an episode, a button's object ("Play Episode"): inside a run only, since "Folge
     * 3. März 2024" or "Episode 12 March 2024" may number the episode.
     */
    private static final Vocabulary OBJECTS =
            Vocabulary.of("episode \u00E9pisode folge episodio epis\u00F3dio aflevering now audio");

    private PlayerWords() {}

    /**
     * Whether a word, in any case, is a player's or a listing's button word; the first of a run
     * must be a verb of one.
     */
    public static boolean isPlayerWord(String word, boolean first) {
        return BUTTONS.containsCore(word) || (!first && OBJECTS.containsCore(word));
    }
}
