package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.json.PageJson;
import dev.showpage.model.Page;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Model to JSON to model gives an equal page, and JSON to model to JSON gives the same bytes, for
 * every test page: the files under {@code testdata/} and every page that the construct and
 * damaged-input tests define.
 */
class JsonRoundTripTest {

    static Stream<Arguments> pages() throws IOException, IllegalAccessException {
        List<Arguments> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("testdata"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                pages.add(Arguments.of(file.toString(), Files.readString(file)));
            }
        }
        for (Class<?> owner : List.of(ConstructTest.class, DamagedInputTest.class)) {
            for (Field field : owner.getDeclaredFields()) {
                if (isPageText(field)) {
                    field.setAccessible(true);
                    pages.add(
                            Arguments.of(
                                    owner.getSimpleName() + "." + field.getName(),
                                    field.get(null)));
                }
            }
        }
        return pages.stream();
    }

    /** ConstructTest names its pages X_PAGE; every String constant of DamagedInputTest is one. */
    private static boolean isPageText(Field field) {
        return Modifier.isStatic(field.getModifiers())
                && field.getType() == String.class
                && (field.getName().endsWith("PAGE")
                        || field.getDeclaringClass() == DamagedInputTest.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void modelToJsonToModelIsEqual(String name, String text) {
        Page page = EpisodePageParser.parse(text);

        assertThat(PageJson.fromJson(PageJson.toJson(page))).isEqualTo(page);
        assertThat(PageJson.fromJson(new StringReader(PageJson.toCompactJson(page))))
                .isEqualTo(page);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void jsonToModelToJsonIsByteIdentical(String name, String text) {
        String json = PageJson.toJson(EpisodePageParser.parse(text));
        String compact = PageJson.toCompactJson(EpisodePageParser.parse(text));

        assertThat(PageJson.toJson(PageJson.fromJson(json))).isEqualTo(json);
        assertThat(PageJson.toCompactJson(PageJson.fromJson(compact))).isEqualTo(compact);
        assertThat(compact).doesNotContain("\n");
    }
}
