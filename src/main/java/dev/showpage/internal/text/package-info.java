/**
 * Readers of values in text: dates, lengths, URLs and their kinds, names, counts, HTML entities and
 * UTF-8. The grammar decides where a value stands; these only read the text they are given, and
 * know nothing of ANTLR or diagnostics, so that each is tested on strings alone.
 */
package dev.showpage.internal.text;
