/*
 * The structure of a podcast show page, in one of two layouts; each start rule is named after
 * its layout, as are the layout's package and the page's "layout" value in the JSON:
 *
 * - goodpodsPage: a Goodpods show page: a show header, section links, a ranking heading with its
 *   summary, episode cards, and the closing "Show more" lines and FAQ.
 * - genericPage: the show notes of any other site: lines of text, with the lines that give an
 *   episode's release date or length recognised as such.
 *
 * Every line rule ends with NL, and every decision is made from the first token or two of a
 * line (or of a segment inside a line; five at most, for a release line that opens with an
 * episode's number: "Ep . 6 • date"), so the parse is linear in the input even on lines of
 * thousands of characters. What needs a wider view (is "Label: URL" a promotion or a person's
 * link? which words are a chapter's title?) is decided by the model builder from the segments
 * recognised here.
 */
parser grammar EpisodePageParser;

options { tokenVocab = EpisodePageLexer; }

// The blank lines a page opens with are the page's, so that a page that opens with its
// ranking heading ("Top 10 ...") after a blank line is still read from that heading.
//
// A header that lost its listener line ("3 Listeners") is still the page's when the section links
// or the ranking heading follow it: its lines are then the show's name and publisher.
goodpodsPage
    : blankLine* pageHead? (blankLine | episodeCard)* pageEnd EOF
    ;

// Without the listener line, a line that could be the show's name or publisher or a section
// link ("All episodes") is a section link: the optional parts of the name are not greedy.
pageHead
    : showHeader sectionLinkLine* ranking?
    | showName?? sectionLinkLine+ ranking?
    | showName?? ranking
    ;

// A page of show notes from any other site (the generic layout): lines of text, with the lines
// that give an episode's release date or length recognised as such. Which lines make up which
// episode, and which is its title, the model builder decides from where the dated lines stand.
genericPage
    : (blankLine | releaseLine | lengthLine | tableRuleLine | noteLine)* EOF
    ;

// "---|---|---", "|:---|:---:|": the separator row under a pipe table's header, told from its
// first two or three tokens (a rule after at most a bar and a colon, or a rule and a bar). Which
// header and rows it joins, and what its columns hold, the builder decides. The token source types
// a bar as a bullet only between two values (a date and a length), never beside a rule; and a line
// opened by a bullet ("• --- Episode 42 ---") is a decorated line of text, not a separator row.
tableRuleLine
    : (RULE PIPE | PIPE COLON? RULE) ~NL* NL
    ;

// "June 09, 2023 Buzzsprout Episode 103", "December 31, 2024 • 25 mins", "Published 05/02/22",
// "09/03/2023 Duration: 41min",
// "Jan 28, 20251 hr 18 minEp. 285", "1 h 6 min • 16/12/2025"
releaseLine
    : (PUBLISHED COLON? | episodeNumber)? releaseDate (fieldSeparator? (LENGTH COLON?)? duration)? (mark | ~(NL | TIMESTAMP | BRACKETED_TIME | FOLLOW | CHAPTERS | LINKS_MENTIONED | COLON))* NL
    // "45 min · Mar 3, 2024", "Durée : 45 min | Publié le 3 mars 2024": the length first, each
    // maybe labelled; or only a blank between them ("45 min 3 March 2024"), the amount's unit
    // ending the length where the date's number starts
    | (LENGTH COLON?)? duration fieldSeparator? (PUBLISHED COLON?)? releaseDate (mark | ~(NL | TIMESTAMP | BRACKETED_TIME | FOLLOW | CHAPTERS | LINKS_MENTIONED | COLON))* NL
    ;

// "Episode 406 ·", "Ep. 6": the episode's number before its date, and the sign after it (the
// token source types a "·" between two values as a bullet).
episodeNumber
    : WORD STOP? NUMBER fieldSeparator?
    ;

// What sites print between the fields of a release line: "•", "·", "|", "-".
fieldSeparator
    : BULLET
    | PIPE
    | DASH
    ;

releaseDate
    : MONTH_DATE
    | NUMERIC_DATE
    | ISO_DATE
    | RELATIVE_DATE
    ;

// "56 mins 21 secs", "2h 45m", "PT1H24M", "Duration: 1:23:45": a line that only gives the
// episode's length.
lengthLine
    : duration NL
    | ISO_DURATION NL
    // "Duration: 01:23:45", "Laufzeit: 47:35 Minuten", "Length: 5040" (seconds, where the label
    // says it is a length)
    | LENGTH COLON? (duration | ISO_DURATION | TIMESTAMP WORD? | NUMBER) NL
    // "(Durée : 6 min 42 sec)": the opening bracket is the label's, the closing one ends the line
    | LENGTH COLON? (duration | TIMESTAMP) OTHER NL
    ;

// Any other line of show notes; only a line that starts with a date (maybe after its label or
// an episode's number) is a release line.
noteLine
    : (mark | ~(NL | MONTH_DATE | NUMERIC_DATE | ISO_DATE | RELATIVE_DATE | TIMESTAMP | BRACKETED_TIME | FOLLOW | CHAPTERS | LINKS_MENTIONED | COLON)) (mark | ~(NL | TIMESTAMP | BRACKETED_TIME | FOLLOW | CHAPTERS | LINKS_MENTIONED | COLON))* NL
    ;

// "Database School" / "Try Hard Studios" / blank / "1 Listener"
showHeader
    : showTitle=contentLine publisher=contentLine? blankLine* listenersLine
    ;

// The show's name and publisher over a header whose listener line is missing.
showName
    : showTitle=contentLine publisher=contentLine?? blankLine*
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
    : TOP NUMBER (mark | ~(NL | TIMESTAMP | BRACKETED_TIME | FOLLOW | CHAPTERS | LINKS_MENTIONED | COLON))* NL
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
    : NUMERIC_DATE (BULLET duration)? (mark | ~(NL | TIMESTAMP | BRACKETED_TIME | FOLLOW | CHAPTERS | LINKS_MENTIONED | COLON))* NL
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
    : SHOW_MORE (mark | ~(NL | TIMESTAMP | BRACKETED_TIME | FOLLOW | CHAPTERS | LINKS_MENTIONED | COLON))* NL
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
    : (mark | ~(NL | TIMESTAMP | BRACKETED_TIME | FOLLOW | CHAPTERS | LINKS_MENTIONED | COLON))* QUESTION NL
    ;

blankLine
    : NL
    ;

// Any other line: a flat run of segments. A word is a token directly under its line, with no
// rule of its own, so that a long line costs one context and not one per word; only marks
// (chapter times, headings, ": URL") have rules. Lines that start with a token that opens a line
// of another kind only count as content when more follows on the line.
contentLine
    : (mark | ~(NL | NUMERIC_DATE | LISTENERS | FAQ | SHOW_MORE | TOP | TIMESTAMP | BRACKETED_TIME | FOLLOW | CHAPTERS | LINKS_MENTIONED | COLON)) (mark | ~(NL | TIMESTAMP | BRACKETED_TIME | FOLLOW | CHAPTERS | LINKS_MENTIONED | COLON))* NL
    | (LISTENERS | FAQ) (mark | ~(NL | TIMESTAMP | BRACKETED_TIME | FOLLOW | CHAPTERS | LINKS_MENTIONED | COLON))+ NL
    // A "Top" line is a ranking heading when a number follows; otherwise it is content.
    | TOP ((mark | ~(NL | NUMBER | TIMESTAMP | BRACKETED_TIME | FOLLOW | CHAPTERS | LINKS_MENTIONED | COLON)) (mark | ~(NL | TIMESTAMP | BRACKETED_TIME | FOLLOW | CHAPTERS | LINKS_MENTIONED | COLON))*)? NL
    ;

// The segments that have structure; every other segment is a single token, a word.
//
// A word is any token but a line break and the six that open a mark; those six are always
// taken by this rule, the last alternative taking a "Follow", "Links mentioned" or colon that
// opens nothing here. So the lines' loops choose between a mark and a word from one token, and
// only those three tokens need a look further ahead (to the colon after a name, or the URL
// after a colon): on a page of prose, nearly every token is a word, matched without prediction.
mark
    : chapterMark
    | followHeading
    | chaptersHeading
    | linksHeading
    | labelledUrl
    | FOLLOW
    | LINKS_MENTIONED
    | COLON
    ;

// "00:00 - Introduction", "01:56 What is SQLSync", "[00:00] Intro", "(0:00) Intro", "00:00 | Intro",
// "12:30-18:45 Title" (a range: the chapter starts at its first time): the mark only; whether it
// starts a chapter, and which words are its title, the model builder decides from where the mark
// stands (line start, after a bullet, at the line's end) and from the signs around it (brackets,
// bullets, units, separators that are no tokens of their own). A dash followed by a time is the
// range's; any other dash, pipe or colon right after the time separates it from the title.
chapterMark
    : chapterTime (DASH chapterTime)? (DASH | PIPE | COLON)?
    ;

chapterTime
    : TIMESTAMP
    | BRACKETED_TIME
    ;

// "Follow Søren:", "Follow Monica & Tudor:"
followHeading
    : FOLLOW personName (AMP personName)? COLON
    ;

personName
    : WORD WORD? WORD?
    ;

// "Chapters:", "Timestamps", "Topics Covered:"
chaptersHeading
    : CHAPTERS COLON?
    ;

// "Links Mentioned:"
linksHeading
    : LINKS_MENTIONED COLON
    ;

// ": https://..." after a label; the label is the words before it, up to a sentence boundary.
labelledUrl
    : COLON (URL | DOMAIN | HANDLE)
    ;
