package dev.showpage.cli;

import dev.showpage.model.Diagnostic;
import dev.showpage.model.Page;
import dev.showpage.model.SourcePosition;
import java.util.List;

/**
 * What became of one input: its page and rendered outputs, or why it failed.
 *
 * @param input the input
 * @param page the parsed page; null when the input could not be read
 * @param outputs the files to write, each a suffix (".json") with its content; empty for none
 * @param warnings what the outputs could not hold of the page (a chapter a chapter file leaves
 *     out); empty for none
 * @param failure why the input failed (unreadable, not UTF-8, errors in strict mode); null if it
 *     did not
 */
record Outcome(
        PageInput input,
        Page page,
        List<Rendered> outputs,
        List<Warning> warnings,
        String failure) {

    /** One output: the suffix that replaces ".txt" and the text to write. */
    record Rendered(String suffix, String text) {}

    /** A warning about an output, at the place of the page it concerns (an episode's start). */
    record Warning(SourcePosition at, String message) {}

    /** The files a format makes of one page, and its warnings about them. */
    record Rendering(List<Rendered> outputs, List<Warning> warnings) {

        static Rendering of(Rendered output) {
            return new Rendering(List.of(output), List.of());
        }
    }

    boolean failed() {
        return failure != null;
    }

    List<Diagnostic> diagnostics() {
        return page == null ? List.of() : page.diagnostics();
    }
}
