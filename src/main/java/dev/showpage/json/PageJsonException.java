package dev.showpage.json;

/**
 * Thrown when JSON cannot be read back into a page: it is not JSON, or it does not follow the
 * contract (a missing or unknown field, a wrong type, an unknown {@code schemaVersion}). The
 * message names the place in the document as a JSON pointer, such as {@code /episodes/3/rank}.
 */
public final class PageJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Where in the document the problem is, as a JSON pointer ({@code ""} for the whole). */
    private final String pointer;

    PageJsonException(String pointer, String message, Throwable cause) {
        super((pointer.isEmpty() ? "" : pointer + ": ") + message, cause);
        this.pointer = pointer;
    }

    /**
     * Where in the document the problem is, as a JSON pointer ({@code ""} for the whole).
     *
     * @return the JSON pointer, such as {@code /episodes/3/rank}
     */
    public String pointer() {
        return pointer;
    }
}
