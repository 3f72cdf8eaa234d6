package dev.showpage.internal.text;

/** A text as its repairs make it read: replacements in, fills out (or blanks, for a blank fill). */
final class Repaired {

    private Repaired() {}

    static String text(String text) {
        return apply(text, TextDamage.find(text));
    }

    static String apply(String text, TextDamage damage) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (TextDamage.Repair r : damage.repairs()) {
            out.append(text, copied, r.start()).append(r.replacement());
            if (r.fill() == TextDamage.Fill.BLANK) {
                out.append(" ".repeat(r.end() - r.start() - r.replacement().length()));
            }
            copied = r.end();
        }
        return out.append(text, copied, text.length()).toString();
    }
}
