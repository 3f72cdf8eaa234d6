package dev.showpage.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * UTF-8 text that was decoded in a single-byte character set ({@link MisreadCharset}): "CafÃ©",
 * "donâ€™t", "ā€“", "Caf√©". A run of characters that the set encodes to the bytes of one UTF-8
 * sequence (a lead byte and its continuation bytes) decodes to the character the author wrote.
 *
 * <p>Accented text as it stands can encode to such bytes too ("É’" is 0xC9 0x92, a valid sequence),
 * so a run is repaired only where it is not plausible as it stands:
 *
 * <ul>
 *   <li>a run with a C1 control in it, or of three or four characters (an accented letter followed
 *       by two or three symbols), is garbled, unless it is a letter followed by closing punctuation
 *       ("é…»") or decodes to a letter of a script other than Latin, Greek or Cyrillic glued to the
 *       letters before it ("donné»…");
 *   <li>"Ã" or "Â" followed by a symbol (Latin-1's letters) is garbled, unless it ends a word in
 *       capitals before closing punctuation ("IRMÃ”");
 *   <li>any other capital and symbol must decode to a Latin, Greek or Cyrillic letter or a
 *       combining mark, and stand inside a word written in small letters ("byÅ‚", "Å»ona"): a
 *       capital that ends a word in capitals ("JÄRVENPÄÄ”"), stands among capitals before a letter
 *       ("ÇŸ"), or comes before an apostrophe ("Ç’a") stays.
 * </ul>
 *
 * Those that only the last rule keeps out are repaired after all when another run of the same word
 * is garbled in the same set, as in "Å\u0081Ã“DÅ¹" ("ŁÓDŹ"). In MacRoman, whose upper half holds
 * the accented letters themselves, only the lead bytes that are symbols there ("√", "¬", "ƒ", "≈",
 * "‚" and the Apple logo) are taken, so that "l’été" or "—à" are never read as such.
 */
final class Mojibake {

    /** Punctuation that follows a word: after a capital it may end a word in capitals. */
    private static final String CLOSING = "\u2019\u201D\u00BB\u203A\u2026\u2013\u2014\u00B4";

    /** How strongly a sequence looks garbled. */
    private enum Verdict {
        /** Garbled only if another sequence of its word is. */
        WEAK,
        STRONG
    }

    /** One UTF-8 sequence read in the wrong set: the run {@code [start, end)}. */
    private record Sequence(
            int start, int end, int codePoint, MisreadCharset charset, Verdict verdict) {}

    private Mojibake() {}

    /**
     * The repairs of the line {@code [from, to)} of {@code text}, outside the runs of {@code skip}
     * (sorted, as HTML remnants are).
     */
    static List<TextDamage.Repair> find(
            String text, int from, int to, List<TextDamage.Repair> skip) {
        List<Sequence> found = new ArrayList<>();
        int skipped = 0;
        int limit = skip.isEmpty() ? to : skip.get(0).start();
        for (int i = from; i < to; i++) {
            if (i >= limit) {
                i = skip.get(skipped++).end() - 1;
                limit = skipped < skip.size() ? skip.get(skipped).start() : to;
                continue;
            }
            if (text.charAt(i) < 0x80) {
                continue;
            }
            Sequence best = null;
            for (MisreadCharset charset : MisreadCharset.values()) {
                Sequence s = sequenceAt(text, i, from, limit, charset);
                if (s != null && (best == null || s.verdict == Verdict.STRONG)) {
                    best = s;
                    if (s.verdict == Verdict.STRONG) {
                        break;
                    }
                }
            }
            if (best != null) {
                found.add(best);
                i = best.end - 1;
            }
        }
        return found.isEmpty() ? List.of() : garbledWords(text, found);
    }

    /**
     * The sequences of each word (a run of non-blanks) that are garbled: all of a set's when one of
     * them is strongly so.
     */
    private static List<TextDamage.Repair> garbledWords(String text, List<Sequence> found) {
        List<TextDamage.Repair> repairs = new ArrayList<>();
        int first = 0;
        while (first < found.size()) {
            int last = first;
            while (last + 1 < found.size()
                    && !hasBlank(text, found.get(last).end, found.get(last + 1).start)) {
                last++;
            }
            boolean[] strong = new boolean[MisreadCharset.values().length];
            for (int k = first; k <= last; k++) {
                if (found.get(k).verdict == Verdict.STRONG) {
                    strong[found.get(k).charset.ordinal()] = true;
                }
            }
            for (int k = first; k <= last; k++) {
                Sequence s = found.get(k);
                if (strong[s.charset.ordinal()]) {
                    repairs.add(
                            new TextDamage.Repair(
                                    TextDamage.Kind.MOJIBAKE,
                                    s.start,
                                    s.end,
                                    Character.toString(s.codePoint),
                                    fill(text, s)));
                }
            }
            first = last + 1;
        }
        return repairs;
    }

    /**
     * U+FFFF after a character that continues its word, as in clean text; blanks after one that
     * ends a word or stands apart (a dash, a quote, CJK), and after an opening quote that no word
     * stands before, so that the fill never starts a word of its own.
     */
    private static TextDamage.Fill fill(String text, Sequence s) {
        boolean joins = TextDamage.joinsWord(s.codePoint);
        if (joins && s.codePoint == '\u2018') {
            joins = s.start > 0 && TextDamage.joinsWord(text.charAt(s.start - 1));
        }
        return joins ? TextDamage.Fill.JOINED : TextDamage.Fill.SILENT;
    }

    private static boolean hasBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Blanks.isBlank(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The UTF-8 sequence that {@code charset} makes of the characters from {@code at} (not past
     * {@code limit}), with its verdict; null when there is none or it is plausible text.
     */
    private static Sequence sequenceAt(
            String text, int at, int from, int limit, MisreadCharset charset) {
        int lead = charset.byteOf(text.charAt(at));
        if (lead < 0xC2 || lead > 0xF4) {
            return null;
        }
        int continuations = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
        int end = at + 1 + continuations;
        if (end > limit) {
            return null;
        }
        int codePoint = lead & (continuations == 1 ? 0x1F : continuations == 2 ? 0x0F : 0x07);
        for (int k = at + 1; k < end; k++) {
            int b = charset.byteOf(text.charAt(k));
            if (b < 0x80 || b > 0xBF) {
                return null;
            }
            if (k == at + 1 && !secondByteFits(lead, b)) {
                return null; // an overlong form, a surrogate, or past U+10FFFF
            }
            codePoint = codePoint << 6 | b & 0x3F;
        }
        if (!isCharacter(codePoint)) {
            return null;
        }
        Verdict verdict = judge(text, at, end, from, limit, charset, lead, codePoint);
        return verdict == null ? null : new Sequence(at, end, codePoint, charset, verdict);
    }

    private static boolean secondByteFits(int lead, int b) {
        return switch (lead) {
            case 0xE0 -> b >= 0xA0;
            case 0xED -> b <= 0x9F;
            case 0xF0 -> b >= 0x90;
            case 0xF4 -> b <= 0x8F;
            default -> true;
        };
    }

    /** Whether a page would hold {@code cp}: assigned, no control, no private use, no surrogate. */
    private static boolean isCharacter(int cp) {
        int type = Character.getType(cp);
        return type != Character.CONTROL
                && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE
                && type != Character.SURROGATE
                && (cp & 0xFFFE) != 0xFFFE
                && !(cp >= 0xFDD0 && cp <= 0xFDEF);
    }

    private static Verdict judge(
            String text,
            int at,
            int end,
            int from,
            int to,
            MisreadCharset charset,
            int lead,
            int codePoint) {
        if (charset == MisreadCharset.MAC_ROMAN) {
            boolean symbolLead = lead <= 0xC5 || lead == 0xE2 || lead == 0xF0;
            return symbolLead ? Verdict.STRONG : null;
        }
        int before = at > from ? text.charAt(at - 1) : ' ';
        int after = end < to ? text.charAt(end) : ' ';
        for (int k = at + 1; k < end; k++) {
            if (text.charAt(k) >= 0x80 && text.charAt(k) <= 0x9F) {
                return Verdict.STRONG; // a C1 control is never meant
            }
        }
        char second = text.charAt(at + 1);
        boolean closing = CLOSING.indexOf(second) >= 0;
        if (end - at > 2) {
            boolean allClosing = closing && CLOSING.indexOf(text.charAt(end - 1)) >= 0;
            if (allClosing && Character.isLetter(before) && !Character.isLetter(after)) {
                return Verdict.WEAK;
            }
            if (isOtherScriptLetter(codePoint) && Character.isLetter(before)) {
                return Verdict.WEAK;
            }
            return Verdict.STRONG;
        }
        if (lead <= 0xC3) {
            boolean endsCapitals =
                    Character.isUpperCase(before) && closing && !Character.isLetter(after);
            return endsCapitals ? Verdict.WEAK : Verdict.STRONG;
        }
        if (!(codePoint >= 0x100 && codePoint <= 0x24F
                || codePoint >= 0x300 && codePoint <= 0x4FF)) {
            return null;
        }
        boolean apostrophe = second == '\u2019' || second == '\u00B4';
        boolean inCapitals = Character.isUpperCase(before) || Character.isUpperCase(after);
        if (apostrophe && !Character.isLowerCase(before)
                || Character.isLetter(second) && inCapitals
                || closing && !Character.isLowerCase(before) && !Character.isLetter(after)
                || Character.isUpperCase(before) && !Character.isLowerCase(after)
                || !Character.isLetter(before) && !Character.isLetter(after)) {
            return Verdict.WEAK;
        }
        return Verdict.STRONG;
    }

    /** Where the word that goes on at {@code from} ends: its first blank, or {@code to}. */
    private static int wordEnd(String text, int from, int to) {
        int end = from;
        while (end < to && !Blanks.isBlank(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isOtherScriptLetter(int cp) {
        if (!Character.isLetter(cp)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script != Character.UnicodeScript.LATIN
                && script != Character.UnicodeScript.GREEK
                && script != Character.UnicodeScript.CYRILLIC
                && script != Character.UnicodeScript.COMMON;
    }

    /**
     * "'CafÃ©' read as 'Café'": the word of the line's first repair as it was and as repaired, and
     * how many more the line has.
     */
    static String describe(
            String text,
            int from,
            int to,
            List<TextDamage.Repair> repairs,
            List<TextDamage.Repair> skip) {
        TextDamage.Repair first = repairs.get(0);
        // The word is cut where HTML that was taken out stands next to it.
        for (TextDamage.Repair markup : skip) {
            if (markup.end() <= first.start()) {
                from = markup.end();
            } else if (markup.start() >= first.end()) {
                to = markup.start();
                break;
            }
        }
        int start = first.start();
        while (start > from && !Blanks.isBlank(text.charAt(start - 1))) {
            start--;
        }
        StringBuilder repaired = new StringBuilder();
        int copied = start;
        int inWord = 0;
        int end = wordEnd(text, first.end(), to);
        for (TextDamage.Repair r : repairs) {
            if (r.start() > end) {
                break;
            }
            repaired.append(text, copied, r.start()).append(r.replacement());
            copied = r.end();
            if (copied > end) {
                end = wordEnd(text, copied, to); // the run held a no-break space: no word end
            }
            inWord++;
        }
        repaired.append(text, copied, end);
        String message =
                "UTF-8 text decoded in another character set: '"
                        + TextDamage.shortened(text.substring(start, end), 40)
                        + "' read as '"
                        + TextDamage.shortened(repaired.toString(), 40)
                        + "'";
        int more = repairs.size() - inWord;
        return more == 0 ? message : message + " (and " + more + " more on this line)";
    }
}
