package dev.showpage.json;

import dev.showpage.model.Chapter;
import dev.showpage.model.Diagnostic;
import dev.showpage.model.Episode;
import dev.showpage.model.Faq;
import dev.showpage.model.FaqEntry;
import dev.showpage.model.Link;
import dev.showpage.model.Page;
import dev.showpage.model.Person;
import dev.showpage.model.Promotion;
import dev.showpage.model.Show;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a page as the JSON of the contract, field by field in the contract's order, so that the
 * same page always gives the same bytes whatever Jackson's defaults are.
 */
final class PageJsonWriter {

    static final int SCHEMA_VERSION = 1;

    private PageJsonWriter() {}

    static void write(Page page, JsonGenerator g) {
        g.writeStartObject();
        g.writeNumberProperty("schemaVersion", SCHEMA_VERSION);
        g.writeStringProperty("layout", page.layout());
        if (page.show().isPresent()) {
            show(page.show().get(), g);
        }
        string(g, "heading", page.heading());
        string(g, "summary", page.summary());
        g.writeName("navigation");
        g.writeStartArray();
        for (String line : page.navigation()) {
            g.writeString(line);
        }
        g.writeEndArray();
        g.writeName("episodes");
        g.writeStartArray();
        for (Episode episode : page.episodes()) {
            episode(episode, g);
        }
        g.writeEndArray();
        if (page.faq().isPresent()) {
            faq(page.faq().get(), g);
        }
        g.writeName("diagnostics");
        g.writeStartArray();
        for (Diagnostic d : page.diagnostics()) {
            g.writeStartObject();
            g.writeStringProperty("severity", lower(d.severity()));
            g.writeStringProperty("code", d.code());
            g.writeNumberProperty("line", d.line());
            g.writeNumberProperty("column", d.column());
            g.writeStringProperty("message", d.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void show(Show show, JsonGenerator g) {
        g.writeName("show");
        g.writeStartObject();
        g.writeStringProperty("title", show.title());
        string(g, "publisher", show.publisher());
        number(g, "listeners", show.listeners());
        number(g, "episodeCount", show.episodeCount());
        g.writeEndObject();
    }

    private static void episode(Episode e, JsonGenerator g) {
        g.writeStartObject();
        g.writeNumberProperty("rank", e.rank());
        string(g, "title", e.title());
        string(g, "show", e.show());
        date(g, "released", e.released());
        seconds(g, "durationSeconds", e.duration());
        number(g, "listeners", e.listeners());
        string(g, "description", e.description());
        g.writeName("people");
        g.writeStartArray();
        for (Person person : e.people()) {
            g.writeStartObject();
            g.writeStringProperty("name", person.name());
            g.writeStringProperty("role", lower(person.role()));
            links(g, person.links());
            g.writeEndObject();
        }
        g.writeEndArray();
        links(g, e.links());
        g.writeName("promotions");
        g.writeStartArray();
        for (Promotion promotion : e.promotions()) {
            g.writeStartObject();
            g.writeStringProperty("text", promotion.text());
            string(g, "url", promotion.url());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeName("chapters");
        g.writeStartArray();
        for (Chapter chapter : e.chapters()) {
            g.writeStartObject();
            g.writeNumberProperty("startSeconds", chapter.start().getSeconds());
            seconds(g, "endSeconds", chapter.end());
            g.writeStringProperty("title", chapter.title());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeName("source");
        g.writeStartObject();
        g.writeNumberProperty("line", e.source().line());
        g.writeNumberProperty("column", e.source().column());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void links(JsonGenerator g, List<Link> links) {
        g.writeName("links");
        g.writeStartArray();
        for (Link link : links) {
            g.writeStartObject();
            string(g, "label", link.label());
            g.writeStringProperty("url", link.url());
            g.writeStringProperty("kind", lower(link.kind()));
            string(g, "note", link.note());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void faq(Faq faq, JsonGenerator g) {
        g.writeName("faq");
        g.writeStartObject();
        g.writeName("entries");
        g.writeStartArray();
        for (FaqEntry entry : faq.entries()) {
            g.writeStartObject();
            g.writeStringProperty("question", entry.question());
            g.writeStringProperty("answer", entry.answer());
            g.writeEndObject();
        }
        g.writeEndArray();
        number(g, "episodeCount", faq.episodeCount());
        g.writeName("topics");
        g.writeStartArray();
        for (String topic : faq.topics()) {
            g.writeString(topic);
        }
        g.writeEndArray();
        string(g, "mostPopularEpisode", faq.mostPopularEpisode());
        seconds(g, "averageEpisodeSeconds", faq.averageEpisodeLength());
        seconds(g, "releaseIntervalSeconds", faq.releaseInterval());
        date(g, "firstEpisodeDate", faq.firstEpisodeDate());
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, String name, Optional<String> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get());
        }
    }

    private static void number(JsonGenerator g, String name, OptionalInt value) {
        if (value.isPresent()) {
            g.writeNumberProperty(name, value.getAsInt());
        }
    }

    private static void seconds(JsonGenerator g, String name, Optional<Duration> value) {
        if (value.isPresent()) {
            g.writeNumberProperty(name, value.get().getSeconds());
        }
    }

    private static void date(JsonGenerator g, String name, Optional<LocalDate> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get().toString());
        }
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
