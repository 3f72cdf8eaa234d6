package dev.showpage.internal.antlr;

import static dev.showpage.internal.grammar.EpisodePageLexer.BULLET;
import static dev.showpage.internal.grammar.EpisodePageLexer.NUMBER;
import static dev.showpage.internal.grammar.EpisodePageLexer.NUMERIC_DATE;
import static dev.showpage.internal.grammar.EpisodePageLexer.OTHER;
import static dev.showpage.internal.grammar.EpisodePageLexer.PIPE;
import static dev.showpage.internal.grammar.EpisodePageLexer.QUANTITY;
import static dev.showpage.internal.grammar.EpisodePageLexer.TIMESTAMP;
import static dev.showpage.internal.grammar.EpisodePageLexer.WORD;

/**
 * Whether a bar, dash, middle dot or comma at the value reader's place separates two fields (a date
 * and a length, a length and a date), and so is typed as a field's sign rather than a word's.
 */
final class FieldSigns {

    private final Lookahead ahead;
    private final LengthShapes lengths;
    private final FieldShapes fields;
    private final HandedOn handedOn;

    FieldSigns(Lookahead ahead, LengthShapes lengths, FieldShapes fields, HandedOn handedOn) {
        this.ahead = ahead;
        this.lengths = lengths;
        this.fields = fields;
        this.handedOn = handedOn;
    }

    /**
     * A bar, dash or middle dot between a date and a length ({@code March 21st, 2023 | 41 mins}), a
     * length and a date, or an episode's number and a date: the same separator as a bullet, so
     * typed as one. The type the sign takes, or 0 when it is no field's.
     */
    int separator() {
        // Also after an episode's number, before its date: "Episode 406 · November 14th, 2023".
        boolean betweenValues =
                (FieldShapes.isDate(handedOn.lastType)
                                && (fields.startsLength(1) || fields.startsLabelledLength(1)))
                        || ((handedOn.lastType == QUANTITY || handedOn.lastType == NUMBER)
                                && fields.startsDate(1))
                        || (handedOn.lastType == QUANTITY && fields.startsLabelledDate(1));
        if (betweenValues) {
            return fieldSign();
        }
        // "Dienstag, 3. März 2024 · 33:20": a dot before a clock time that is the length; a bar,
        // as the field separator it is, so that a date line is not taken for a card's.
        boolean beforeClock =
                FieldShapes.isDate(handedOn.lastType)
                        && (ahead.type(0) == WORD || ahead.type(0) == OTHER)
                        && ahead.type(1) == TIMESTAMP
                        && FieldShapes.isLength(ahead.text(1));
        return beforeClock ? PIPE : 0;
    }

    /**
     * {@code Mar 3, 2024, 45 min}: a comma between a date and the length after it separates two
     * fields, as a bar does; any other comma is a word's. The type the comma takes, or 0.
     */
    int commaBeforeLength() {
        // A comma is prose's sign as much as a field's: after it, a length without its label must
        // end the field ("Apr 2, 2025, 45 mins"), not open a clause ("March 3, 2024, 45 minutes
        // into the storm, ...").
        int bare = lengths.quantity(1);
        boolean dateThenLength =
                FieldShapes.isDate(handedOn.lastType)
                        && ((fields.startsLength(1) && (bare == 0 || fields.endsField(1 + bare)))
                                || fields.startsLabelledLength(1)
                                || fields.startsClockLength(1));
        boolean lengthThenDate =
                handedOn.lastType == QUANTITY
                        && (fields.startsDate(1) || fields.startsLabelledDate(1));
        return dateThenLength || lengthThenDate ? fieldSign() : 0;
    }

    /**
     * The type of a sign that separates two fields: a bullet, as a page's own "•" is; but a bar
     * after a numeric date ("03.03.2024 · 45 min", "18/02/2024 | 62 min"), since a numeric date and
     * a bullet open a Goodpods card's date line, and another site's sign is no such line.
     */
    private int fieldSign() {
        return handedOn.lastType == NUMERIC_DATE ? PIPE : BULLET;
    }
}
