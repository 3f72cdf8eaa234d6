package dev.showpage.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every test page's JSON is exactly its golden file {@code X.json}, byte for byte.
 *
 * <p>The golden files are read against their pages value by value in their own tests ({@code
 * DatabaseSchoolJsonTest} and the others); this test guards the bytes. After a deliberate change,
 * rewrite them with {@code mvn test -Dtest=GoldenFilesTest -Dgolden.update=true} and review the
 * {@code git diff}; in that mode each comparison is skipped, never passed.
 */
class GoldenFilesTest {

    static List<Path> pages() {
        return TestPages.all();
    }

    @Test
    void everyTestPageHasAGoldenFile() {
        assertThat(pages()).isNotEmpty();
        for (Path page : pages()) {
            assertThat(TestPages.goldenOf(page)).as("golden file of %s", page).exists();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void jsonIsExactlyTheGoldenFile(Path page) throws IOException {
        String json = PageJson.toJson(EpisodePageParser.parse(page));
        Path golden = TestPages.goldenOf(page);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, json, StandardCharsets.UTF_8);
            // Compared with itself the file would always pass: the run checks nothing, so it says
            // so (skipped) rather than reporting a pass.
            Assumptions.abort("golden file rewritten, review its diff: " + golden.getFileName());
        }
        assertThat(json).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
