/*
 * The structure of a Goodpods show page: a show header, section links, a ranking heading with
 * its summary, episode cards, and the closing "Show more" lines and FAQ.
 *
 * Every line rule ends with NL, and every decision is made from the first token or two of a
 * line (or of a segment inside a line), so the parse is linear in the input even on lines of
 * thousands of characters. What needs a wider view (is "Label: URL" a promotion or a person's
 * link? which words are a chapter's title?) is decided by the model builder from the segments
 * recognised here.
 */
parser grammar EpisodePageParser;

options { tokenVocab = EpisodePageLexer; }

page
    : showHeader? sectionLinkLine* ranking? (blankLine | episodeCard)* pageEnd EOF
    ;

// "Database School" / "Try Hard Studios" / blank / "1 Listener"
showHeader
    : blankLine* showTitle=contentLine publisher=contentLine? blankLine* listenersLine
    ;

// "All episodes", "Best episodes"
sectionLinkLine
    : (ALL_EPISODES | BEST_EPISODES) NL
    ;

// "Top 10 Database School Episodes" and the paragraph under it
ranking
    : headingLine contentLine*
    ;

headingLine
    : TOP NUMBER (mark | WORD | NUMBER | QUANTITY | MONTH_DATE | DASH | COLON | AMP
        | QUESTION | STOP | COMMA | OTHER | URL | RULE | BULLET | ALL_EPISODES | BEST_EPISODES
        | FOLLOW | CHAPTERS | LINKS_MENTIONED | NUMERIC_DATE | LISTENERS | FAQ | SHOW_MORE | TOP)* NL
    ;

// A card's lines up to the listener count that closes it: title and show lines (either may be
// missing), the date line, the body. The model builder tells them apart by the date line. A
// damaged card may lack its date line or its count: the grammar still takes it, so that any
// page parses in the first (SLL) stage, and the model builder reports what is missing.
//
// Every line after the first is a cardLine, in one loop: whether a line goes on the card or
// starts a new one (when the count is missing) is then decided within that line, because both
// ways lead back to the same loop.
episodeCard
    : cardStartLine cardLine* listenersLine?
    | listenersLine
    ;

// A card starts with its first line of text; the blank lines between cards are the page's.
cardStartLine
    : contentLine
    | dateLine
    ;

// Inside a card, lines that open other parts of the page ("Show more ...", "FAQ", "Top 5 ...")
// are the card's text: a card ends only at its listener count.
cardLine
    : blankLine
    | contentLine
    | dateLine
    | headingLine
    | moreLine
    | faqHeading
    ;

// "02/17/25 • 84 min"
dateLine
    : NUMERIC_DATE (BULLET duration)? (mark | WORD | NUMBER | QUANTITY | MONTH_DATE | DASH | COLON | AMP
        | QUESTION | STOP | COMMA | OTHER | URL | RULE | BULLET | ALL_EPISODES | BEST_EPISODES
        | FOLLOW | CHAPTERS | LINKS_MENTIONED | NUMERIC_DATE | LISTENERS | FAQ | SHOW_MORE | TOP)* NL
    ;

// "84 min", "13 days, 3 hours"
duration
    : QUANTITY (COMMA? QUANTITY)*
    ;

listenersLine
    : LISTENERS NL
    ;

// After the cards: "Show more" lines and whatever follows them, then the FAQ.
pageEnd
    : (blankLine* moreLine (blankLine | moreLine | trailingLine)*)? faqSection?
    ;

// A line after the cards that is not a "Show more" line or part of the FAQ.
trailingLine
    : contentLine
    | dateLine
    | listenersLine
    | headingLine
    ;

// "Show more best episodes", "Show more FAQ"
moreLine
    : SHOW_MORE (mark | WORD | NUMBER | QUANTITY | MONTH_DATE | DASH | COLON | AMP
        | QUESTION | STOP | COMMA | OTHER | URL | RULE | BULLET | ALL_EPISODES | BEST_EPISODES
        | FOLLOW | CHAPTERS | LINKS_MENTIONED | NUMERIC_DATE | LISTENERS | FAQ | SHOW_MORE | TOP)* NL
    ;

faqSection
    : faqHeading (faqEntry | blankLine | moreLine | trailingLine | faqHeading)*
    ;

faqHeading
    : FAQ NL
    ;

faqEntry
    : faqQuestion faqAnswer=contentLine?
    ;

faqQuestion
    : (mark | WORD | NUMBER | QUANTITY | MONTH_DATE | DASH | COLON | AMP
        | QUESTION | STOP | COMMA | OTHER | URL | RULE | BULLET | ALL_EPISODES | BEST_EPISODES
        | FOLLOW | CHAPTERS | LINKS_MENTIONED | NUMERIC_DATE | LISTENERS | FAQ | SHOW_MORE | TOP)* QUESTION NL
    ;

blankLine
    : NL
    ;

// Any other line: a flat run of segments. A word is a token directly under its line, with no
// rule of its own, so that a long line costs one context and not one per word; only marks
// (chapter times, headings, ": URL") have rules. Lines that start with a token that opens a line
// of another kind only count as content when more follows on the line.
contentLine
    : (mark | WORD | NUMBER | QUANTITY | MONTH_DATE | DASH | COLON | AMP | QUESTION | STOP | COMMA
        | OTHER | URL | RULE | BULLET | ALL_EPISODES | BEST_EPISODES | FOLLOW | CHAPTERS
        | LINKS_MENTIONED) (mark | WORD | NUMBER | QUANTITY | MONTH_DATE | DASH | COLON | AMP
        | QUESTION | STOP | COMMA | OTHER | URL | RULE | BULLET | ALL_EPISODES | BEST_EPISODES
        | FOLLOW | CHAPTERS | LINKS_MENTIONED | NUMERIC_DATE | LISTENERS | FAQ | SHOW_MORE | TOP)* NL
    | (LISTENERS | FAQ) (mark | WORD | NUMBER | QUANTITY | MONTH_DATE | DASH | COLON | AMP
        | QUESTION | STOP | COMMA | OTHER | URL | RULE | BULLET | ALL_EPISODES | BEST_EPISODES
        | FOLLOW | CHAPTERS | LINKS_MENTIONED | NUMERIC_DATE | LISTENERS | FAQ | SHOW_MORE | TOP)+ NL
    // A "Top" line is a ranking heading when a number follows; otherwise it is content.
    | TOP ((mark | WORD | QUANTITY | MONTH_DATE | DASH | COLON | AMP | QUESTION | STOP | COMMA
        | OTHER | URL | RULE | BULLET | ALL_EPISODES | BEST_EPISODES | FOLLOW | CHAPTERS
        | LINKS_MENTIONED) (mark | WORD | NUMBER | QUANTITY | MONTH_DATE | DASH | COLON | AMP
        | QUESTION | STOP | COMMA | OTHER | URL | RULE | BULLET | ALL_EPISODES | BEST_EPISODES
        | FOLLOW | CHAPTERS | LINKS_MENTIONED | NUMERIC_DATE | LISTENERS | FAQ | SHOW_MORE
        | TOP)*)? NL
    ;

// The segments that have structure; every other segment is a single token.
mark
    : chapterMark
    | followHeading
    | chaptersHeading
    | linksHeading
    | labelledUrl
    ;

// "00:00 - Introduction", "01:56 What is SQLSync": the mark only; the title is the words after it.
chapterMark
    : TIMESTAMP DASH?
    ;

// "Follow Søren:", "Follow Monica & Tudor:"
followHeading
    : FOLLOW personName (AMP personName)? COLON
    ;

personName
    : WORD WORD? WORD?
    ;

// "Chapters:"
chaptersHeading
    : CHAPTERS COLON
    ;

// "Links Mentioned:"
linksHeading
    : LINKS_MENTIONED COLON
    ;

// ": https://..." after a label; the label is the words before it, up to a sentence boundary.
labelledUrl
    : COLON URL
    ;
