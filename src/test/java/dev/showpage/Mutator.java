package dev.showpage;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded, repeatable damage to page text. Every choice comes from the one {@link SplittableRandom},
 * so a seed gives the same mutations on the same page every time; {@link #applied()} names what was
 * done, for failure messages.
 */
final class Mutator {

    /** Code points and strings that parsers of text tend to trip over. */
    static final String[] NASTY = {
        "\u0000", // NUL
        "\u200F", // right-to-left mark
        "\u202E", // right-to-left override
        "\u200E", // left-to-right mark
        "\u2066", // left-to-right isolate
        "\u0301", // combining acute accent
        "\u0336", // combining long stroke overlay
        "\u20DD", // combining enclosing circle
        "\uD83D\uDE00", // grinning face: a surrogate pair
        "\uD83D\uDCA9", // another pair
        "\uD83C\uDDFA\uD83C\uDDF8", // a flag: two pairs
        "\uD83D\uDC69\u200D\uD83D\uDCBB", // a ZWJ sequence
        "\uD800", // unpaired high surrogate
        "\uDBFF", // unpaired high surrogate
        "\uDC00", // unpaired low surrogate
        "\uDFFF", // unpaired low surrogate
        "\uFEFF", // byte order mark / zero-width no-break space
        "\uFFFD", // replacement character
        "\uFFFF", // noncharacter
        "\u2028", // line separator
        "\u2029", // paragraph separator
        "\u001F", // unit separator
        "\u0085", // next line
        "\u000B", // vertical tab
        "\u00A0", // no-break space
        "\u3000", // ideographic space
        "\u200B", // zero-width space
        "\t",
        "\r",
        "\n",
        "\r\n",
        ":",
        "-",
        "\u2013",
        "\u2022",
        "/",
        ".",
        "?",
        "&",
        "0",
        "9",
    };

    /** Lines and pieces of lines that mean something to the grammar. */
    static final String[] STRUCTURAL = {
        "1 Listener",
        "1,204 Listeners",
        "99999999999999999999 Listeners",
        "02/17/25 \u2022 84 min",
        "13/45/25 \u2022 99999999999999999999 min",
        "02/17/25",
        "Chapters:",
        "00:00 -",
        "99:99:99 - Odd",
        "00:00 - Start",
        "Follow Ann & Bob:",
        "Follow:",
        "Links Mentioned:",
        "Top 3 Harbour Episodes",
        "Top 99999999999999999999",
        "Top",
        "FAQ",
        "Show more",
        "Show more FAQ",
        "All episodes",
        "Best episodes",
        "https://",
        "https://x.io",
        "Twitter: https://twitter.com/someone",
        "Ann on Twitter: https://twitter.com/ann",
        "-----",
        "What is this?",
        "Jun 13, 2024",
    };

    private final SplittableRandom random;
    private final List<String> applied = new ArrayList<>();

    Mutator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** What was done so far, in order. */
    List<String> applied() {
        return List.copyOf(applied);
    }

    /** Applies one to three random mutations. */
    String mutate(String text) {
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            text = mutateOnce(text);
        }
        return text;
    }

    String mutateOnce(String text) {
        return switch (random.nextInt(7)) {
            case 0 -> deleteLine(text);
            case 1 -> duplicateLine(text);
            case 2 -> swapLines(text);
            case 3 -> truncate(text);
            case 4 -> insertGarbageLine(text);
            case 5 -> insertStructuralLine(text);
            default -> replaceCharacters(text);
        };
    }

    String deleteLine(String text) {
        List<String> lines = splitKeepingBreaks(text);
        if (lines.isEmpty()) {
            applied.add("delete line (none)");
            return text;
        }
        int at = random.nextInt(lines.size());
        applied.add("delete line " + (at + 1));
        lines.remove(at);
        return String.join("", lines);
    }

    String duplicateLine(String text) {
        List<String> lines = splitKeepingBreaks(text);
        if (lines.isEmpty()) {
            applied.add("duplicate line (none)");
            return text;
        }
        int at = random.nextInt(lines.size());
        applied.add("duplicate line " + (at + 1));
        String line = lines.get(at);
        lines.add(at, endsWithBreak(line) ? line : line + "\n");
        return String.join("", lines);
    }

    String swapLines(String text) {
        List<String> lines = splitKeepingBreaks(text);
        if (lines.size() < 2) {
            applied.add("swap lines (too few)");
            return text;
        }
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        applied.add("swap lines " + (a + 1) + " and " + (b + 1));
        String first = withBreak(lines.get(a));
        String second = withBreak(lines.get(b));
        lines.set(a, second);
        lines.set(b, first);
        return String.join("", lines);
    }

    String truncate(String text) {
        int at = random.nextInt(text.length() + 1);
        applied.add("truncate at character " + at);
        return text.substring(0, at);
    }

    String insertGarbageLine(String text) {
        String garbage = garbage(random.nextInt(81));
        return insertLine(text, garbage, "garbage line \"" + Corpus.escape(garbage, 120) + "\"");
    }

    String insertStructuralLine(String text) {
        String line = STRUCTURAL[random.nextInt(STRUCTURAL.length)];
        if (random.nextInt(3) == 0) {
            line = line + " " + garbage(random.nextInt(20));
        }
        return insertLine(text, line, "structural line \"" + Corpus.escape(line, 120) + "\"");
    }

    String replaceCharacters(String text) {
        if (text.isEmpty()) {
            applied.add("replace characters (empty text)");
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        int count = 1 + random.nextInt(8);
        List<String> done = new ArrayList<>();
        for (int i = 0; i < count && out.length() > 0; i++) {
            int at = random.nextInt(out.length());
            String with = randomUnicode();
            out.replace(at, at + 1, with);
            done.add(at + "=\"" + Corpus.escape(with, 20) + "\"");
        }
        applied.add("replace characters " + done);
        return out.toString();
    }

    /** A random piece of text of {@code length} units: letters, blanks and nasty characters. */
    String garbage(int length) {
        StringBuilder out = new StringBuilder();
        while (out.length() < length) {
            switch (random.nextInt(6)) {
                case 0, 1 -> out.append((char) ('a' + random.nextInt(26)));
                case 2 -> out.append(' ');
                case 3 -> out.append(STRUCTURAL[random.nextInt(STRUCTURAL.length)]);
                default -> out.append(randomUnicode());
            }
        }
        // No line breaks inside: this is one line.
        return out.toString().replace("\r", " ").replace("\n", " ");
    }

    /** A nasty string, a random BMP character (maybe a lone surrogate) or a random code point. */
    String randomUnicode() {
        return switch (random.nextInt(4)) {
            case 0, 1 -> NASTY[random.nextInt(NASTY.length)];
            case 2 -> String.valueOf((char) random.nextInt(0x10000));
            default -> new String(Character.toChars(random.nextInt(Character.MAX_CODE_POINT + 1)));
        };
    }

    private String insertLine(String text, String line, String what) {
        List<String> lines = splitKeepingBreaks(text);
        int at = random.nextInt(lines.size() + 1);
        applied.add("insert " + what + " as line " + (at + 1));
        if (at > 0 && !endsWithBreak(lines.get(at - 1))) {
            lines.set(at - 1, lines.get(at - 1) + "\n");
        }
        lines.add(at, line + "\n");
        return String.join("", lines);
    }

    /** The lines of {@code text}, each with its line break (CRLF, CR or LF) if it has one. */
    static List<String> splitKeepingBreaks(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    private static boolean endsWithBreak(String line) {
        return line.endsWith("\n") || line.endsWith("\r");
    }

    private static String withBreak(String line) {
        return endsWithBreak(line) ? line : line + "\n";
    }
}
