package dev.showpage.json;

import static java.util.Objects.requireNonNull;

import dev.showpage.model.Episode;

/**
 * An episode's chapters as an FFmpeg metadata file, which FFmpeg writes into an MP3 or M4A:
 *
 * <pre>
 * ;FFMETADATA1
 *
 * [CHAPTER]
 * TIMEBASE=1/1000
 * START=0
 * END=75000
 * title=Introduction
 * </pre>
 *
 * <pre>
 * ffmpeg -i episode.mp3 -i chapters.ffmetadata -map_metadata 1 -map_chapters 1 -c copy out.mp3
 * </pre>
 *
 * <p>One {@code [CHAPTER]} block per chapter, by start, with start and end in milliseconds. A
 * chapter without an end ends where the next chapter starts, or at the episode's length; a last
 * chapter whose end neither gives is left out and named in {@link ChapterFile#problems()}, since
 * FFmpeg reads a block without an end as an error. The file has no global tags, so {@code
 * -map_metadata 1} clears the audio's own; leave it out to keep them.
 *
 * <p>Titles are escaped as FFmpeg's metadata format asks: {@code =}, {@code ;}, {@code #}, {@code
 * \} and line breaks get a backslash before them, and come back from FFmpeg as they were. Two
 * characters cannot, and are written as U+FFFD with a problem: a NUL, which ends FFmpeg's line, and
 * a backslash that ends a title, since FFmpeg's reader takes the line end after an escaped
 * backslash for an escaped one and joins the next line to the title.
 */
public final class FfMetadataChapters {

    /** The header line every FFmpeg metadata file starts with. */
    public static final String HEADER = ";FFMETADATA1";

    private FfMetadataChapters() {}

    /**
     * The FFmpeg metadata file of one episode's chapters.
     *
     * @param episode the episode whose chapters to write
     * @return the file (the header alone when the episode has no chapters) and its problems
     */
    public static ChapterFile toFfMetadata(Episode episode) {
        requireNonNull(episode, "episode is null");
        ChapterTimeline timeline = ChapterTimeline.withEnds(episode);
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (ChapterTimeline.Entry entry : timeline.entries()) {
            String title = TitleCharacters.carried(timeline, entry, "FFmpeg metadata", c -> c == 0);
            if (title.endsWith("\\")) {
                // FFmpeg's reader takes a line end after an escaped backslash as escaped too, and
                // would join the next line to the title.
                title = title.substring(0, title.length() - 1) + '\uFFFD';
                timeline.problem(
                        entry,
                        "ends its title with a backslash, which FFmpeg would read as joining the"
                                + " next line to it; written as U+FFFD");
            }
            out.append("\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=")
                    .append(entry.chapter().start().toMillis())
                    .append("\nEND=")
                    .append(entry.chapter().end().orElseThrow().toMillis())
                    .append("\ntitle=")
                    .append(escaped(title))
                    .append('\n');
        }
        return timeline.file(out.toString());
    }

    private static String escaped(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '=' || c == ';' || c == '#' || c == '\\' || c == '\n' || c == '\r') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
