/**
 * ANTLR plumbing shared by every layout: the page's characters ({@link
 * dev.showpage.internal.antlr.PageChars}), their tokens read by a scanner written for the grammar's
 * vocabulary, which hands the rarer ones to the generated lexer ({@link
 * dev.showpage.internal.antlr.PageScanner}), the values of any of the languages read made whole
 * between lexer and parser (dates, lengths and their labels joined into one token each, fields a
 * scraper glued together cut where their shape is certain: {@link
 * dev.showpage.internal.antlr.ValueTokens}), its tokens lexed in runs and let go of ({@link
 * dev.showpage.internal.antlr.TokenWindow}), the parse in two stages (SLL that gives up at the
 * first error, then recovery: {@link dev.showpage.internal.antlr.TwoStageParse}), and reading a
 * tree's tokens ({@link dev.showpage.internal.antlr.Trees}).
 */
package dev.showpage.internal.antlr;
