package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.isDash;
import static dev.showpage.internal.text.Names.isPossessive;
import static dev.showpage.internal.text.Names.join;
import static dev.showpage.internal.text.Names.personAt;
import static dev.showpage.internal.text.Names.words;

import dev.showpage.internal.text.Names.Listed;
import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * The name a line of a guest list starts with ("Matt Berlin, co-founder IFRobotics", "Dr. Mara
 * Quill (historian)"), and whether the line says more of the person.
 */
final class ListedNames {

    private ListedNames() {}

    /** Characters of a guest-list line ("Name, role at Some Company") at most. */
    private static final int LISTED_LINE_MAX_CHARS = 160;

    /**
     * The name a line of a guest list starts with ("Matt Berlin, co-founder IFRobotics", "Gloria
     * Allen", "Dr. Mara Quill (historian)", "Mara Quill - on ropes"): two to four name words after
     * any honorific, then the line's end, a comma, a bracket or a dash; else empty.
     */
    public static java.util.Optional<String> listedName(String line) {
        return listed(line).map(Listed::name);
    }

    /** See {@link #listedName}; a line of credits or thanks lists no guest. */
    public static java.util.Optional<Listed> listed(String line) {
        if (line.isEmpty()
                || !Character.isUpperCase(line.codePointAt(0))
                || line.length() > LISTED_LINE_MAX_CHARS) {
            return java.util.Optional.empty(); // a name line starts with a capital and is short
        }
        List<String> words = words(line);
        if (CreditLines.startsCredit(words, 0)) {
            return java.util.Optional.empty();
        }
        Span span = personAt(words, 0);
        if (span == null || span.from() > 1 || isPossessive(words.get(span.to() - 1))) {
            return java.util.Optional.empty();
        }
        int end = span.to();
        String last = words.get(end - 1);
        boolean described;
        if (end == words.size()) {
            described = false;
        } else if (last.endsWith(",") || words.get(end).startsWith("(") || isDash(words.get(end))) {
            described = true;
        } else {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Listed(join(words, span.from(), end), described));
    }
}
