package dev.showpage.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The diagnostic codes are part of the contract users match on: the README's table documents each
 * with its severity, and no code is written anywhere in the main code but in its enum.
 */
class DiagnosticCodeTest {

    private static final Pattern CODE = Pattern.compile("`([a-z0-9]+(?:-[a-z0-9]+)+)`");

    /** The README's "### Diagnostics" table: each row's codes, with the row's severity. */
    private static Map<String, Severity> readmeTable() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("### Diagnostics");
        assertThat(start).as("the README has a Diagnostics section").isGreaterThanOrEqualTo(0);
        Map<String, Severity> table = new TreeMap<>();
        boolean inTable = false;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("| `")) {
                inTable = true;
                String[] cells = line.split("\\|");
                Severity severity = Severity.valueOf(cells[2].trim().toUpperCase(Locale.ROOT));
                Matcher codes = CODE.matcher(cells[1]);
                while (codes.find()) {
                    table.put(codes.group(1), severity);
                }
            } else if (inTable && !line.startsWith("|")) {
                break;
            }
        }
        return table;
    }

    @Test
    void theReadmeDocumentsEveryCodeWithItsSeverity() throws IOException {
        Map<String, Severity> codes =
                Arrays.stream(DiagnosticCode.values())
                        .collect(
                                Collectors.toMap(
                                        DiagnosticCode::code,
                                        DiagnosticCode::severity,
                                        (a, b) -> a,
                                        TreeMap::new));

        assertThat(readmeTable()).isEqualTo(codes);
    }

    @Test
    void codesAreUniqueAndKebabCase() {
        List<String> codes =
                Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::code).toList();

        assertThat(codes)
                .doesNotHaveDuplicates()
                .allMatch(c -> c.matches("[a-z0-9]+(-[a-z0-9]+)+"));
        assertThat(codes).contains("unrecognised-line", "missing-title", "invalid-utf8");
    }

    @Test
    void noMainCodeWritesACodeOutsideItsEnum() throws IOException {
        List<String> codes =
                Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::code).toList();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                // The command line only reads the documented codes of the pages it is given, as
                // any user of the public API does; it makes no diagnostics of its own.
                if (file.endsWith("DiagnosticCode.java")
                        || file.getParent().endsWith(Path.of("dev", "showpage", "cli"))) {
                    continue;
                }
                String text = Files.readString(file);
                for (String code : codes) {
                    if (text.contains("\"" + code + "\"")) {
                        found.add(file.getFileName() + ": " + code);
                    }
                }
            }
        }

        assertThat(found).isEmpty();
    }
}
