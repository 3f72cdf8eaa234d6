/**
 * Parses scraped podcast show-page text into a typed model and JSON.
 *
 * <p>Exported: {@code dev.showpage} (the parser), {@code dev.showpage.model} (the records) and
 * {@code dev.showpage.json} (JSON and exports). The grammar, its generated parser and the model
 * builder live in {@code dev.showpage.internal}, which is not exported.
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
  opens dev.showpage.cli to info.picocli;
}
