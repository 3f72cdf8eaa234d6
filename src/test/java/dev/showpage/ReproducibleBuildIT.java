package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of one commit give byte-identical jars: the sources of this build are copied to a
 * fresh folder and packaged again (offline, from the local repository this build filled), and every
 * jar is compared with this build's by SHA-256.
 */
class ReproducibleBuildIT {

    private static final Path PROJECT = Path.of(System.getProperty("project.dir", "."));
    private static final Path TARGET = Path.of(System.getProperty("build.dir", "target"));
    private static final String FINAL_NAME = System.getProperty("final.name");
    private static final List<String> JARS =
            List.of(".jar", "-sources.jar", "-javadoc.jar", "-cli.jar");

    @Test
    void aSecondBuildOfTheSameSourcesGivesIdenticalJars(@TempDir Path copy) throws Exception {
        for (String part : List.of("pom.xml", "LICENSE", "grammar", "src/main")) {
            copyTree(PROJECT.resolve(part), copy.resolve(part));
        }
        Path mvn = Path.of(System.getProperty("maven.home"), "bin", "mvn");
        Process build =
                new ProcessBuilder(mvn.toString(), "-B", "-q", "-o", "-DskipTests", "package")
                        .directory(copy.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(copy.resolve("build.log").toFile())
                        .start();
        assertThat(build.waitFor(10, TimeUnit.MINUTES)).as("the second build finished").isTrue();
        assertThat(build.exitValue())
                .as("second build's log:%n%s", Files.readString(copy.resolve("build.log")))
                .isZero();

        for (String suffix : JARS) {
            Path first = TARGET.resolve(FINAL_NAME + suffix);
            Path second = copy.resolve("target").resolve(FINAL_NAME + suffix);
            assertThat(sha256(second)).as(FINAL_NAME + suffix).isEqualTo(sha256(first));
        }
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(
                    path -> {
                        try {
                            Path target = to.resolve(from.relativize(path).toString());
                            if (Files.isDirectory(path)) {
                                Files.createDirectories(target);
                            } else {
                                Files.createDirectories(target.getParent());
                                Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
    }
}
