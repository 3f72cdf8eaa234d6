/**
 * The {@code goodpods} layout: a Goodpods show page, read by the grammar's {@code goodpodsPage}
 * rule. Its episode cards are built as the parser ends each one, so that the tree and tokens of a
 * page of any length are never held whole.
 */
package dev.showpage.internal.goodpods;
