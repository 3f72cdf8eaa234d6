package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The text package is a leaf that every phase may use: it names neither ANTLR nor another internal
 * package, so that reading a value never depends on how the page was parsed.
 */
class TextDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/showpage/internal/text");

    /** ANTLR, or an internal package other than this one, named anywhere in a source file. */
    private static final Pattern FOREIGN =
            Pattern.compile("org\\.antlr|dev\\.showpage\\.internal\\.(?!text\\b)\\w+");

    @Test
    void textNamesNeitherAntlrNorAnotherInternalPackage() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(SOURCES)) {
            files = listed.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(files)
                .extracting(Path::getFileName)
                .extracting(Path::toString)
                .contains("Urls.java", "Dates.java", "Blanks.java");

        List<String> foreign = new ArrayList<>();
        for (Path file : files) {
            Matcher matcher = FOREIGN.matcher(Files.readString(file));
            while (matcher.find()) {
                foreign.add(file.getFileName() + ": " + matcher.group());
            }
        }
        assertThat(foreign).isEmpty();
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        assertThat(FOREIGN.matcher("import org.antlr.v4.runtime.Token;").find()).isTrue();
        assertThat(FOREIGN.matcher("import dev.showpage.internal.session.Diagnostics;").find())
                .isTrue();
        assertThat(FOREIGN.matcher("import dev.showpage.internal.textual.X;").find()).isTrue();
        assertThat(FOREIGN.matcher("import static dev.showpage.internal.text.Urls.read;").find())
                .isFalse();
        assertThat(FOREIGN.matcher("import dev.showpage.model.LinkKind;").find()).isFalse();
    }
}
