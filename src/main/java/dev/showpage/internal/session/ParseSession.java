package dev.showpage.internal.session;

import java.util.Objects;

/**
 * One stage's parse of one page, handed to every part that builds its model: the parser's settings,
 * where diagnostics go, and the page's text by token.
 *
 * @param recovering whether this is the recovering second stage, whose tree may hold tokens the
 *     parser skipped (each to be reported)
 */
public record ParseSession(
        ParseSettings settings, Diagnostics diagnostics, SourceText source, boolean recovering) {

    public ParseSession {
        Objects.requireNonNull(settings, "settings is null");
        Objects.requireNonNull(diagnostics, "diagnostics is null");
        Objects.requireNonNull(source, "source is null");
    }
}
