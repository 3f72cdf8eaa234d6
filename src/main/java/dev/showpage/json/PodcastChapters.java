package dev.showpage.json;

import static java.util.Objects.requireNonNull;

import dev.showpage.model.Chapter;
import dev.showpage.model.Episode;
import java.io.StringWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * An episode's chapters as a Podcasting 2.0 JSON chapters file (the podcast namespace's {@code
 * jsonChapters} format, version 1.2.0), the file a feed's {@code <podcast:chapters>} tag points at:
 *
 * <pre>{@code
 * {"version": "1.2.0", "chapters": [{"startTime": 0, "title": "Introduction", "endTime": 75}, ...]}
 * }</pre>
 *
 * <p>Times are whole seconds; {@code endTime} is written where the chapter's end is known.
 */
public final class PodcastChapters {

    /** The version of the JSON chapters format written. */
    public static final String VERSION = "1.2.0";

    private PodcastChapters() {}

    /**
     * The chapters file of one episode, pretty, with a final line break.
     *
     * @param episode the episode whose chapters to write
     * @return the chapters file; its {@code chapters} list is empty when the episode has none
     */
    public static String toJson(Episode episode) {
        requireNonNull(episode, "episode is null");
        StringWriter out = new StringWriter();
        try (JsonGenerator g = PageJson.generator(out, true)) {
            g.writeStartObject();
            g.writeStringProperty("version", VERSION);
            g.writeName("chapters");
            g.writeStartArray();
            for (Chapter chapter : episode.chapters()) {
                g.writeStartObject();
                g.writeNumberProperty("startTime", chapter.start().getSeconds());
                g.writeStringProperty("title", chapter.title());
                if (chapter.end().isPresent()) {
                    g.writeNumberProperty("endTime", chapter.end().get().getSeconds());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (JacksonException e) {
            throw PageJson.unchecked(e);
        }
        return out.append('\n').toString();
    }
}
