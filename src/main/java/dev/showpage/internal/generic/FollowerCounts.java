package dev.showpage.internal.generic;

import dev.showpage.internal.episode.EpisodeCounts;
import dev.showpage.internal.grammar.EpisodePageLexer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * A line that states how many follow a show or a channel, as directories and video sites print it
 * under the name they head their page with: "505 abonnés", "12 subscribers", "1,204 followers",
 * "3.4K Abonnenten", "87 suscriptores", "1.2 mil inscritos". A count and its word are the whole
 * line.
 */
final class FollowerCounts {

    /**
     * The words for a show's subscribers or followers, as podcast directories and video sites print
     * them beside the count, in the seven languages the parser reads; lower case.
     */
    private static final Set<String> FOLLOWERS =
            Set.of(
                    // English
                    "subscribers",
                    "subscriber",
                    "followers",
                    "follower",
                    // French
                    "abonnés",
                    "abonné",
                    "abonnées",
                    "abonné·es",
                    // German
                    "abonnenten",
                    "abonnent",
                    // Spanish
                    "suscriptores",
                    "suscriptor",
                    "seguidores",
                    "seguidor",
                    // Italian
                    "iscritti",
                    "iscritto",
                    // Portuguese
                    "inscritos",
                    "inscrito",
                    // Dutch
                    "abonnees",
                    "abonnee",
                    "volgers",
                    "volger");

    /** The words and letters that multiply a rounded count ("3.4K", "1,2 Mio.", "2 mil"). */
    private static final Set<String> MULTIPLIERS =
            Set.of("k", "m", "mio", "mil", "mln", "mille", "tsd", "million", "millions");

    private FollowerCounts() {}

    /** Whether the tokens (a line's, its break left out) are a count of followers alone. */
    static boolean isOne(List<Token> tokens) {
        if (tokens.isEmpty() || !isCount(tokens.get(0))) {
            return false;
        }
        int at = 1;
        // "1,204", "3.4K": the count's groups or decimals.
        while (at + 1 < tokens.size() && isPoint(tokens.get(at)) && isCount(tokens.get(at + 1))) {
            at += 2;
        }
        // "1 204 abonnés": a space between the thousands, which the lexer leaves out.
        if (at == 1 && isDigits(tokens.get(0), 1)) {
            while (at + 1 < tokens.size() && isDigits(tokens.get(at), 3)) {
                at++;
            }
        }
        if (at + 1 < tokens.size() && MULTIPLIERS.contains(lower(tokens.get(at)))) {
            at++; // "3,4 k", "1,2 Mio."
            if (at + 1 < tokens.size() && tokens.get(at).getType() == EpisodePageLexer.STOP) {
                at++;
            }
        }
        return at == tokens.size() - 1
                && tokens.get(at).getType() == EpisodePageLexer.WORD
                && FOLLOWERS.contains(lower(tokens.get(at)));
    }

    /**
     * A number, or a number glued to the letter that multiplies it ("4K", "12M"), or both around a
     * decimal point: the lexer reads "3.4K" as one token (a domain's shape).
     */
    private static boolean isCount(Token token) {
        if (token.getType() == EpisodePageLexer.NUMBER) {
            return true;
        }
        if (token.getType() != EpisodePageLexer.WORD
                && token.getType() != EpisodePageLexer.DOMAIN) {
            return false;
        }
        String text = token.getText();
        if (EpisodeCounts.isGrouped(text)) {
            return true; // "1.204 iscritti": the lexer reads a dotted number as a domain
        }
        char last = Character.toLowerCase(text.charAt(text.length() - 1));
        if (text.length() < 2 || last != 'k' && last != 'm' || !Character.isDigit(text.charAt(0))) {
            return false;
        }
        for (int k = 1; k < text.length() - 1; k++) {
            char c = text.charAt(k);
            if (!Character.isDigit(c) && !(c == '.' && Character.isDigit(text.charAt(k + 1)))) {
                return false;
            }
        }
        return true;
    }

    /** A number of three digits, or of {@code fewest} to three: a group of thousands. */
    private static boolean isDigits(Token token, int fewest) {
        int length = token.getText().length();
        return token.getType() == EpisodePageLexer.NUMBER && length >= fewest && length <= 3;
    }

    private static boolean isPoint(Token token) {
        return token.getType() == EpisodePageLexer.COMMA
                || token.getType() == EpisodePageLexer.STOP;
    }

    private static String lower(Token token) {
        return token.getText().toLowerCase(Locale.ROOT);
    }
}
