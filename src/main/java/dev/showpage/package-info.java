/**
 * Parses scraped podcast show-page text: start at {@link dev.showpage.EpisodePageParser}.
 *
 * <pre>{@code
 * Page page = EpisodePageParser.parse(Path.of("database-school.txt"));
 * for (Episode episode : page.episodes()) {
 *   System.out.println(episode.title().orElse("(untitled)") + " " + episode.released());
 * }
 * page.diagnostics().forEach(System.err::println);
 * }</pre>
 */
package dev.showpage;
