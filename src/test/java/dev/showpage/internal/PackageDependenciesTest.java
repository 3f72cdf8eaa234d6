package dev.showpage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The internal packages depend on each other one way, as the package documentation says: a layout
 * on {@code episode}, {@code episode} on {@code session}, {@code session} on {@code antlr} and the
 * generated grammar; no layout on another; {@code text} on none of them. A source that names a
 * package it may not use fails here, so the structure cannot drift unnoticed.
 */
class PackageDependenciesTest {

    private static final Path INTERNAL = Path.of("src/main/java/dev/showpage/internal");

    /** An internal package named in a source: {@code dev.showpage.internal.episode}, say. */
    private static final Pattern INTERNAL_PACKAGE =
            Pattern.compile("dev\\.showpage\\.internal\\.([a-z]+)\\b");

    /** A class of the root internal package (PageReader, Layouts), named in a source. */
    private static final Pattern ROOT_CLASS = Pattern.compile("dev\\.showpage\\.internal\\.[A-Z]");

    @ParameterizedTest(name = "{0} uses only {1}")
    @CsvSource({
        "goodpods, episode session antlr grammar text",
        "generic, episode session antlr grammar text",
        "episode, session antlr grammar text",
        "session, antlr grammar text",
        "antlr, grammar text",
        "text, ''",
    })
    void aPackageNamesOnlyThePackagesAfterIt(String pkg, String allowed) throws IOException {
        Set<String> may = Set.of((pkg + " " + allowed).trim().split(" "));
        List<Path> files;
        try (Stream<Path> listed = Files.list(INTERNAL.resolve(pkg))) {
            files = listed.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(files).as("sources of %s", pkg).isNotEmpty();

        List<String> wrong = new ArrayList<>();
        for (Path file : files) {
            String source = Files.readString(file);
            Matcher named = INTERNAL_PACKAGE.matcher(source);
            while (named.find()) {
                if (!may.contains(named.group(1))) {
                    wrong.add(file.getFileName() + " names " + named.group());
                }
            }
            if (ROOT_CLASS.matcher(source).find()) {
                wrong.add(file.getFileName() + " names a class of dev.showpage.internal");
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * The model, the JSON and the command line are built on the public API alone: they would work
     * the same from outside the module, and the internals stay free to change under them.
     */
    @ParameterizedTest(name = "dev.showpage.{0} names nothing internal")
    @CsvSource({"model", "json", "cli"})
    void aPublicSidePackageNamesNoInternalOne(String pkg) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(INTERNAL.resolveSibling(pkg))) {
            files = listed.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(files).as("sources of %s", pkg).isNotEmpty();

        List<String> wrong = new ArrayList<>();
        for (Path file : files) {
            String source = Files.readString(file);
            if (source.contains("dev.showpage.internal")) {
                wrong.add(file.getFileName() + " names dev.showpage.internal");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "import dev.showpage.internal.generic.GenericLayout;, generic",
        "import static dev.showpage.internal.episode.Hosts.apply;, episode",
        "{@link dev.showpage.internal.session.ParseSession}, session",
    })
    void theCheckFindsANamedPackage(String line, String pkg) {
        Matcher named = INTERNAL_PACKAGE.matcher(line);

        assertThat(named.find()).isTrue();
        assertThat(named.group(1)).isEqualTo(pkg);
        assertThat(ROOT_CLASS.matcher("import dev.showpage.internal.Layouts;").find()).isTrue();
    }
}
