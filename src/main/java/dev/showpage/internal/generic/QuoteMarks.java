package dev.showpage.internal.generic;

/**
 * The quotation marks a name may stand between in the languages the parser reads: straight and
 * curly double quotes, low-9 and guillemets, and single curly quotes. The straight single quote is
 * left out because it is also an apostrophe; a reader that accepts it adds it itself.
 */
final class QuoteMarks {

    /** Marks that open a quotation. */
    static final String OPENING = "\"\u201C\u201E\u00AB\u2018\u201A";

    /** Marks that close one; a copy may close a quotation with another mark than it opened. */
    static final String CLOSING = "\"\u201D\u201C\u00BB\u2019\u2018";

    private QuoteMarks() {}
}
