package dev.showpage.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A link the page gives, with the words it attaches to it.
 *
 * @param label the text the page puts before the URL ({@code "GitHub"} in {@code "GitHub: URL"});
 *     empty when the page gives none, or when the text only names the person the link belongs to
 *     ({@code "Kent: URL"})
 * @param url the URL as written, minus punctuation that ends the sentence rather than the URL
 * @param kind what the URL points at
 * @param note text that follows the URL on its line ({@code "find articles, podcasts, ..."})
 */
public record Link(Optional<String> label, String url, LinkKind kind, Optional<String> note) {

    /**
     * Checks that no component is null.
     *
     * @param label the text the page puts before the URL ({@code "GitHub"} in {@code "GitHub:
     *     URL"}); empty when the page gives none, or when the text only names the person the link
     *     belongs to ({@code "Kent: URL"})
     * @param url the URL as written, minus punctuation that ends the sentence rather than the URL
     * @param kind what the URL points at
     * @param note text that follows the URL on its line ({@code "find articles, podcasts, ..."})
     */
    public Link {
        requireNonNull(label, "label is null");
        requireNonNull(url, "url is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(note, "note is null");
    }
}
