package dev.showpage.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.showpage.EpisodePageParser;
import dev.showpage.Fuzzing;
import dev.showpage.model.Page;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;

/**
 * Coverage-guided fuzzing of the JSON side. Every test run replays the committed inputs of {@code
 * JsonFuzzTestInputs/<method>/} (under src/test/resources); {@code JAZZER_FUZZ=1} fuzzes one method
 * (see the README's Fuzzing).
 */
class JsonFuzzTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Schema SCHEMA = loadSchema();

    private static Schema loadSchema() {
        SchemaRegistryConfig config =
                SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry =
                SchemaRegistry.withDefaultDialect(
                        SpecificationVersion.DRAFT_2020_12,
                        builder -> builder.schemaRegistryConfig(config));
        try (InputStream in = PageJson.openSchema()) {
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The input is page text. Its page written as JSON validates against the published schema,
     * reads back into an equal page, and that page writes the same bytes again; the same holds for
     * the compact form.
     */
    @FuzzTest(maxDuration = Fuzzing.DURATION)
    void roundTrip(byte[] input) {
        Page page = EpisodePageParser.parse(new String(input, StandardCharsets.UTF_8));

        String json = PageJson.toJson(page);
        String compact = PageJson.toCompactJson(page);

        assertThat(SchemaValidationTest.describe(SCHEMA.validate(MAPPER.readTree(json))))
                .as(json)
                .isEmpty();
        Page read = PageJson.fromJson(json);
        assertThat(read).as(json).isEqualTo(page);
        assertThat(PageJson.toJson(read)).isEqualTo(json);
        Page readCompact = PageJson.fromJson(compact);
        assertThat(readCompact).as(compact).isEqualTo(page);
        assertThat(PageJson.toCompactJson(readCompact)).isEqualTo(compact);
    }

    /**
     * The input is any bytes read as a JSON document: reading either gives a page or throws {@link
     * PageJsonException}, never another exception; a page it gives survives its own round trip.
     */
    @FuzzTest(maxDuration = Fuzzing.DURATION)
    void reader(byte[] input) {
        Page fromString =
                readOrNull(() -> PageJson.fromJson(new String(input, StandardCharsets.UTF_8)));
        Page fromReader =
                readOrNull(
                        () ->
                                PageJson.fromJson(
                                        new InputStreamReader(
                                                new ByteArrayInputStream(input),
                                                StandardCharsets.UTF_8)));

        assertThat(fromReader).isEqualTo(fromString);
        if (fromString != null) {
            assertThat(PageJson.fromJson(PageJson.toJson(fromString))).isEqualTo(fromString);
        }
    }

    private interface Read {
        Page read();
    }

    /**
     * The page read, or null when reading threw {@link PageJsonException}; anything else escapes.
     */
    private static Page readOrNull(Read read) {
        try {
            return read.read();
        } catch (PageJsonException e) {
            return null;
        }
    }
}
