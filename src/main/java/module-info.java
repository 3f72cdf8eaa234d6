/**
 * Parses scraped podcast show-page text into a typed model and JSON.
 *
 * <p>Exported: {@code dev.showpage} (the parser), {@code dev.showpage.model} (the records) and
 * {@code dev.showpage.json} (JSON and exports). The grammar's generated parser, the page layouts
 * and the model's builders live in {@code dev.showpage.internal} and its packages (by phase: see
 * its package documentation), which are not exported; the command line, {@code dev.showpage.cli},
 * is not exported either.
 */
module dev.showpage {
    requires org.antlr.antlr4.runtime;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires static info.picocli;

    exports dev.showpage;
    exports dev.showpage.model;
    exports dev.showpage.json;

    // The command line's options are set by picocli through reflection.
    opens dev.showpage.cli to
            info.picocli;
}
