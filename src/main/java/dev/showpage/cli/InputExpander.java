package dev.showpage.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns the command line's INPUT arguments into pages: a file is one page, a directory is every
 * file below it whose name matches the glob (in sorted order, so runs are repeatable), and {@code
 * -} is standard input. An argument that gives no page is a problem of its own.
 */
final class InputExpander {

    /** The pages found, and one message for each argument that gave none. */
    record Expansion(List<PageInput> pages, List<String> problems) {}

    private final String glob;
    private final PathMatcher matcher;

    InputExpander(String glob) {
        this.glob = glob;
        this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }

    Expansion expand(List<String> arguments) {
        List<PageInput> pages = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                pages.add(PageInput.standardInput());
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                List<PageInput> found = walk(path, argument, problems);
                if (found.isEmpty() && problems.isEmpty()) {
                    problems.add(argument + ": no pages (no file below it matches " + glob + ")");
                }
                pages.addAll(found);
            } else if (Files.exists(path) || Files.isSymbolicLink(path)) {
                pages.add(new PageInput(path, argument, path.getFileName()));
            } else {
                problems.add(argument + ": no such file or directory");
            }
        }
        return new Expansion(pages, problems);
    }

    private List<PageInput> walk(Path dir, String argument, List<String> problems) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> !Files.isDirectory(p) && matcher.matches(p.getFileName()))
                    .sorted()
                    .map(p -> new PageInput(p, p.toString(), dir.relativize(p)))
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(argument + ": cannot read the directory (" + e.getMessage() + ")");
            return List.of();
        }
    }
}
