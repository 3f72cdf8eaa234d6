package dev.showpage.json;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader of WebVTT chapter files written from the syntax of the WebVTT specification (W3C,
 * "WebVTT: The Web Video Text Tracks Format", section 4, "Syntax"), not from the writer under test.
 * It accepts only what the syntax allows and throws {@link IllegalArgumentException} naming the
 * line and the rule otherwise. The rules it holds a file to:
 *
 * <ul>
 *   <li>File body: the string {@code WEBVTT}, optionally a space or tab and header text without a
 *       line break, a line terminator; then cue blocks separated by one or more blank lines.
 *   <li>Cue block: an optional identifier line (without {@code -->}), the cue timings line, and the
 *       payload lines up to a blank line; the payload never contains {@code -->}.
 *   <li>Cue timings: a timestamp, one or more spaces or tabs, {@code -->}, one or more spaces or
 *       tabs, a timestamp (cue settings may follow after a space or tab).
 *   <li>Timestamp: optionally hours as two or more digits and {@code :} (hours may be left out only
 *       when they are zero); minutes as two digits 00-59; {@code :}; seconds as two digits 00-59;
 *       {@code .}; three digits of thousandths.
 *   <li>A cue's end is after its start, and its start is not before the start of any cue before it
 *       in the file.
 *   <li>Chapters ({@code <track kind="chapters">}): cues only nest or do not overlap, and the
 *       payload is chapter title text: text spans (no line break, {@code &} or {@code <}) and
 *       character references; this reader knows {@code &amp;}, {@code &lt;} and {@code &gt;}.
 * </ul>
 */
final class WebVttCues {

    /**
     * One cue.
     *
     * @param line the 1-based line of its timings
     * @param startMillis its start
     * @param endMillis its end
     * @param title its payload with the character references resolved
     */
    record Cue(int line, long startMillis, long endMillis, String title) {}

    private static final Pattern HEADER = Pattern.compile("\uFEFF?WEBVTT(?:[ \t][^\r\n]*)?");

    private static final String TIMESTAMP = "(?:(\\d{2,}):)?([0-5]\\d):([0-5]\\d)\\.(\\d{3})";

    private static final Pattern TIMINGS =
            Pattern.compile(TIMESTAMP + "[ \t]+-->[ \t]+" + TIMESTAMP + "(?:[ \t].*)?");

    private static final Pattern REFERENCE = Pattern.compile("&(amp|lt|gt);");

    private WebVttCues() {}

    /** The cues of a WebVTT chapters file; throws when it breaks a rule above. */
    static List<Cue> parse(String file) {
        String[] lines = file.split("\r\n|\r|\n", -1);
        require(HEADER.matcher(lines[0]).matches(), 1, "the file does not start with WEBVTT");
        List<Cue> cues = new ArrayList<>();
        int i = 1;
        while (true) {
            int blanks = 0;
            while (i < lines.length && lines[i].isEmpty()) {
                i++;
                blanks++;
            }
            if (i >= lines.length) {
                break;
            }
            require(blanks >= 1, i + 1, "a block does not follow a blank line");
            if (!lines[i].contains("-->")) {
                // The cue's identifier.
                i++;
                require(i < lines.length, i, "an identifier ends the file");
            }
            int timingsLine = i + 1;
            Matcher m = TIMINGS.matcher(lines[i]);
            require(m.matches(), timingsLine, "not cue timings: " + lines[i]);
            long start = millis(m, 1);
            long end = millis(m, 5);
            require(end > start, timingsLine, "the end is not after the start");
            if (!cues.isEmpty()) {
                Cue before = cues.get(cues.size() - 1);
                require(
                        start >= before.startMillis(),
                        timingsLine,
                        "the start is before the start of the cue before it");
            }
            i++;
            List<String> payload = new ArrayList<>();
            while (i < lines.length && !lines[i].isEmpty()) {
                require(!lines[i].contains("-->"), i + 1, "a payload line contains -->");
                payload.add(lines[i]);
                i++;
            }
            require(payload.size() == 1, timingsLine, "chapter title text is one line");
            cues.add(new Cue(timingsLine, start, end, titleText(payload.get(0), timingsLine)));
        }
        requireNested(cues);
        return cues;
    }

    private static long millis(Matcher m, int group) {
        long hours = m.group(group) == null ? 0 : Long.parseLong(m.group(group));
        return ((hours * 60 + Long.parseLong(m.group(group + 1))) * 60
                                + Long.parseLong(m.group(group + 2)))
                        * 1000
                + Long.parseLong(m.group(group + 3));
    }

    private static String titleText(String payload, int line) {
        StringBuilder title = new StringBuilder();
        Matcher m = REFERENCE.matcher(payload);
        int at = 0;
        while (m.find()) {
            title.append(span(payload.substring(at, m.start()), line));
            title.append(
                    switch (m.group(1)) {
                        case "amp" -> '&';
                        case "lt" -> '<';
                        default -> '>';
                    });
            at = m.end();
        }
        return title.append(span(payload.substring(at), line)).toString();
    }

    private static String span(String text, int line) {
        require(text.indexOf('&') < 0, line, "an & that is no character reference: " + text);
        require(text.indexOf('<') < 0, line, "a tag in chapter title text: " + text);
        return text;
    }

    private static void requireNested(List<Cue> cues) {
        for (int a = 0; a < cues.size(); a++) {
            for (int b = a + 1; b < cues.size(); b++) {
                Cue x = cues.get(a);
                Cue y = cues.get(b);
                boolean apart =
                        x.endMillis() <= y.startMillis() || y.endMillis() <= x.startMillis();
                boolean nested =
                        x.startMillis() <= y.startMillis() && y.endMillis() <= x.endMillis()
                                || y.startMillis() <= x.startMillis()
                                        && x.endMillis() <= y.endMillis();
                require(apart || nested, y.line(), "chapter cues overlap without nesting");
            }
        }
    }

    private static void require(boolean rule, int line, String broken) {
        if (!rule) {
            throw new IllegalArgumentException("line " + line + ": " + broken);
        }
    }
}
