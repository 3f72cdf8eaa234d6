package dev.showpage.json;

import static java.util.Objects.requireNonNull;

import dev.showpage.model.Episode;

/**
 * An episode's chapters as a WebVTT chapters file, the file an HTML {@code <track kind="chapters">}
 * and podcast players read:
 *
 * <pre>
 * WEBVTT
 *
 * 00:00:00.000 --&gt; 00:01:15.000
 * Introduction
 *
 * 00:01:15.000 --&gt; 00:02:55.000
 * The Origins of Prisma: From GraphQL to ORM
 * </pre>
 *
 * <p>One cue per chapter, by start, each from its start to its end ({@code HH:MM:SS.mmm}). A
 * chapter without an end ends where the next chapter starts, or at the episode's length; a last
 * chapter whose end neither gives is left out and named in {@link ChapterFile#problems()}, since a
 * cue cannot be written without an end.
 *
 * <p>Titles are cue text: {@code &}, {@code <} and {@code >} are written as {@code &amp;}, {@code
 * &lt;} and {@code &gt;} (so a {@code -->} in a title cannot end the cue's timings), and a line
 * break as a space (a blank line would end the cue, and a chapter title is one line).
 */
public final class WebVttChapters {

    /** The header line every WebVTT file starts with. */
    public static final String HEADER = "WEBVTT";

    private WebVttChapters() {}

    /**
     * The WebVTT chapters file of one episode.
     *
     * @param episode the episode whose chapters to write
     * @return the file ({@code WEBVTT} alone when the episode has no chapters) and its problems
     */
    public static ChapterFile toWebVtt(Episode episode) {
        requireNonNull(episode, "episode is null");
        ChapterTimeline timeline = ChapterTimeline.withEnds(episode);
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (ChapterTimeline.Entry entry : timeline.entries()) {
            // A cue parser reads NUL as U+FFFD; writing that says so in a problem.
            String title = TitleCharacters.carried(timeline, entry, "WebVTT", c -> c == 0);
            out.append('\n')
                    .append(ChapterTimeline.clock(entry.chapter().start()))
                    .append(" --> ")
                    .append(ChapterTimeline.clock(entry.chapter().end().orElseThrow()))
                    .append('\n')
                    .append(cueText(title))
                    .append('\n');
        }
        return timeline.file(out.toString());
    }

    private static String cueText(String title) {
        StringBuilder out = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> {
                    out.append(' ');
                    if (i + 1 < title.length() && title.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
