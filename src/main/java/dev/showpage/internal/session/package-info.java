/**
 * One parse of one page, as every stage of the model's building sees it: the parser's settings
 * ({@link dev.showpage.internal.session.ParseSettings}), the diagnostics and their codes ({@link
 * dev.showpage.internal.session.DiagnosticCode}), the page's text by token, all handed on as one
 * {@link dev.showpage.internal.session.ParseSession}; and the {@link
 * dev.showpage.internal.session.Layout} each page layout implements.
 */
package dev.showpage.internal.session;
