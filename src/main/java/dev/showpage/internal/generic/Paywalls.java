package dev.showpage.internal.generic;

import dev.showpage.internal.text.Names;
import java.util.Locale;
import java.util.Set;

/**
 * A newsletter's paywall label over a paid episode ("Paid episode", "Épisode payant", "The full
 * episode is only available to paid subscribers of Harbour Notes"): the site's, never the episode's
 * title. The line says that something is paid for and what or who for: a word of payment and a word
 * for the episode or its subscribers, both.
 *
 * <p>The words are a vocabulary, not lines of any one page: the labels newsletter and membership
 * platforms (Substack, Ghost, Patreon, Steady) print over paid posts, in the seven languages whose
 * dates the parser reads.
 */
final class Paywalls {

    /** Words of a paywall label at most: a title may name payment in a sentence of its own. */
    private static final int MAX_WORDS = 20;

    /** The words of payment, lower case. */
    private static final Set<String> PAY_WORDS =
            Set.of(
                    "paid",
                    "paying",
                    "payant",
                    "payants",
                    "payante",
                    "payantes",
                    "bezahlt",
                    "bezahlte",
                    "bezahlten",
                    "zahlende",
                    "zahlenden",
                    "pago",
                    "pagos",
                    "pagantes",
                    "paganti",
                    "pagante",
                    "pagamento",
                    "betaald",
                    "betaalde",
                    "betalende");

    /** The words for what is paid for, or for who pays: the episode, the post, the subscribers. */
    private static final Set<String> PAID_FOR_WORDS =
            Set.of(
                    "episode",
                    "post",
                    "subscribers",
                    "subscriber",
                    "members",
                    "subscription",
                    "épisode",
                    "abonnés",
                    // the inclusive spellings French and German newsletters write
                    "abonné·es",
                    "abonnées",
                    "abonnement",
                    "folge",
                    "abonnenten",
                    // (German, as above)
                    "abonnent:innen",
                    "abonnentinnen",
                    "abo",
                    "mitglieder",
                    "episodio",
                    "suscriptores",
                    "suscripción",
                    "abbonati",
                    "abbonamento",
                    "episódio",
                    "assinantes",
                    "assinatura",
                    "aflevering",
                    "abonnees",
                    "leden");

    /**
     * The words that restrict what follows to some readers or make it available to them ("only",
     * "réservée", "nur", "available", "disponible"), lower case: a paywall's sentence says the
     * episode is only for who pays ("n'est disponible que pour les abonnés payants"), a headline
     * about paying says no such thing.
     */
    private static final Set<String> RESTRICTING_WORDS =
            Set.of(
                    "only",
                    "exclusively",
                    "exclusive",
                    "available",
                    "uniquement",
                    "réservé",
                    "réservée",
                    "réservés",
                    "disponible",
                    "nur",
                    "exklusiv",
                    "verfügbar",
                    "solo",
                    "sólo",
                    "solamente",
                    "exclusivo",
                    "riservato",
                    "riservata",
                    "soltanto",
                    "disponibile",
                    "só",
                    "apenas",
                    "exclusivamente",
                    "disponível",
                    "alleen",
                    "uitsluitend",
                    "beschikbaar");

    /** The little words a paywall's label has between its two ("Episodio de pago"). */
    private static final Set<String> LABEL_LINKS = Set.of("de", "a", "for", "für", "pour", "para");

    /** Words of a paywall's label alone at most ("Episodio a pagamento"). */
    private static final int LABEL_MAX_WORDS = 3;

    /** The words that open a question, lower case: a headline that asks about payment. */
    private static final Set<String> QUESTION_WORDS =
            Set.of(
                    "why",
                    "how",
                    "what",
                    "who",
                    "when",
                    "pourquoi",
                    "comment",
                    "warum",
                    "wie",
                    "was",
                    "por",
                    "cómo",
                    "qué",
                    "perché",
                    "come",
                    "porque",
                    "como",
                    "waarom",
                    "hoe",
                    "wat");

    private Paywalls() {}

    /**
     * Whether {@code text}, a line's text with blanks collapsed, is a paywall's label: only the
     * words of payment and of what is paid for ("Paid episode", "Episodio de pago"), or a statement
     * that restricts the episode to who pays ("only for paying subscribers of ..."), its
     * restricting word before the words of payment and of who pays. A headline about payment ("Why
     * paid subscribers leave", "Members only? Paid perks") is neither.
     */
    static boolean isOne(String text) {
        if (text.indexOf('?') >= 0) {
            return false;
        }
        boolean pay = false;
        boolean paidFor = false;
        boolean restricting = false;
        boolean payAfterRestriction = false;
        boolean paidForAfterRestriction = false;
        boolean labelWordsOnly = true;
        int words = 0;
        // Read word by word: the restricting word counts only before both words it restricts to.
        for (String word : Names.words(text)) {
            if (++words > MAX_WORDS) {
                return false;
            }
            String core = SiteChrome.trimSigns(word.toLowerCase(Locale.ROOT));
            if (words == 1 && QUESTION_WORDS.contains(core)) {
                return false;
            }
            boolean isPay = PAY_WORDS.contains(core);
            boolean isPaidFor = PAID_FOR_WORDS.contains(core);
            labelWordsOnly &= isPay || isPaidFor || LABEL_LINKS.contains(core);
            payAfterRestriction |= isPay && restricting;
            paidForAfterRestriction |= isPaidFor && restricting;
            restricting |= RESTRICTING_WORDS.contains(core);
            pay |= isPay;
            paidFor |= isPaidFor;
        }
        boolean label = labelWordsOnly && words <= LABEL_MAX_WORDS;
        return pay && paidFor && (label || payAfterRestriction && paidForAfterRestriction);
    }
}
