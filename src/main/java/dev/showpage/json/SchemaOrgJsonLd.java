package dev.showpage.json;

import static java.util.Objects.requireNonNull;

import dev.showpage.model.Episode;
import dev.showpage.model.Link;
import dev.showpage.model.Page;
import dev.showpage.model.Person;
import dev.showpage.model.Role;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * A page as schema.org structured data (JSON-LD), for republishing it with a {@code <script
 * type="application/ld+json">} block: a {@code PodcastSeries} whose {@code episode}s are {@code
 * PodcastEpisode}s with {@code name}, {@code position}, {@code datePublished}, {@code timeRequired}
 * (ISO-8601, such as {@code PT1H24M}), {@code description}, guests as {@code actor} and hosts as
 * {@code contributor} (each a {@code Person} with the URLs the page gives as {@code sameAs}). A
 * link-less page says nothing of an episode's own address, so no {@code url} is invented.
 */
public final class SchemaOrgJsonLd {

    private SchemaOrgJsonLd() {}

    /**
     * The page's JSON-LD, pretty, with a final line break.
     *
     * @param page the page to describe
     * @return the JSON-LD document, one {@code PodcastSeries} object
     */
    public static String toJsonLd(Page page) {
        requireNonNull(page, "page is null");
        StringWriter out = new StringWriter();
        try (JsonGenerator g = PageJson.generator(out, true)) {
            g.writeStartObject();
            g.writeStringProperty("@context", "https://schema.org");
            g.writeStringProperty("@type", "PodcastSeries");
            if (page.show().isPresent()) {
                g.writeStringProperty("name", page.show().get().title());
                if (page.show().get().publisher().isPresent()) {
                    g.writeName("publisher");
                    g.writeStartObject();
                    g.writeStringProperty("@type", "Organization");
                    g.writeStringProperty("name", page.show().get().publisher().get());
                    g.writeEndObject();
                }
            }
            g.writeName("episode");
            g.writeStartArray();
            for (Episode episode : page.episodes()) {
                episode(episode, g);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (JacksonException e) {
            throw PageJson.unchecked(e);
        }
        return out.append('\n').toString();
    }

    private static void episode(Episode e, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("@type", "PodcastEpisode");
        g.writeNumberProperty("position", e.rank());
        string(g, "name", e.title());
        string(g, "datePublished", e.released().map(Object::toString));
        string(g, "timeRequired", e.duration().map(Object::toString));
        string(g, "description", e.description());
        people(g, "actor", e.people(), Role.GUEST);
        people(g, "contributor", e.people(), Role.HOST);
        g.writeEndObject();
    }

    private static void people(JsonGenerator g, String name, List<Person> people, Role role) {
        List<Person> chosen = people.stream().filter(p -> p.role() == role).toList();
        if (chosen.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        for (Person person : chosen) {
            g.writeStartObject();
            g.writeStringProperty("@type", "Person");
            g.writeStringProperty("name", person.name());
            if (!person.links().isEmpty()) {
                g.writeName("sameAs");
                g.writeStartArray();
                for (Link link : person.links()) {
                    g.writeString(link.url());
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void string(JsonGenerator g, String name, Optional<String> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get());
        }
    }
}
