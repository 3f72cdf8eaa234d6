package dev.showpage.internal.text;

/**
 * The marks that close a quotation in the seven languages' typography: straight double and single
 * quotes, English and German curly quotes (German closes with the English opening “ and ‘), and
 * French and Swiss guillemets, which close either way round (« » and » «).
 */
final class QuotationMarks {

    private QuotationMarks() {}

    /** Every mark that may close a quotation. */
    static final String CLOSING = "\"'\u201C\u201D\u00BB\u00AB\u2018\u2019";

    /** Whether {@code c} may close a quotation. */
    static boolean closes(char c) {
        return CLOSING.indexOf(c) >= 0;
    }
}
