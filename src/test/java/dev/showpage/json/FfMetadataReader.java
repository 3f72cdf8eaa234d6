package dev.showpage.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader of FFmpeg metadata files written from the format's documentation (FFmpeg Formats,
 * "Metadata"), so that the unit tests check what FFmpeg will read without running it (the round
 * trip through FFmpeg itself is {@code FfmpegChaptersRoundTripTest}). The rules:
 *
 * <ul>
 *   <li>The first line is {@code ;FFMETADATA1}; lines starting with {@code ;} or {@code #} are
 *       comments, and empty lines are ignored.
 *   <li>{@code [CHAPTER]} starts a chapter: an optional {@code TIMEBASE=num/den} line, then {@code
 *       START=} and {@code END=} lines, in that order, then its tags.
 *   <li>A tag is {@code key=value}; {@code =}, {@code ;}, {@code #}, {@code \} and a line break in
 *       a key or value are escaped with a backslash, so an escaped line break continues the value.
 *   <li>Where FFmpeg's reader (libavformat's {@code ffmetadec.c}) differs from the documentation,
 *       this reader does as FFmpeg does: see {@code logicalLines}.
 * </ul>
 */
final class FfMetadataReader {

    /**
     * One {@code [CHAPTER]}.
     *
     * @param timeBase the TIMEBASE line's value ({@code 1/1000000000} when there is none)
     * @param start the START value
     * @param end the END value
     * @param tags its tags, unescaped
     */
    record Chapter(String timeBase, long start, long end, Map<String, String> tags) {}

    private FfMetadataReader() {}

    static List<Chapter> chapters(String file) {
        List<String> lines = logicalLines(file);
        if (lines.isEmpty() || !lines.get(0).equals(";FFMETADATA1")) {
            throw new IllegalArgumentException("no ;FFMETADATA1 header");
        }
        List<Chapter> chapters = new ArrayList<>();
        int i = 1;
        while (i < lines.size()) {
            String line = lines.get(i++);
            if (line.isEmpty() || line.startsWith(";") || line.startsWith("#")) {
                continue;
            }
            if (!line.equals("[CHAPTER]")) {
                throw new IllegalArgumentException("global tags or an unknown line: " + line);
            }
            String timeBase = "1/1000000000";
            if (lines.get(i).startsWith("TIMEBASE=")) {
                timeBase = lines.get(i++).substring("TIMEBASE=".length());
            }
            long start = number(lines.get(i++), "START=");
            long end = number(lines.get(i++), "END=");
            Map<String, String> tags = new LinkedHashMap<>();
            while (i < lines.size() && !lines.get(i).equals("[CHAPTER]")) {
                String tag = lines.get(i++);
                if (tag.isEmpty()) {
                    continue;
                }
                int equals = unescapedEquals(tag);
                tags.put(unescape(tag.substring(0, equals)), unescape(tag.substring(equals + 1)));
            }
            chapters.add(new Chapter(timeBase, start, end, tags));
        }
        return chapters;
    }

    /**
     * Lines as FFmpeg reads them: a CR, LF or NUL ends a line unless the character before it is a
     * backslash. FFmpeg looks at the raw character, so a line end after an escaped backslash
     * continues the line too.
     */
    private static List<String> logicalLines(String file) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        char before = ' ';
        for (int i = 0; i < file.length(); i++) {
            char c = file.charAt(i);
            if ((c == '\r' || c == '\n' || c == 0) && before != '\\') {
                lines.add(line.toString());
                line.setLength(0);
                if (c == '\r' && i + 1 < file.length() && file.charAt(i + 1) == '\n') {
                    i++;
                }
                before = ' ';
            } else {
                line.append(c);
                before = c;
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static long number(String line, String key) {
        if (!line.startsWith(key)) {
            throw new IllegalArgumentException("expected " + key + ", found " + line);
        }
        return Long.parseLong(line.substring(key.length()));
    }

    private static int unescapedEquals(String tag) {
        for (int i = 0; i < tag.length(); i++) {
            if (tag.charAt(i) == '\\') {
                i++;
            } else if (tag.charAt(i) == '=') {
                return i;
            }
        }
        throw new IllegalArgumentException("a tag without '=': " + tag);
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                c = text.charAt(++i);
            } else if (c == '=' || c == ';' || c == '#' || c == '\r') {
                throw new IllegalArgumentException("an unescaped " + c + " in " + text);
            }
            out.append(c);
        }
        return out.toString();
    }
}
