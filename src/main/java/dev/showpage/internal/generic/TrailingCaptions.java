package dev.showpage.internal.generic;

import java.util.List;
import java.util.Locale;

/**
 * An image's alternative text that names the show before the words for a cover ("Harbour Nights
 * Cover Art", "Harbour Nights artwork"), as English templates write it; the other languages put the
 * words first ({@link TitleText#captionedName}). An episode's cover may be captioned so too, so the
 * name is taken only when the page also prints it alone on a line of its own.
 */
final class TrailingCaptions {

    /** The words for a cover after the name, lower case, with the blank before them. */
    private static final List<String> CAPTIONS =
            List.of(
                    " podcast cover art",
                    " cover art",
                    " cover image",
                    " podcast artwork",
                    " artwork",
                    " podcast cover");

    private TrailingCaptions() {}

    /** The show's name line {@code i} captions, when the page prints it alone too; else null. */
    static String name(LineTable lines, int i) {
        String text = lines.text(i);
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            return null; // positions in the lower-case text would not be the text's
        }
        for (String caption : CAPTIONS) {
            if (lower.endsWith(caption) && text.length() > caption.length()) {
                String name = text.substring(0, text.length() - caption.length()).strip();
                return printedAlone(lines, name, i) ? name : null;
            }
        }
        return null;
    }

    /** Whether a line other than {@code caption} is {@code name} alone. */
    private static boolean printedAlone(LineTable lines, String name, int caption) {
        for (int i = lines.nextText(0); i >= 0; i = lines.nextText(i + 1)) {
            if (i != caption && lines.isNote(i) && lines.text(i).equals(name)) {
                return true;
            }
        }
        return false;
    }
}
