/*
 * Tokens of a scraped show page. Whitespace inside a line is skipped (the model builder reads
 * text back from the input by position, so nothing is lost); line ends are real tokens, so
 * every parser decision stays within a line or two.
 *
 * Order matters where two rules match the same length: specific shapes (URL, dates, times,
 * keywords) come before WORD, and OTHER catches any character so that lexing never fails.
 */
lexer grammar EpisodePageLexer;

// Values made of words are typed by the value reader between the lexer and the parser
// (internal.antlr.ValueTokens), from the vocabularies of every language it reads (CLDR month and
// weekday names, unit words, labels); it joins the lexer's numbers and words into one token of
// these types, spanning them:
//   MONTH_DATE "Jun 13, 2024", "16 décembre 2025", "Dienstag, 3. März 2024", "12 de enero de 2024"
//   QUANTITY   "84 min", "2h", "45 Min.", "2 uur", "3h11m53s": one amount of a length
//   LENGTH     "Duration", "Dauer", "durée", "duración": the label of a length line
//   PUBLISHED  "Published", "Publié le", "Veröffentlicht", "Gepubliceerd": the label of a date
tokens { MONTH_DATE, QUANTITY, LENGTH, PUBLISHED }

NL : '\r\n' | '\r' | '\n' ;

// Blanks: space, tab, the information separators, no-break and other Unicode spaces, the line
// and paragraph separators inside a line, zero-width space, BOM. The same set the model
// builder collapses, so that no token is made only of blanks. U+FFFF, a noncharacter, fills the
// places of characters that a repair of damaged text took out (PageChars), so that every token
// keeps its line and column in the input; the text read back drops it.
WS : [ \t\u000B\u000C\u001C-\u001F\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF\uFFFF]+ -> skip ;

// A URL: any scheme, a host, and a path that stops at a blank, at CJK text, at direction marks,
// and at a bracket it does not open (one level of brackets in the path, as in Wikipedia's
// "Foo_(bar)"); sentence punctuation at its end is trimmed by the model builder (Urls.trim).
URL : SCHEME '://' URL_HOST_CHAR* (('/' | '?' | '#') URL_PATH*)? ;

// 02/17/25, 2/3/2025, 2025/03/12, 31-07-2022, 27.02.2016: which part is the month is inferred for the page or configured.
NUMERIC_DATE
    : DIGIT DIGIT? '/' DIGIT DIGIT? '/' DIGIT DIGIT (DIGIT DIGIT)?
    | DIGIT DIGIT DIGIT DIGIT '/' DIGIT DIGIT? '/' DIGIT DIGIT?
    // 31-07-2022, 27.02.2016: with dashes or dots only with a four-digit year, so that a
    // version number or a score is not read as a date.
    | DIGIT DIGIT? '-' DIGIT DIGIT? '-' DIGIT DIGIT DIGIT DIGIT
    | DIGIT DIGIT? '.' DIGIT DIGIT? '.' DIGIT DIGIT DIGIT DIGIT
    ;

// 2025-03-12
ISO_DATE : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT ;

// "2 weeks ago": resolved against the parser's reference date, when it has one. ("Today" and
// "yesterday" are not tokens: they open too many sentences.)
RELATIVE_DATE : DIGIT+ ' ' ('minute' | 'hour' | 'day' | 'week' | 'month' | 'year') 's'? ' ago' ;

// ISO 8601 durations, as feeds and some players print them: "PT1H24M", "PT45M30S", "PT1H0.040S" (before
// DOMAIN, which would take the last as a dotted word).
ISO_DURATION : 'P' (DIGIT+ 'D')? 'T' (DIGIT+ [HM] | DIGIT+ ('.' DIGIT+)? 'S')+ ;

// A scheme-less link or a dotted word: "www.example.com", "example.com/path", "Transistor.fm",
// also "e.g", "Node.js" or "1.2.3". The model builder makes it a link only when its last label
// is a known top-level domain (Urls.isLink); otherwise it is a word. Any run of dotted labels is
// one token, so that a long "1.1.1.1..." costs one scan and not one per label.
DOMAIN
    : (HOST_LABEL '.')+ TLD_LABEL (':' DIGIT+)? (('/' | '?' | '#') URL_PATH*)?
    | HOST_LABEL ('.' HOST_LABEL)+
    ;

// "#test.com", "$t.co", "@http://x.com": a hashtag, cashtag or mention, never a link.
TAGGED : ([#$\uFF03] (URL | DOMAIN) | [@\uFF20] URL) -> type(WORD) ;

// "@example.com": a handle with dots.
DOTTED_HANDLE : [@\uFF20] DOMAIN -> type(HANDLE) ;

// "///test.com": slashes glued before a domain make it no link.
SLASHED : '/' '/'? '/'? DOMAIN -> type(WORD) ;

// An e-mail address is text, never a link; one token keeps it from being read as a domain.
// (No '-' before the '@': a long "a-a-a-..." would otherwise be scanned once per letter.)
EMAIL : [a-zA-Z0-9._%+]+ '@' (HOST_LABEL '.')+ [a-zA-Z]+ ;

// 00:00, 48:05, 1:00:00, 01:00:00: the shape only; ranges are checked by the model builder.
TIMESTAMP : DIGIT+ ':' DIGIT DIGIT (':' DIGIT DIGIT)? ;

// [00:00], (1:02:03), ( 05:28 ): a time in brackets, as chapter lists write it.
BRACKETED_TIME
    : '[' ' '? DIGIT+ ':' DIGIT DIGIT (':' DIGIT DIGIT)? ' '? ']'
    | '(' ' '? DIGIT+ ':' DIGIT DIGIT (':' DIGIT DIGIT)? ' '? ')'
    ;

// "1 Listener", "1,204 Listeners": the count line that closes a card and the show header.
LISTENERS : DIGIT+ (',' DIGIT DIGIT DIGIT)* ' ' 'Listener' 's'? ;

NUMBER : DIGIT+ ;

// "@name": a social handle; a link when a platform's label stands before it ("Twitter: @name").
HANDLE : '@' [a-zA-Z0-9_]+ ;

FOLLOW          : 'Follow' | 'Where to find' | 'Connect with' ;
// Headings that open a chapter list.
CHAPTERS
    : 'Chapters' | 'CHAPTERS' | 'Chapter Markers' | 'Timestamps' | 'TIMESTAMPS' | 'Time stamps'
    | 'Topics Covered' | 'Topics covered' | 'Segments' | 'Tracklist' | 'Track listing' | 'Setlist'
    ;
LINKS_MENTIONED : 'Links Mentioned' ;
FAQ             : 'FAQ' ;
SHOW_MORE       : 'Show more' ;
ALL_EPISODES    : 'All episodes' ;
BEST_EPISODES   : 'Best episodes' ;
TOP             : 'Top' ;

// A horizontal rule of three or more dashes ("-------") opens or closes an inline chapter list.
RULE : '---' '-'* ;

DASH     : '-' | '\u2013' | '\u2014' | '\uFF0D' ;
PIPE     : '|' ;
BULLET   : '\u2022' ;
COLON    : ':' ;
AMP      : '&' ;
QUESTION : '?' ;
STOP     : '.' | '!' ;
COMMA    : ',' ;

// A word; hyphens inside it ("Kaplan-Moss", "a-a-a-...") keep it one token. CJK text is a
// word of its own, so that a URL or a domain glued to it ends where it starts.
WORD : WORD_START WORD_CHAR* ('-' WORD_CHAR+)* | CJK_CHAR+ ;

// Anything else (brackets, quotes, slashes, symbols) is a token of its own.
OTHER : . ;

fragment DIGIT : [0-9] ;

fragment HOST_LABEL : [a-zA-Z0-9\u00C0-\u024F\p{Cyrillic}] [a-zA-Z0-9\u00C0-\u024F\p{Cyrillic}_\-]* ;

fragment SCHEME : [a-zA-Z] [a-zA-Z0-9+.\-]* ;
fragment URL_HOST_CHAR : ~[ \t\r\n\u000B\u000C\u001C-\u001F\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069/?#()[\]{}<>"`\u3001-\u3004\u3006\u3008-\u3020\u302A-\u302D\u3030-\u3037\u303C-\u303F\uFF00-\uFF65] ;
// A bracketed group in a path ("Foo_(bar)") holds something besides digits and colons: a time
// in brackets glued to a path ("quiz.Kapitel(00:00) Intro(04:13)") opens a chapter list.
fragment URL_PATH
    : URL_PATH_CHAR
    | '(' URL_PATH_CHAR* URL_GROUP_CHAR URL_PATH_CHAR* ')' | '(' ')'
    | '[' URL_PATH_CHAR* URL_GROUP_CHAR URL_PATH_CHAR* ']' | '[' ']'
    | '{' URL_PATH_CHAR* URL_GROUP_CHAR URL_PATH_CHAR* '}' | '{' '}'
    ;
fragment URL_GROUP_CHAR : ~[0-9: \t\r\n\u000B\u000C\u001C-\u001F\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069\u3001-\u3004\u3006\u3008-\u3020\u302A-\u302D\u3030-\u3037\u303C-\u303F\uFF00-\uFF65\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}()[\]{}<>"`] ;
fragment URL_PATH_CHAR : ~[ \t\r\n\u000B\u000C\u001C-\u001F\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069\u3001-\u3004\u3006\u3008-\u3020\u302A-\u302D\u3030-\u3037\u303C-\u303F\uFF00-\uFF65\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}()[\]{}<>"`] ;
fragment CJK_CHAR : [\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\u3001-\u3004\u3006\u3008-\u3020\u302A-\u302D\u3030-\u3037\u303C-\u303F\uFF00-\uFF65] ;
fragment TLD_LABEL : [a-zA-Z\p{Cyrillic}] [a-zA-Z0-9\-\p{Cyrillic}]* ;

fragment WORD_START
    : ~[ \t\r\n\u000B\u000C\u001C-\u001F\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF:&?.!,\u2022\-\u2013\u2014\uFF0D()[\]{}"\u201C\u201D/|<>*#;\u200E\u200F\u202A-\u202E\u2066-\u2069\u3001-\u3004\u3006\u3008-\u3020\u302A-\u302D\u3030-\u3037\u303C-\u303F\uFF00-\uFF0C\uFF0E-\uFF65\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}'\u2018]
    ;

fragment WORD_CHAR
    : ~[ \t\r\n\u000B\u000C\u001C-\u001F\u00A0\u1680\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF:&?.!,\u2022\-\u2013\u2014\uFF0D()[\]{}"\u201C\u201D/|<>*#;\u200E\u200F\u202A-\u202E\u2066-\u2069\u3001-\u3004\u3006\u3008-\u3020\u302A-\u302D\u3030-\u3037\u303C-\u303F\uFF00-\uFF0C\uFF0E-\uFF65\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]
    ;
