package dev.showpage.json;

import static java.util.Objects.requireNonNull;

import dev.showpage.model.Episode;

/**
 * An episode's chapters as Podlove Simple Chapters, the XML of a feed's {@code <psc:chapters>}
 * element, here as a document of its own:
 *
 * <pre>{@code
 * <?xml version="1.0" encoding="UTF-8"?>
 * <psc:chapters version="1.2" xmlns:psc="http://podlove.org/simple-chapters">
 *   <psc:chapter start="00:00:00.000" title="Introduction"/>
 * </psc:chapters>
 * }</pre>
 *
 * <p>One {@code psc:chapter} per chapter, by start ({@code HH:MM:SS.mmm}), with its title. The
 * format has no end times, so every chapter is written, the last one too; the model's chapters
 * carry no link, so no {@code href} is written. Titles are attribute values: {@code &}, {@code <},
 * {@code >} and {@code "} are escaped, and tabs and line breaks are written as character references
 * so that XML's attribute normalisation keeps them. A character XML 1.0 cannot hold (most control
 * characters) is written as U+FFFD with a problem.
 */
public final class PodloveSimpleChapters {

    /** The namespace of the {@code psc} elements. */
    public static final String NAMESPACE = "http://podlove.org/simple-chapters";

    /** The version of the format written. */
    public static final String VERSION = "1.2";

    private PodloveSimpleChapters() {}

    /**
     * The Podlove Simple Chapters document of one episode.
     *
     * @param episode the episode whose chapters to write
     * @return the document (an empty {@code psc:chapters} when the episode has no chapters) and its
     *     problems
     */
    public static ChapterFile toXml(Episode episode) {
        requireNonNull(episode, "episode is null");
        ChapterTimeline timeline = ChapterTimeline.startsOnly(episode);
        StringBuilder out =
                new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                        .append("<psc:chapters version=\"")
                        .append(VERSION)
                        .append("\" xmlns:psc=\"")
                        .append(NAMESPACE)
                        .append("\">\n");
        for (ChapterTimeline.Entry entry : timeline.entries()) {
            String title =
                    TitleCharacters.carried(
                            timeline, entry, "XML", PodloveSimpleChapters::notXmlCharacter);
            out.append("  <psc:chapter start=\"")
                    .append(ChapterTimeline.clock(entry.chapter().start()))
                    .append("\" title=\"")
                    .append(attribute(title))
                    .append("\"/>\n");
        }
        return timeline.file(out.append("</psc:chapters>\n").toString());
    }

    /** Outside XML 1.0's {@code Char} production (surrogates are handled before). */
    private static boolean notXmlCharacter(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF;
    }

    private static String attribute(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
