package dev.showpage.json;

import dev.showpage.model.Chapter;
import dev.showpage.model.Diagnostic;
import dev.showpage.model.Episode;
import dev.showpage.model.Faq;
import dev.showpage.model.FaqEntry;
import dev.showpage.model.Link;
import dev.showpage.model.LinkKind;
import dev.showpage.model.Page;
import dev.showpage.model.Person;
import dev.showpage.model.Promotion;
import dev.showpage.model.Role;
import dev.showpage.model.Severity;
import dev.showpage.model.Show;
import dev.showpage.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** Reads the contract's JSON back into a {@link Page}; the inverse of {@link PageJsonWriter}. */
final class PageJsonReader {

    private PageJsonReader() {}

    static Page read(JsonNode root) {
        JsonObject page = JsonObject.of(root, "");
        int version = page.integer("schemaVersion");
        if (version != PageJsonWriter.SCHEMA_VERSION) {
            throw new PageJsonException(
                    "/schemaVersion",
                    "this reader knows schemaVersion "
                            + PageJsonWriter.SCHEMA_VERSION
                            + ", not "
                            + version,
                    null);
        }
        Page result =
                new Page(
                        page.string("layout"),
                        page.optionalObject("show").map(PageJsonReader::show),
                        page.strings("navigation"),
                        page.optionalString("heading"),
                        page.optionalString("summary"),
                        map(page.objects("episodes"), PageJsonReader::episode),
                        page.optionalObject("faq").map(PageJsonReader::faq),
                        map(page.objects("diagnostics"), PageJsonReader::diagnostic));
        page.requireNoOtherFields();
        return result;
    }

    private static Show show(JsonObject o) {
        Show show =
                new Show(
                        o.string("title"),
                        o.optionalString("publisher"),
                        o.optionalInteger("listeners"),
                        o.optionalInteger("episodeCount"));
        o.requireNoOtherFields();
        return show;
    }

    private static Episode episode(JsonObject o) {
        JsonObject source = o.object("source");
        Episode episode =
                new Episode(
                        o.integer("rank"),
                        o.optionalString("title"),
                        o.optionalString("show"),
                        o.optionalDate("released"),
                        o.optionalSeconds("durationSeconds"),
                        o.optionalInteger("listeners"),
                        o.optionalString("description"),
                        map(o.objects("people"), PageJsonReader::person),
                        map(o.objects("links"), PageJsonReader::link),
                        map(o.objects("promotions"), PageJsonReader::promotion),
                        map(o.objects("chapters"), PageJsonReader::chapter),
                        new SourcePosition(source.integer("line"), source.integer("column")));
        source.requireNoOtherFields();
        o.requireNoOtherFields();
        return episode;
    }

    private static Person person(JsonObject o) {
        Person person =
                new Person(
                        o.string("name"),
                        o.enumValue("role", Role.class),
                        map(o.objects("links"), PageJsonReader::link));
        o.requireNoOtherFields();
        return person;
    }

    private static Link link(JsonObject o) {
        Link link =
                new Link(
                        o.optionalString("label"),
                        o.string("url"),
                        o.enumValue("kind", LinkKind.class),
                        o.optionalString("note"));
        o.requireNoOtherFields();
        return link;
    }

    private static Promotion promotion(JsonObject o) {
        Promotion promotion = new Promotion(o.string("text"), o.optionalString("url"));
        o.requireNoOtherFields();
        return promotion;
    }

    private static Chapter chapter(JsonObject o) {
        Chapter chapter =
                new Chapter(
                        o.seconds("startSeconds"),
                        o.optionalSeconds("endSeconds"),
                        o.string("title"));
        o.requireNoOtherFields();
        return chapter;
    }

    private static Faq faq(JsonObject o) {
        Faq faq =
                new Faq(
                        map(
                                o.objects("entries"),
                                e -> {
                                    FaqEntry entry =
                                            new FaqEntry(e.string("question"), e.string("answer"));
                                    e.requireNoOtherFields();
                                    return entry;
                                }),
                        o.optionalInteger("episodeCount"),
                        o.strings("topics"),
                        o.optionalString("mostPopularEpisode"),
                        o.optionalSeconds("averageEpisodeSeconds"),
                        o.optionalSeconds("releaseIntervalSeconds"),
                        o.optionalDate("firstEpisodeDate"));
        o.requireNoOtherFields();
        return faq;
    }

    private static Diagnostic diagnostic(JsonObject o) {
        Diagnostic diagnostic =
                new Diagnostic(
                        o.enumValue("severity", Severity.class),
                        o.string("code"),
                        o.integer("line"),
                        o.integer("column"),
                        o.string("message"));
        o.requireNoOtherFields();
        return diagnostic;
    }

    private static <T> List<T> map(List<JsonObject> objects, Function<JsonObject, T> f) {
        List<T> list = new ArrayList<>(objects.size());
        for (JsonObject o : objects) {
            try {
                list.add(f.apply(o));
            } catch (IllegalArgumentException e) {
                // A record refused a value the schema allows in shape (a rank of 0, a line of -1).
                throw new PageJsonException(o.pointer(), e.getMessage(), e);
            }
        }
        return list;
    }
}
