package dev.showpage.internal.antlr;

import static dev.showpage.internal.grammar.EpisodePageLexer.AMP;
import static dev.showpage.internal.grammar.EpisodePageLexer.BULLET;
import static dev.showpage.internal.grammar.EpisodePageLexer.COLON;
import static dev.showpage.internal.grammar.EpisodePageLexer.COMMA;
import static dev.showpage.internal.grammar.EpisodePageLexer.DASH;
import static dev.showpage.internal.grammar.EpisodePageLexer.NL;
import static dev.showpage.internal.grammar.EpisodePageLexer.NUMBER;
import static dev.showpage.internal.grammar.EpisodePageLexer.OTHER;
import static dev.showpage.internal.grammar.EpisodePageLexer.PIPE;
import static dev.showpage.internal.grammar.EpisodePageLexer.QUESTION;
import static dev.showpage.internal.grammar.EpisodePageLexer.RULE;
import static dev.showpage.internal.grammar.EpisodePageLexer.STOP;
import static dev.showpage.internal.grammar.EpisodePageLexer.TIMESTAMP;
import static dev.showpage.internal.grammar.EpisodePageLexer.WORD;

import dev.showpage.internal.grammar.EpisodePageLexer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.misc.Pair;

/**
 * The tokens of {@link EpisodePageLexer}, read by hand where the page is plain: blanks, line ends,
 * words, numbers, punctuation. Walking the generated lexer's DFA for every character, and running
 * the skip action for every blank, was about a seventh of a parse of a show page; this reads a word
 * or a run of blanks in a loop over the page's characters.
 *
 * <p>A token only another rule could take (a link, a domain, an e-mail address, a date, a time, a
 * handle, a tag, a time in brackets: whatever opens with a character only those rules name, or a
 * word that stops where a host, a scheme or an address may go on) is handed to the generated lexer,
 * started where the scanner stands: the tokens are the lexer's own, token for token, made by the
 * same factory and from the same source. A test holds the two to the same stream on every page and
 * on mutated ones.
 */
final class PageScanner implements TokenSource {

    /** The ASCII characters that are a token of their own, by type; 0 for the rest. */
    private static final int[] ASCII_SINGLE = new int[128];

    static {
        ASCII_SINGLE['|'] = PIPE;
        ASCII_SINGLE[':'] = COLON;
        ASCII_SINGLE['&'] = AMP;
        ASCII_SINGLE['?'] = QUESTION;
        ASCII_SINGLE['!'] = STOP;
        ASCII_SINGLE[','] = COMMA;
        for (char c : ")]{}\"<>*;'".toCharArray()) {
            ASCII_SINGLE[c] = OTHER;
        }
    }

    private final PageChars page;
    private final int size;

    /** The generated lexer, for the tokens the scanner leaves to it. */
    private final EpisodePageLexer lexer;

    private final LexerATNSimulator simulator;

    /** The source every token names: the lexer's, as when the lexer made them all. */
    private final Pair<TokenSource, CharStream> source;

    private TokenFactory<?> factory = PageToken.FACTORY;

    /** Where the next token starts, and its line and place in the line. */
    private int at;

    private int line = 1;
    private int column;

    /** The type of the token a read found, when it found one. */
    private int type;

    PageScanner(PageChars page) {
        this.page = page;
        this.size = page.size();
        lexer = new EpisodePageLexer(page);
        lexer.removeErrorListeners(); // OTHER matches any character: the lexer cannot fail
        WideCharLexerSimulator.install(lexer);
        lexer.setTokenFactory(PageToken.FACTORY);
        simulator = lexer.getInterpreter();
        source = new Pair<>(lexer, page);
    }

    @Override
    public Token nextToken() {
        while (at < size) {
            int c = page.charAt(at);
            if (LexerCharClasses.isBlank(c) && !LexerCharClasses.isWordStart(c)) {
                skipBlanks();
                continue;
            }
            int end = c < 128 ? readAscii(c) : readWide(c);
            return end < 0 ? fromLexer() : emit(end);
        }
        return factory.create(
                source, Token.EOF, null, Token.DEFAULT_CHANNEL, at, at - 1, line, column);
    }

    /**
     * Skips the run of blanks at {@link #at}, fillers included: the WS rule, which only OTHER ties.
     */
    private void skipBlanks() {
        int i = at + 1;
        while (i < size && LexerCharClasses.isBlank(page.charAt(i))) {
            i++;
        }
        column += i - at;
        at = i;
    }

    /** The end of the token at {@link #at}, which opens with {@code c}, or -1 to ask the lexer. */
    private int readAscii(int c) {
        if (c == '\n') {
            type = NL;
            return at + 1;
        }
        if (c == '\r') {
            type = NL;
            return charAt(at + 1) == '\n' ? at + 2 : at + 1;
        }
        int single = ASCII_SINGLE[c];
        if (single != 0) {
            type = single;
            return at + 1;
        }
        if (c >= '0' && c <= '9') {
            return readNumber();
        }
        switch (c) {
            case '.':
                return readStop();
            case '-':
                return readDashes();
            case '(':
            case '[':
                return readBracket();
            case '@': // a handle, a dotted handle or a tag
                return -1;
            case 'P': // an ISO duration ("PT45M", "P1DT2H"), or a word
                return isDigitOr(charAt(at + 1), 'T') ? -1 : readWord();
            default:
                return LexerCharClasses.isWordStart(c) ? readWord() : -1;
        }
    }

    /** As {@link #readAscii}, for a character past ASCII. */
    private int readWide(int c) {
        if (c == 0x2022) {
            type = BULLET;
            return at + 1;
        }
        if (c == 0x2013 || c == 0x2014) {
            type = DASH;
            return at + 1;
        }
        if (LexerCharClasses.isBlank(c)) {
            return -1; // the filler: blanks or a word, the longer wins
        }
        if (LexerCharClasses.isWordStart(c)) {
            return readWord();
        }
        if (LexerCharClasses.isCjk(c)) {
            // a fullwidth dash, hash or at sign opens a dash, a tag or a handle
            return c == 0xFF0D || c == 0xFF03 || c == 0xFF20 ? -1 : readCjk();
        }
        type = OTHER; // bidi marks, curly quotes: no rule but OTHER opens with them
        return at + 1;
    }

    /**
     * A word, or a keyword when one matches as far or further; -1 where a link, a domain, an
     * address or a handle could match: where the word holds an at sign, or stops at a hyphen (a
     * host label or a scheme runs on over it), at "://", or at a dot that more of a host, an
     * address or a scheme follows. A word at the end of a sentence ("today." or "Guest:") stays
     * here.
     */
    private int readWord() {
        int end = wordEnd(at + 1);
        if (end < 0) {
            return -1;
        }
        int next = charAt(end);
        if (next == '-'
                || next == '.' && mayRunOnPastDot(charAt(end + 1))
                || next == ':' && charAt(end + 1) == '/' && charAt(end + 2) == '/') {
            return -1;
        }
        int keyword = ScannerKeywords.longest(page, at, end);
        if (keyword < 0) {
            type = WORD;
            return end;
        }
        type = ScannerKeywords.type(keyword);
        return at + ScannerKeywords.length(keyword);
    }

    /**
     * Whether a host label, an address's name or a scheme may go on past a dot before {@code c}:
     * they hold only a word's characters, dots, colons and hyphens.
     */
    private static boolean mayRunOnPastDot(int c) {
        return LexerCharClasses.isWordChar(c) || c == '.' || c == ':' || c == '-';
    }

    /** Where the word whose later characters start at {@code i} ends; -1 at an at sign. */
    private int wordEnd(int i) {
        while (i < size) {
            int c = page.charAt(i);
            if (LexerCharClasses.isWordChar(c)) {
                if (c == '@') {
                    return -1;
                }
                i++;
            } else if (c == '-' && LexerCharClasses.isWordChar(charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * A number, or a word that opens with digits; -1 where the digits may open a date, a time, a
     * relative date, a listener count, a domain or an address.
     */
    private int readNumber() {
        int i = at + 1;
        while (i < size && isDigit(page.charAt(i))) {
            i++;
        }
        int next = charAt(i);
        if (LexerCharClasses.isWordChar(next)) {
            return readWord();
        }
        switch (next) {
            case '.':
                if (mayRunOnPastDot(charAt(i + 1))) {
                    return -1; // a date, a domain or an address
                }
                break;
            case '-':
            case '/':
                return -1;
            case ':':
                return readTimestamp(i);
            case ',':
                if (isDigit(charAt(i + 1))) {
                    return -1;
                }
                break;
            case ' ':
                if (opensCountWord(charAt(i + 1))) {
                    return -1;
                }
                break;
            default:
                break;
        }
        type = NUMBER;
        return i;
    }

    /**
     * "48:05" or "1:00:00" from digits that end at {@code colon}, or the number before the colon:
     * nothing else runs over a colon after digits.
     */
    private int readTimestamp(int colon) {
        if (isDigit(charAt(colon + 1)) && isDigit(charAt(colon + 2))) {
            int end = colon + 3;
            if (charAt(end) == ':' && isDigit(charAt(end + 1)) && isDigit(charAt(end + 2))) {
                end += 3;
            }
            type = TIMESTAMP;
            return end;
        }
        type = NUMBER;
        return colon;
    }

    /** The first letters of "minute", "hour", "day", "week", "month", "year" and "Listener". */
    private static boolean opensCountWord(int c) {
        return c == 'm' || c == 'h' || c == 'd' || c == 'w' || c == 'y' || c == 'L';
    }

    /** A full stop; -1 where it may open an e-mail address (".name@host.org"). */
    private int readStop() {
        int next = charAt(at + 1);
        if (next >= 0
                && next < 128
                && (Character.isLetterOrDigit(next) || "._%+@".indexOf(next) >= 0)) {
            return -1;
        }
        type = STOP;
        return at + 1;
    }

    /** A rule of three or more hyphens, or a dash. */
    private int readDashes() {
        int i = at + 1;
        while (i < size && page.charAt(i) == '-') {
            i++;
        }
        if (i - at >= 3) {
            type = RULE;
            return i;
        }
        type = DASH;
        return at + 1;
    }

    /** A bracket; -1 where it may open a time in brackets ("[00:00]", "( 05:28 )"). */
    private int readBracket() {
        int next = charAt(at + 1);
        if (next == ' ' || isDigit(next)) {
            return -1;
        }
        type = OTHER;
        return at + 1;
    }

    /** A run of CJK text: a word of its own. */
    private int readCjk() {
        int i = at + 1;
        while (i < size && LexerCharClasses.isCjk(page.charAt(i))) {
            i++;
        }
        type = WORD;
        return i;
    }

    /** Makes the token of {@link #type} from {@link #at} to {@code end} (exclusive). */
    private Token emit(int end) {
        Token token =
                factory.create(
                        source, type, null, Token.DEFAULT_CHANNEL, at, end - 1, line, column);
        if (type == NL && page.charAt(end - 1) == '\n') {
            line++;
            column = 0;
        } else {
            column += end - at;
        }
        at = end;
        return token;
    }

    /** The generated lexer's token from {@link #at}, blanks before it skipped as it does. */
    private Token fromLexer() {
        page.seek(at);
        simulator.setLine(line);
        simulator.setCharPositionInLine(column);
        Token token = lexer.nextToken();
        at = page.index();
        line = simulator.getLine();
        column = simulator.getCharPositionInLine();
        return token;
    }

    /** The character at {@code i}, or -1 (EOF) past the end. */
    private int charAt(int i) {
        return i < size ? page.charAt(i) : -1;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDigitOr(int c, int other) {
        return isDigit(c) || c == other;
    }

    @Override
    public int getLine() {
        return line;
    }

    @Override
    public int getCharPositionInLine() {
        return column;
    }

    @Override
    public CharStream getInputStream() {
        return page;
    }

    @Override
    public String getSourceName() {
        return page.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        this.factory = factory;
        lexer.setTokenFactory(factory);
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return factory;
    }
}
