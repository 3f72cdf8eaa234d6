/**
 * The {@code generic} layout: the show notes of any site, read by the grammar's {@code genericPage}
 * rule, and the layout of every page no other layout recognises. Which lines make up which episode
 * is decided from where the page's release lines stand.
 */
package dev.showpage.internal.generic;
