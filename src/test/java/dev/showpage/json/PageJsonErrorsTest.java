package dev.showpage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading JSON that breaks the contract fails with the place and the reason, never quietly. */
class PageJsonErrorsTest {

    private static final String MINIMAL =
            "{\"schemaVersion\":1,\"layout\":\"goodpods\",\"navigation\":[],\"episodes\":[],"
                    + "\"diagnostics\":[]}";

    private static final String ONE_EPISODE =
            "{\"schemaVersion\":1,\"layout\":\"goodpods\",\"navigation\":[],\"episodes\":[{\"rank\":1,"
                + "\"people\":[],\"links\":[{\"url\":\"https://a.example\",\"kind\":\"website\"}],"
                + "\"promotions\":[],\"chapters\":[],\"source\":{\"line\":3,\"column\":1}}],"
                + "\"diagnostics\":[]}";

    @Test
    void theSmallestDocumentReadsAsAnEmptyPage() {
        Page page = PageJson.fromJson(MINIMAL);

        assertThat(page.layout()).isEqualTo("goodpods");
        assertThat(page.show()).isEmpty();
        assertThat(page.episodes()).isEmpty();
        assertThat(PageJson.toCompactJson(page)).isEqualTo(MINIMAL);
    }

    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
                Arguments.of("not JSON", "{\"schemaVersion\":", ""),
                Arguments.of("an array, not an object", "[]", ""),
                Arguments.of(
                        "a newer schema version",
                        MINIMAL.replace("\"schemaVersion\":1", "\"schemaVersion\":2"),
                        "/schemaVersion"),
                Arguments.of(
                        "no layout", MINIMAL.replace("\"layout\":\"goodpods\",", ""), "/layout"),
                Arguments.of(
                        "an unknown top-level field",
                        MINIMAL.replace("{", "{\"extra\":true,"),
                        "/extra"),
                Arguments.of(
                        "episodes is not an array",
                        MINIMAL.replace("\"episodes\":[]", "\"episodes\":{}"),
                        "/episodes"),
                Arguments.of(
                        "rank is a string",
                        ONE_EPISODE.replace("\"rank\":1", "\"rank\":\"1\""),
                        "/episodes/0/rank"),
                Arguments.of(
                        "rank is 0",
                        ONE_EPISODE.replace("\"rank\":1", "\"rank\":0"),
                        "/episodes/0"),
                Arguments.of(
                        "an unknown link kind",
                        ONE_EPISODE.replace("\"website\"", "\"blog\""),
                        "/episodes/0/links/0/kind"),
                Arguments.of(
                        "a link without url",
                        ONE_EPISODE.replace("\"url\":\"https://a.example\",", ""),
                        "/episodes/0/links/0/url"),
                Arguments.of(
                        "an unknown field in a link",
                        ONE_EPISODE.replace(
                                "\"kind\":\"website\"", "\"kind\":\"website\",\"rel\":\"me\""),
                        "/episodes/0/links/0/rel"),
                Arguments.of(
                        "a source line of 0",
                        ONE_EPISODE.replace("\"line\":3", "\"line\":0"),
                        "/episodes/0"),
                Arguments.of(
                        "a date that is not ISO-8601",
                        ONE_EPISODE.replace("\"rank\":1,", "\"rank\":1,\"released\":\"02/17/25\","),
                        "/episodes/0/released"),
                Arguments.of(
                        "negative seconds",
                        ONE_EPISODE.replace("\"rank\":1,", "\"rank\":1,\"durationSeconds\":-5,"),
                        "/episodes/0/durationSeconds"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocuments")
    void aDocumentThatBreaksTheContractIsRefusedWithItsPlace(
            String name, String json, String pointer) {
        assertThatThrownBy(() -> PageJson.fromJson(json))
                .isInstanceOf(PageJsonException.class)
                .satisfies(e -> assertThat(((PageJsonException) e).pointer()).isEqualTo(pointer))
                .hasMessageStartingWith(pointer.isEmpty() ? "" : pointer + ": ");
    }

    @Test
    void theSchemaShipsOnTheClassPath() throws IOException {
        try (InputStream schema = PageJson.openSchema()) {
            assertThat(new String(schema.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("\"$schema\"", "2020-12");
        }
    }

    @Test
    void compactAndPrettyJsonAreTheSameDocument() throws IOException {
        Page page = EpisodePageParser.parse(Path.of("testdata/goodpods/database-school.txt"));

        assertThat(DatabaseSchoolJsonTest.MAPPER.readTree(PageJson.toCompactJson(page)))
                .isEqualTo(DatabaseSchoolJsonTest.MAPPER.readTree(PageJson.toJson(page)));
        assertThat(PageJson.toJson(page)).endsWith("}\n");
    }

    /** What {@code PageJson.write}'s javadoc promises: the caller's writer stays the caller's. */
    @Test
    void writeFlushesTheWriterAndLeavesItOpen() throws IOException {
        Page page = EpisodePageParser.parse(Path.of("testdata/goodpods/database-school.txt"));
        StringWriter target = new StringWriter();
        boolean[] closed = {false};
        Writer out =
                new BufferedWriter(
                        new FilterWriter(target) {
                            @Override
                            public void close() throws IOException {
                                closed[0] = true;
                                super.close();
                            }
                        });

        PageJson.write(page, out, true);
        assertThat(closed[0]).as("closed by write").isFalse();
        assertThat(target.toString())
                .as("flushed through the buffer")
                .isEqualTo(PageJson.toJson(page));

        PageJson.write(page, out, false); // the same writer again: still open, flushed again
        assertThat(target.toString())
                .isEqualTo(PageJson.toJson(page) + PageJson.toCompactJson(page));
        assertThat(closed[0]).isFalse();
    }
}
