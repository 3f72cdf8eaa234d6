package dev.showpage.internal.text;

import static dev.showpage.internal.text.PersonWords.CREDIT_WORDS;
import static dev.showpage.internal.text.PersonWords.HOST_WORDS;
import static dev.showpage.internal.text.PersonWords.words;

import java.util.Set;

/**
 * Whether a text holds a word that a reader's phrases start from, told in one pass over its
 * characters without splitting it: most prose introduces no one and credits no one, and is not read
 * word by word.
 */
public final class TextPrefilters {

    private TextPrefilters() {}

    /** A bit of {@link #cues}: the text may introduce a guest ({@link #mayIntroduce}). */
    public static final int INTRODUCES = 1;

    /** A bit of {@link #cues}: the text may name hosts ({@link #mayNameHosts}). */
    public static final int NAMES_HOSTS = 2;

    /**
     * {@link #INTRODUCES} and {@link #NAMES_HOSTS} as the text holds their words, told in one pass
     * over it: a paragraph that the people reader asks both questions of is read once, not once per
     * question (most paragraphs hold neither, and each look read them to their end).
     */
    public static int cues(String text) {
        int held = 0;
        int start = -1;
        int hash = 0; // of the run so far in lower case, while it is ASCII
        boolean ascii = true;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean letter = i < text.length() && isLetterOrHyphen(c);
            if (letter) {
                if (start < 0) {
                    start = i;
                    hash = 0;
                    ascii = true;
                }
                ascii &= c < 0x80;
                hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            } else if (start >= 0) {
                if ((held & INTRODUCES) == 0
                        && holds(INTRODUCING_WORDS, text, start, i, hash, ascii)) {
                    held |= INTRODUCES;
                }
                if ((held & NAMES_HOSTS) == 0 && holds(HOST_WORDS, text, start, i, hash, ascii)) {
                    held |= NAMES_HOSTS;
                }
                if (held == (INTRODUCES | NAMES_HOSTS)) {
                    return held;
                }
                start = -1;
            }
        }
        return held;
    }

    private static boolean holds(
            Vocabulary words, String text, int start, int end, int hash, boolean ascii) {
        return ascii
                ? words.containsAsciiRun(text, start, end, hash)
                : words.containsRun(text, start, end);
    }

    /**
     * The words without which no phrase introduces a guest: "with" and its kin, the verbs before
     * "to" and "down" ("talk to", "sit down with"), "joined" ("joined by"), "joining", "joins", the
     * verbs after a pair ("Ben and I discuss"), the words for a guest, of welcome, of interviewing,
     * presenting and naming, of hearing someone on a player, and of having a guest ("this week we
     * have"). A text without one introduces no one; "to", "and" and "by" themselves are in nearly
     * every text, and would let every text through.
     */
    private static final Set<String> INTRODUCING =
            words(
                    "with avec mit con com met w ft feat featuring talk talks talking speak speaks"
                        + " chat chats sit sits joined joining joins discuss discusses explore"
                        + " explores guest invité invitée gast invitado invitada ospite convidado"
                        + " convidada welcome bienvenue bienvenu willkommen bienvenido bienvenida"
                        + " benvenuto benvenuta bem-vindo bem-vinda welkom interview interviews"
                        + " interviewing interviewe interviewt entrevista entrevistas entrevistamos"
                        + " entrevisto intervista interviste intervistiamo intervisto interviewen"
                        + " interviewd introduce introducing présente présenter presentamos"
                        + " presentiamo apresentamos questionne rencontrer conoscere conocer"
                        + " conhecer interroge befragt befragen heet heißt heisst appelle llama"
                        + " chiama chama-se called named hear hears hearing participation"
                        + " participación partecipazione participação medewerking mitwirkung"
                        + " gespräch conversation gesprek entretien together along insieme samen"
                        + " gemeinsam zusammen junto juntamente compagnie compagnia companhia"
                        + " listen écouter entendre escuchar oír ascoltare sentire ouvir escutar");

    /** Whether the text holds a word that a guest's introduction starts from, in any case. */
    static boolean mayIntroduce(String text) {
        return hasWord(text, INTRODUCING_WORDS);
    }

    /** Whether the text holds a credit word ({@link PersonWords#CREDIT_WORDS}) in any case. */
    static boolean mayCredit(String text) {
        return hasWord(text, CREDIT_WORDS);
    }

    /**
     * Whether the text holds a word that a host line starts from ({@link PersonWords#HOST_WORDS}).
     */
    static boolean mayNameHosts(String text) {
        return hasWord(text, HOST_WORDS);
    }

    private static final Vocabulary INTRODUCING_WORDS =
            Vocabulary.of(
                    String.join(" ", INTRODUCING)
                            + " "
                            + CompanionPhrases.VERBS
                            + " "
                            + ArrivalPhrases.VERBS
                            + " "
                            + EpisodeOpeners.WORDS
                            + " "
                            + InvertedSpeakers.CUES
                            + " "
                            + JoyfulWelcomes.VERBS
                            + " "
                            + HostReceives.VERBS
                            + " "
                            + InvitedPhrases.VERBS
                            + " "
                            + GuestAppositions.WORDS
                            + " "
                            + GuestListSentences.WORDS
                            + " "
                            + String.join(" ", HavePhrases.HAVE_VERBS.words())
                            + " "
                            + String.join(" ", HavePhrases.WHEN_WORDS.words())
                            + " "
                            + String.join(" ", PastInterviewVerbs.WORDS.words()));

    /**
     * Whether one of the text's runs of letters (and hyphens) is one of the words, in any case: one
     * pass over the text that makes no strings for runs of ASCII, so that a long text costs little.
     */
    private static boolean hasWord(String text, Vocabulary words) {
        int start = -1;
        int hash = 0; // of the run so far in lower case, while it is ASCII
        boolean ascii = true;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean letter = i < text.length() && isLetterOrHyphen(c);
            if (letter) {
                if (start < 0) {
                    start = i;
                    hash = 0;
                    ascii = true;
                }
                ascii &= c < 0x80;
                hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            } else if (start >= 0) {
                if (holds(words, text, start, i, hash, ascii)) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    /** A letter or a hyphen; an ASCII character told without asking {@link Character}. */
    private static boolean isLetterOrHyphen(char c) {
        if (c < 128) {
            char lower = (char) (c | 0x20);
            return (lower >= 'a' && lower <= 'z') || c == '-';
        }
        return Character.isLetter(c);
    }
}
