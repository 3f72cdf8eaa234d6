package dev.showpage.internal.text;

/**
 * The marks that open and close a quotation in the seven languages' typography: straight double and
 * single quotes, English and German curly quotes (German closes with the English opening “ and ‘),
 * and French and Swiss guillemets, which close either way round (« » and » «).
 */
public final class QuotationMarks {

    private QuotationMarks() {}

    /**
     * The double marks that may close a quotation: a saying is quoted in these, while a single one
     * at a word's end is as often an apostrophe.
     */
    static final String DOUBLE_CLOSING = "\"\u201C\u201D\u00BB\u00AB";

    /** Every mark that may close a quotation. */
    static final String CLOSING = DOUBLE_CLOSING + "'\u2018\u2019";

    /** Whether {@code c} is a double mark that may close a quotation. */
    public static boolean closesDouble(char c) {
        return DOUBLE_CLOSING.indexOf(c) >= 0;
    }

    /**
     * The marks that may open a quotation: straight and curly double and single quotes, the German
     * low opening mark, and double and single guillemets either way round (« », ‹ ›).
     */
    private static final String OPENING = "\"\u201C\u201E\u00AB\u00BB\u2039\u203A\u2018'";

    /** Whether the text opens with a mark that may open a quotation. */
    public static boolean opens(String text) {
        return !text.isEmpty() && OPENING.indexOf(text.charAt(0)) >= 0;
    }

    /** Whether {@code c} may close a quotation. */
    static boolean closes(char c) {
        return CLOSING.indexOf(c) >= 0;
    }
}
