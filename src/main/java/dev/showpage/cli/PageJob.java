package dev.showpage.cli;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Diagnostic;
import dev.showpage.model.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Reads, parses and renders one input: the unit of work that runs in parallel. */
final class PageJob implements Callable<Outcome> {

    private final PageInput input;
    private final EpisodePageParser parser;
    private final Format format;
    private final boolean strict;
    private final InputStream stdin;

    PageJob(
            PageInput input,
            EpisodePageParser parser,
            Format format,
            boolean strict,
            InputStream stdin) {
        this.input = input;
        this.parser = parser;
        this.format = format;
        this.strict = strict;
        this.stdin = stdin;
    }

    @Override
    public Outcome call() {
        Page page;
        try {
            page = input.file() == null ? parser.parsePage(stdin) : parser.parsePage(input.file());
        } catch (NoSuchFileException e) {
            return failed("cannot read: no such file");
        } catch (IOException e) {
            return failed("cannot read: " + reason(e));
        }
        Optional<Diagnostic> notUtf8 = notUtf8(page);
        if (notUtf8.isPresent()) {
            // A dump that is not UTF-8 text is not converted: its characters would be guesses.
            Diagnostic bad = notUtf8.get();
            return failed(
                    "not UTF-8 text (line "
                            + bad.line()
                            + ", column "
                            + bad.column()
                            + ": "
                            + bad.message()
                            + ")");
        }
        if (strict && page.hasErrors()) {
            return new Outcome(input, page, List.of(), List.of(), "has errors (--strict)");
        }
        if (format == null) {
            return new Outcome(input, page, List.of(), List.of(), null);
        }
        Outcome.Rendering rendering = format.render(page);
        return new Outcome(input, page, rendering.outputs(), rendering.warnings(), null);
    }

    /** The parser's {@code invalid-utf8} error, if the input had a byte that is not UTF-8. */
    private static Optional<Diagnostic> notUtf8(Page page) {
        return page.diagnostics().stream().filter(d -> d.code().equals("invalid-utf8")).findFirst();
    }

    private Outcome failed(String why) {
        return new Outcome(input, null, List.of(), List.of(), why);
    }

    static String reason(IOException e) {
        String message = e.getMessage();
        String name =
                e.getClass()
                        .getSimpleName()
                        .replace("Exception", "")
                        .replaceAll("([a-z])([A-Z])", "$1 $2")
                        .toLowerCase(java.util.Locale.ROOT);
        return message == null ? name : name + " (" + message + ")";
    }
}
