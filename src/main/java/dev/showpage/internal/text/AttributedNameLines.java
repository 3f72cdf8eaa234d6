package dev.showpage.internal.text;

import java.util.List;
import java.util.Optional;

/**
 * A person card's name: a line that holds only a name, and a few lines under it a quotation's
 * attribution that repeats it ("— Mara Quill"). An interview show's card prints its guest so: the
 * name, an epithet ("Rope historian"), the episode's number, a saying and the saying's author.
 *
 * <pre>
 * Mara Quill
 * Rope historian
 * SEASON 2 | Episode 4
 * "Every knot tells you who tied it."
 * — Mara Quill
 * </pre>
 *
 * The byline must follow the quotation it signs. An attribution with no name line above it (a listener's review, a quoted critic) names no guest,
 * nor does a name line whose attribution names someone else.
 */
public final class AttributedNameLines {

    /** Most lines from the name line to its attribution: epithet, number, saying and byline. */
    private static final int ATTRIBUTION_MAX_LINES_UNDER = 5;

    private AttributedNameLines() {}

    /**
     * The guest named by the line at {@code at} of {@code lines} when a line under it attributes a
     * saying to that same name; else empty.
     */
    public static Optional<String> guestAt(List<String> lines, int at) {
        String line = lines.get(at).strip();
        Optional<Names.Listed> listed = Names.listed(line);
        if (listed.isEmpty() || listed.get().described()) {
            return Optional.empty();
        }
        for (int k = at + 1; k < lines.size() && k <= at + ATTRIBUTION_MAX_LINES_UNDER; k++) {
            String under = lines.get(k).strip();
            if (under.equals(line)) {
                return Optional.empty(); // the name again, bare: a new card, not a byline
            }
            String byline = attributed(under);
            if (byline != null) {
                // The byline closes a saying: the line above it is the quotation
                boolean quoted = k > at + 1 && QuotationMarks.opens(lines.get(k - 1).strip());
                return quoted && byline.equals(line)
                        ? listed.map(Names.Listed::name)
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether any line is a byline: a cheap test so that prose with none is not read line by line
     * for names.
     */
    public static boolean hasByline(List<String> lines) {
        for (String line : lines) {
            if (attributed(line.strip()) != null) {
                return true;
            }
        }
        return false;
    }

    /** The name after an attribution's dash ("— Mara Quill", "– Mara Quill"), or null. */
    private static String attributed(String line) {
        if (line.length() < 3 || "\u2014\u2013-".indexOf(line.charAt(0)) < 0) {
            return null;
        }
        String rest = line.substring(1).strip();
        return rest.isEmpty() ? null : rest;
    }
}
