package dev.showpage.internal.generic;

import dev.showpage.internal.antlr.Trees;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.grammar.EpisodePageParser.BlankLineContext;
import dev.showpage.internal.grammar.EpisodePageParser.LengthLineContext;
import dev.showpage.internal.grammar.EpisodePageParser.NoteLineContext;
import dev.showpage.internal.grammar.EpisodePageParser.ReleaseLineContext;
import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.text.CreditLines;
import dev.showpage.internal.text.Names;
import java.util.Collections;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * The lines of a generic page, as the grammar told them apart, and what is known of each: its text
 * and word count (read on first use and kept, since where the episodes stand is decided by asking
 * about the same lines many times), the shapes that make it a title, the site's chrome or prose,
 * and whether it already has a place on the page (a title, a date, the show's name, the
 * navigation), so that it is not read again as an episode's notes.
 */
final class LineTable {

    /** Words from which a line is prose. */
    private static final int PROSE_MIN_WORDS = 12;

    /** Tokens of a line from which it is too long to be a title or a show's name. */
    private static final int SHORT_LINE_TOKENS = 40;

    private final List<ParserRuleContext> lines;
    private final SourceText source;
    private final String[] texts;

    /** Each line's word count plus one; 0 until it is read. */
    private final int[] wordCounts;

    /**
     * Each line's tokens, its break included, and without it: read on first use and kept, since the
     * readers of a line's shapes walk the same lines' tokens many times.
     */
    private final List<Token>[] terminals;

    private final List<Token>[] lineTokens;

    private final boolean[] used;

    /** The lines of a pipe table: any table's header and separator, an episode table's rows. */
    private final boolean[] table;

    /** What is known of each line's being title-like and chrome: UNKNOWN until asked. */
    private final byte[] titleLike;

    private final byte[] chrome;

    private static final byte UNKNOWN = 0;

    /** The line of a directory header's follower count, -1 for none, -2 until asked. */
    private int headerFollowerCount = -2;

    private static final byte NO = 1;
    private static final byte YES = 2;

    /**
     * Words of a line at most for it to be a site's control, a placeholder, an episode's label or a
     * section's heading: the shapes read from a line's words are asked only of lines that short.
     */
    private static final int SHAPE_MAX_WORDS = 6;

    LineTable(List<ParserRuleContext> lines, SourceText source) {
        this.lines = lines;
        this.source = source;
        this.texts = new String[lines.size()];
        this.wordCounts = new int[lines.size()];
        this.terminals = tokenLists(lines.size());
        this.lineTokens = tokenLists(lines.size());
        this.used = new boolean[lines.size()];
        this.table = new boolean[lines.size()];
        this.titleLike = new byte[lines.size()];
        this.chrome = new byte[lines.size()];
    }

    int size() {
        return lines.size();
    }

    /** The page's text, for reading a part of a line. */
    SourceText source() {
        return source;
    }

    ParserRuleContext line(int i) {
        return lines.get(i);
    }

    boolean isBlank(int i) {
        return lines.get(i) instanceof BlankLineContext;
    }

    boolean isNote(int i) {
        return lines.get(i) instanceof NoteLineContext;
    }

    boolean isRelease(int i) {
        return lines.get(i) instanceof ReleaseLineContext;
    }

    /** Gives line {@code i} its place on the page: it is not read again as an episode's notes. */
    void markUsed(int i) {
        used[i] = true;
    }

    boolean isUsed(int i) {
        return used[i];
    }

    /** Marks line {@code i} as a table's: its columns' names or a row, never a title or a name. */
    void markTable(int i) {
        table[i] = true;
    }

    /** Whether line {@code i} is a table's header or separator, or an episode table's row. */
    boolean isTable(int i) {
        return table[i];
    }

    /**
     * The line's text, blanks collapsed. It is read once: the first read also reports entities
     * encoded twice in it, quoting what was read, so which lines are read here shows in the
     * diagnostics.
     */
    String text(int i) {
        String text = texts[i];
        if (text == null) {
            text = source.lineText(lines.get(i));
            texts[i] = text;
        }
        return text;
    }

    /** Tokens of a line, its break included: a bound on its words that costs nothing to read. */
    int tokens(int i) {
        ParserRuleContext line = lines.get(i);
        return line.getStop().getTokenIndex() - line.getStart().getTokenIndex() + 1;
    }

    @SuppressWarnings("unchecked")
    private static List<Token>[] tokenLists(int size) {
        return (List<Token>[]) new List<?>[size];
    }

    /** The line's tokens, its break included; not to be changed. */
    List<Token> terminals(int i) {
        List<Token> tokens = terminals[i];
        if (tokens == null) {
            tokens = Collections.unmodifiableList(Trees.terminals(lines.get(i)));
            terminals[i] = tokens;
        }
        return tokens;
    }

    /** The line's tokens, its break left out; not to be changed. */
    List<Token> lineTokens(int i) {
        List<Token> kept = lineTokens[i];
        if (kept == null) {
            List<Token> tokens = terminals(i);
            boolean broken =
                    !tokens.isEmpty()
                            && tokens.get(tokens.size() - 1).getType() == EpisodePageLexer.NL;
            kept = broken ? tokens.subList(0, tokens.size() - 1) : tokens;
            lineTokens[i] = kept;
        }
        return kept;
    }

    /** Whether the line has too few tokens to be prose: a title or a show's name, maybe. */
    boolean isShort(int i) {
        return tokens(i) <= SHORT_LINE_TOKENS;
    }

    int words(int i) {
        if (wordCounts[i] == 0) {
            wordCounts[i] = Names.wordCount(text(i)) + 1;
        }
        return wordCounts[i] - 1;
    }

    /** The line of a directory header's follower count, or -1 ({@link FollowerCountLines}). */
    int headerFollowerCount() {
        if (headerFollowerCount == -2) {
            headerFollowerCount = FollowerCountLines.headerCount(this);
        }
        return headerFollowerCount;
    }

    /**
     * Whether the line may be a title: a line of text, not used, not too long, with no link or time
     * on it, and not a label, a placeholder, a section's heading or an image's caption. Asked of
     * the same lines many times, so the answer is kept.
     */
    boolean isTitleLike(int i) {
        if (titleLike[i] == UNKNOWN) {
            titleLike[i] = TitleLikeLines.read(this, i) ? YES : NO;
        }
        return titleLike[i] == YES && !used[i] && !table[i];
    }

    /**
     * Whether a short line is a credit ("Musik: Ana Lobo", "Produced by Oskar Lind", "Photo: X /
     * Reuters"), a person's field ("Guest: Sanne Visser"), a byline ("By Mara Quill", "Author: Mara
     * Quill"), a transcript's speaker label ("Speaker 1") or a lone lower-case word that a template
     * or a script left in the text ("fbpx"): never a title, and passed over on the way to one.
     */
    boolean isLabelOrStray(int i) {
        if (!isShort(i)) {
            return false;
        }
        String text = text(i);
        return words(i) == 1 && isLowerCaseWord(text)
                || words(i) == 2 && TitleText.isSpeakerLabel(text)
                || CreditLines.isCreditLine(text)
                || CreditLines.isPhotoCredit(text)
                || Bylines.name(text) != null
                || Bylines.isDatedByline(lineTokens(i), text)
                || PersonFields.isPersonLine(text);
    }

    private static boolean isLowerCaseWord(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (!Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the line is the site's chrome: a control, a menu entry, a tab (see SiteChrome), a
     * post's categories or tags with their label (see TaxonomyLabels).
     */
    boolean isChrome(int i) {
        if (chrome[i] == UNKNOWN) {
            chrome[i] =
                    isShort(i)
                                    && (words(i) <= SHAPE_MAX_WORDS && SiteChrome.isChrome(text(i))
                                            || isFiling(i))
                            ? YES
                            : NO;
        }
        return chrome[i] == YES;
    }

    /**
     * Whether the line is a post's categories or tags, or their label (see TaxonomyLabels): the
     * site's filing of the post, never a title, on a dated card as in a page's header.
     */
    boolean isFiling(int i) {
        return isShort(i) && (TaxonomyLabels.isOne(text(i)) || isUnderTaxonomyLabel(i));
    }

    /**
     * Whether the line right above line {@code i}, with no blank between, is a taxonomy label alone
     * ("Categories" over "General Meetups"): the line lists the post's categories.
     */
    private boolean isUnderTaxonomyLabel(int i) {
        return i > 0
                && !isBlank(i - 1)
                && isShort(i - 1)
                && TaxonomyLabels.isLabelAlone(text(i - 1));
    }

    /**
     * Whether the line is a field of an episode's card that may stand between its date and its
     * title: a length ("58:10", "Duration: 12 min") or a file size ("70 MB", "12,5 Mo").
     */
    boolean isCardField(int i) {
        if (lines.get(i) instanceof LengthLineContext) {
            return true;
        }
        if (!isNote(i) || tokens(i) > CARD_LINE_TOKENS) {
            return false;
        }
        Token first = lines.get(i).getStart();
        boolean onlyTime =
                tokens(i) == 2
                        && (first.getType() == EpisodePageLexer.TIMESTAMP
                                || first.getType() == EpisodePageLexer.BRACKETED_TIME);
        return onlyTime || TitleText.isFileSize(text(i));
    }

    /** Whether the line is a teaser the site cut short ("... more"): an episode's notes. */
    boolean isCutTeaser(int i) {
        return isNote(i) && CutTeasers.isOne(text(i));
    }

    /** Whether the line is a card's label of one word of the site's ("Cover", "Play"). */
    boolean isCardLabel(int i) {
        return isNote(i) && words(i) == 1 && isChrome(i) && !endsSentence(i);
    }

    /** Tokens of a card's field line at most, its break included. */
    private static final int CARD_LINE_TOKENS = 6;

    boolean endsSentence(int i) {
        String text = text(i);
        return text.endsWith(".") || text.endsWith("\u2026");
    }

    /** Whether line {@code i} prints the title of line {@code title} again (a cover caption). */
    boolean repeats(int i, int title) {
        String text = text(i);
        String titleText = text(title);
        return i != title
                && (text.equals(titleText)
                        || (text.startsWith(titleText) && text.length() - titleText.length() < 40));
    }

    /** Whether the line has the words of prose: above a release line, notes rather than a title. */
    boolean hasProseLength(int i) {
        return words(i) >= PROSE_MIN_WORDS;
    }

    /**
     * Whether a line in {@code from} (inclusive) to {@code to} opens with a chapter's time, maybe
     * after its number ("1 00:00 Intro").
     */
    boolean hasChapterLine(int from, int to) {
        for (int i = from; i < to; i++) {
            Token first = lines.get(i).getStart();
            if (isTime(first.getType())
                    || first.getType() == EpisodePageLexer.NUMBER
                            && first.getTokenIndex() + 1 < source.tokenCount()
                            && isTime(source.token(first.getTokenIndex() + 1).getType())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTime(int type) {
        return type == EpisodePageLexer.TIMESTAMP || type == EpisodePageLexer.BRACKETED_TIME;
    }

    /** Whether a line of prose stands in lines {@code from} (inclusive) to {@code to}. */
    boolean hasParagraph(int from, int to) {
        for (int i = from; i < to; i++) {
            if (lines.get(i) instanceof NoteLineContext && hasProseLength(i)) {
                return true;
            }
        }
        return false;
    }

    /** The last "Episodes" heading within its reach of line {@code from}, or -1. */
    int listingHeading(int from) {
        return ListingHeadings.last(this, from, false);
    }

    /** As {@link #listingHeading(int)}, with the chrome headings of the seven languages too. */
    int listingHeading(int from, boolean anyLanguage) {
        return ListingHeadings.last(this, from, anyLanguage);
    }

    int firstContentAfter(int i) {
        return nextText(i + 1);
    }

    /** The first line at or after {@code from} with text, or -1. */
    int nextText(int from) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (!(lines.get(i) instanceof BlankLineContext)) {
                return i;
            }
        }
        return -1;
    }

    /** The last line at or before {@code from}, and after {@code floor}, with text, or -1. */
    int previousText(int from, int floor) {
        for (int i = from; i > floor; i--) {
            if (!(lines.get(i) instanceof BlankLineContext)) {
                return i;
            }
        }
        return -1;
    }
}
