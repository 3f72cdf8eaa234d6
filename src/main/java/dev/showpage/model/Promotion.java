package dev.showpage.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A call to action or sponsor line ({@code "Get production ready SQLite with Turso: URL"}).
 *
 * @param text what the promotion says, without its URL
 * @param url the URL it points at, if it has one
 */
public record Promotion(String text, Optional<String> url) {

    /**
     * Checks that no component is null.
     *
     * @param text what the promotion says, without its URL
     * @param url the URL it points at, if it has one
     */
    public Promotion {
        requireNonNull(text, "text is null");
        requireNonNull(url, "url is null");
    }
}
