package dev.showpage.internal.generic;

import static dev.showpage.internal.grammar.EpisodePageLexer.QUANTITY;
import static dev.showpage.internal.grammar.EpisodePageLexer.STOP;
import static dev.showpage.internal.grammar.EpisodePageLexer.WORD;

import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.text.TimeUnits;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * A remark after a labelled length on the line that opens with its label ("Duur: 40 minuten. Het
 * gesprek ...", "Dauer: 45 Min. Die Reporterin ..."): where the length's value ends at a full stop
 * and a sentence follows, and whether the value still reads as the programme's length with that
 * remark after it, not as an event's span in days, a metre or a film's running time.
 */
final class LengthRemarks {

    /** A day's seconds: a span in days or weeks is an event's, not a programme's. */
    private static final long DAY_SECONDS = 86_400;

    /**
     * The labels of a length that measure things as well as time, in the seven languages read
     * (German, Dutch, English, French, Spanish, Italian, Portuguese): after them a lone "m" is a
     * metre as often as a minute.
     */
    private static final Set<String> MEASURE_LABELS =
            Set.of("länge", "lengte", "length", "longueur", "longitud", "lunghezza", "comprimento");

    private LengthRemarks() {}

    /**
     * Whether a full stop at token {@code k} closes the value and a sentence opens after it with a
     * capital word that labels no further field ("40 minuten. Het gesprek ...", not "40 minuten.
     * Genre: ...").
     */
    static boolean endsBeforeSentence(SourceText source, int k, int last) {
        return source.token(k).getType() == STOP
                && LabelledNotesValues.endsField(source, k + 1, last);
    }

    /**
     * Whether the amounts from {@code k} to {@code end}, with a remark after them, still read as a
     * programme's length: not in days ("Dauer: 3 Tage. Das Festival ..." is an event's span), not
     * in a lone {@code m} after a label that measures things as well ("Länge: 2 m. Das Blech ...",
     * a metre), and not where the remark goes on about a film ("Dauer: 95 Minuten. Der Film ..."),
     * whose running time a card of it gives.
     */
    static boolean leaveLength(SourceText source, int label, int k, int end) {
        boolean measures =
                MEASURE_LABELS.contains(source.token(label).getText().toLowerCase(Locale.ROOT));
        for (int at = k; at < end; at++) {
            if (source.token(at).getType() != QUANTITY) {
                continue;
            }
            String unit = lastUnit(source.token(at).getText());
            if (TimeUnits.seconds(unit) >= DAY_SECONDS
                    || (measures && unit.equalsIgnoreCase("m"))) {
                return false;
            }
        }
        // the remark's first words, after the full stop: "Der Film", "Le film", "The movie"
        for (int at = end + 1; at <= end + 2; at++) {
            Token word = source.token(at);
            if (word.getType() == WORD
                    && WorkKinds.isFilm(word.getText().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** The unit word an amount ends in ("Tage" of "3 Tage", "Min" of "45 Min."). */
    private static String lastUnit(String amount) {
        int stop = amount.length();
        while (stop > 0 && !Character.isLetter(amount.charAt(stop - 1))) {
            stop--;
        }
        int start = stop;
        while (start > 0 && Character.isLetter(amount.charAt(start - 1))) {
            start--;
        }
        return amount.substring(start, stop);
    }
}
