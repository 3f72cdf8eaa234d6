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

    /**
     * The signs players print on their buttons, alone or beside the button's word ("▶", "▶ Play",
     * "⬇ Download", "🎧 Listen").
     */
    private static final String PLAY_SIGNS =
            "\u25B6\u25BA\u25B7\u23F5\u23EF\u2B07\u2193\u21E9\u00BB\u203A";

    /** The headphones sign, outside the basic plane. */
    private static final int HEADPHONES = 0x1F3A7;

    /**
     * The frames around a button's word ("[ download ]") and the emoji selector after a sign: part
     * of a control line, but no control alone.
     */
    private static final String FRAME_SIGNS = "[](){}<>|\uFE0F";

    /** The file's kind a download button may name ("Download MP3"), lower case. */
    private static final Vocabulary FILE_KINDS = Vocabulary.of("mp3 m4a audio file");

    /** Words of a control line at most. */
    private static final int CONTROL_MAX_WORDS = 4;

    private PlayerWords() {}

    /**
     * Whether a line is a player's control printed on a line of its own, as a site's copy leaves it
     * between the entries of a listing: "[ download ]", "Download", "Play", "▶", "▶ Play episode",
     * "Écouter", "Herunterladen", "Download MP3". The first word is a button's verb, the others
     * button words, an episode's noun or a file's kind; signs alone are a control only if one is a
     * player's ("▶"), not brackets alone.
     */
    public static boolean isControlLine(String text) {
        int playSigns = 0;
        StringBuilder letters = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean play = c == HEADPHONES || c < 0x10000 && PLAY_SIGNS.indexOf(c) >= 0;
            if (play || c < 0x10000 && FRAME_SIGNS.indexOf(c) >= 0) {
                playSigns += play ? 1 : 0;
                letters.append(' ');
            } else {
                letters.appendCodePoint(c);
            }
        }
        String rest = letters.toString().strip();
        if (rest.isEmpty()) {
            return playSigns > 0;
        }
        String[] words = rest.split("\\s+");
        if (words.length > CONTROL_MAX_WORDS || !BUTTONS.containsCore(words[0])) {
            return false;
        }
        for (int k = 1; k < words.length; k++) {
            if (!isPlayerWord(words[k], false) && !FILE_KINDS.containsCore(words[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a word, in any case, is a player's or a listing's button word; the first of a run
     * must be a verb of one.
     */
    public static boolean isPlayerWord(String word, boolean first) {
        return BUTTONS.containsCore(word) || (!first && OBJECTS.containsCore(word));
    }
}
