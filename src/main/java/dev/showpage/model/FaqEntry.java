package dev.showpage.model;

import static java.util.Objects.requireNonNull;

/**
 * One question of the page's FAQ and its answer, as written.
 *
 * @param question the question
 * @param answer the answer
 */
public record FaqEntry(String question, String answer) {

    /**
     * Checks that no component is null.
     *
     * @param question the question
     * @param answer the answer
     */
    public FaqEntry {
        requireNonNull(question, "question is null");
        requireNonNull(answer, "answer is null");
    }
}
