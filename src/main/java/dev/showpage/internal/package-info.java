/**
 * How a page becomes a model; not part of the API (the module does not export it): use {@code
 * dev.showpage.EpisodePageParser}.
 *
 * <p>{@link dev.showpage.internal.PageReader} runs one parse of one page: it lexes the page, asks
 * {@link dev.showpage.internal.Layouts} which layout its tokens show, and lets that layout parse
 * the page by its own start rule and build the {@link dev.showpage.model.Page}. The packages below
 * follow the flow: each depends only on those after it, and no layout depends on another:
 *
 * <ul>
 *   <li>{@code goodpods}, {@code generic}: one package per page layout, from the parse tree to the
 *       page;
 *   <li>{@code episode}: what every layout uses to make episodes: a draft read from an episode's
 *       lines, then assembled (people, links, promotions, chapters, dates);
 *   <li>{@code session}: one parse's settings, diagnostics and source text, and the {@code Layout}
 *       contract;
 *   <li>{@code antlr}: the two-stage parse, the token window and the lexer's input;
 *   <li>{@code grammar}: the code ANTLR generates from {@code grammar/};
 *   <li>{@code text}: readers of values (dates, durations, URLs, names, entities) that know nothing
 *       of ANTLR or diagnostics.
 * </ul>
 */
package dev.showpage.internal;
