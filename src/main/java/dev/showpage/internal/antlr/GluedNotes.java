package dev.showpage.internal.antlr;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * The places where a scraper glued two values together and the reader could not tell where one
 * ends, so the text was left whole: kept for {@link TokenWindow#gluedText()}.
 */
final class GluedNotes {

    private final List<TokenWindow.GluedText> noted = new ArrayList<>();

    /** Where the last glued text noted starts. */
    private int lastNoted = -1;

    /** Notes the text of {@code at}, and why; a place is noted once. */
    void note(Token at, String why) {
        // A place is looked at again when a value that starts before it is tried: noted once.
        if (at.getStartIndex() > lastNoted) {
            lastNoted = at.getStartIndex();
            // A copy: the page's token becomes a leaf of the tree, and would keep its card's.
            noted.add(new TokenWindow.GluedText(new CommonToken(at), at.getText(), why));
        }
    }

    List<TokenWindow.GluedText> all() {
        return noted;
    }
}
