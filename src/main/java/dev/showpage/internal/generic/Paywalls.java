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

    private Paywalls() {}

    /** Whether {@code text}, a line's text with blanks collapsed, is a paywall's label. */
    static boolean isOne(String text) {
        boolean pay = false;
        boolean paidFor = false;
        int words = 0;
        for (String word : Names.words(text)) {
            if (++words > MAX_WORDS) {
                return false;
            }
            String core = SiteChrome.trimSigns(word.toLowerCase(Locale.ROOT));
            pay |= PAY_WORDS.contains(core);
            paidFor |= PAID_FOR_WORDS.contains(core);
        }
        return pay && paidFor;
    }
}
