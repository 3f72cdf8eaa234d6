package dev.showpage.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.showpage.EpisodePageParser;
import dev.showpage.Fuzzing;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Coverage-guided fuzzing of every export format. The input is page text; each format writes the
 * page parsed from it, must not throw, must give the same text when written twice, and must hold
 * what that format promises. Every test run replays the committed inputs of {@code
 * ExportFuzzTestInputs/exports/} (under src/test/resources); {@code JAZZER_FUZZ=1} fuzzes it (see
 * the README's Fuzzing).
 */
class ExportFuzzTest {

    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /**
     * One export format: what it writes for a page (one text per file it would write), and what
     * must hold of each text.
     */
    private record Export(
            String name,
            Function<Page, List<String>> write,
            BiConsumer<Page, List<String>> check) {}

    /** Every export format; a new format is one more entry here. */
    private static final List<Export> EXPORTS =
            List.of(
                    new Export(
                            "json",
                            page -> List.of(PageJson.toJson(page)),
                            ExportFuzzTest::pageJson),
                    new Export(
                            "compact json",
                            page -> List.of(PageJson.toCompactJson(page)),
                            ExportFuzzTest::compactJson),
                    new Export("json lines", ExportFuzzTest::jsonLines, ExportFuzzTest::jsonLines),
                    new Export(
                            "podcast chapters",
                            page -> page.episodes().stream().map(PodcastChapters::toJson).toList(),
                            ExportFuzzTest::podcastChapters),
                    new Export(
                            "schema.org json-ld",
                            page -> List.of(SchemaOrgJsonLd.toJsonLd(page)),
                            ExportFuzzTest::jsonLd),
                    new Export(
                            "webvtt",
                            page -> texts(page, WebVttChapters::toWebVtt),
                            (page, written) ->
                                    sameChapterCounts(
                                            page,
                                            written,
                                            WebVttChapters::toWebVtt,
                                            text -> WebVttCues.parse(text).size())),
                    new Export(
                            "ffmetadata",
                            page -> texts(page, FfMetadataChapters::toFfMetadata),
                            (page, written) ->
                                    sameChapterCounts(
                                            page,
                                            written,
                                            FfMetadataChapters::toFfMetadata,
                                            text -> FfMetadataReader.chapters(text).size())),
                    new Export(
                            "psc",
                            page -> texts(page, PodloveSimpleChapters::toXml),
                            (page, written) ->
                                    sameChapterCounts(
                                            page,
                                            written,
                                            PodloveSimpleChapters::toXml,
                                            text -> PodloveSimpleChaptersTest.read(text).size())));

    /** A chapter file's text for each episode. */
    private static List<String> texts(Page page, Function<Episode, ChapterFile> format) {
        return page.episodes().stream().map(e -> format.apply(e).text()).toList();
    }

    /**
     * Each episode's file reads back, by a reader written from its format, as the chapters the
     * renderer says it wrote.
     */
    private static void sameChapterCounts(
            Page page,
            List<String> written,
            Function<Episode, ChapterFile> format,
            java.util.function.ToIntFunction<String> readBack) {
        assertThat(written).hasSameSizeAs(page.episodes());
        for (int i = 0; i < written.size(); i++) {
            assertThat(readBack.applyAsInt(written.get(i)))
                    .isEqualTo(format.apply(page.episodes().get(i)).chapters().size());
        }
    }

    @FuzzTest(maxDuration = Fuzzing.DURATION)
    void exports(byte[] input) {
        Page page = EpisodePageParser.parse(new String(input, StandardCharsets.UTF_8));

        for (Export export : EXPORTS) {
            List<String> written = export.write().apply(page);
            assertThat(export.write().apply(page))
                    .as("%s written twice", export.name())
                    .isEqualTo(written);
            export.check().accept(page, written);
        }
    }

    /** One JSON document and nothing after it. */
    private static JsonNode document(String text) {
        return MAPPER.readTree(text);
    }

    private static void pageJson(Page page, List<String> written) {
        assertThat(document(written.get(0)).get("episodes").size())
                .isEqualTo(page.episodes().size());
        assertThat(written.get(0)).endsWith("\n");
    }

    private static void compactJson(Page page, List<String> written) {
        assertThat(written.get(0)).doesNotContain("\n", "\r");
        assertThat(document(written.get(0))).isEqualTo(document(PageJson.toJson(page)));
    }

    private static List<String> jsonLines(Page page) {
        StringWriter out = new StringWriter();
        try (JsonLinesWriter lines = new JsonLinesWriter(out)) {
            lines.write(page);
            lines.write(page);
        }
        return List.of(out.toString());
    }

    /** Two pages written are two lines, each the page's compact JSON. */
    private static void jsonLines(Page page, List<String> written) {
        String line = PageJson.toCompactJson(page) + "\n";
        assertThat(written.get(0)).isEqualTo(line + line);
    }

    /** One file per episode, listing its chapters in page order with their starts and ends. */
    private static void podcastChapters(Page page, List<String> written) {
        assertThat(written).hasSameSizeAs(page.episodes());
        for (int i = 0; i < written.size(); i++) {
            Episode episode = page.episodes().get(i);
            JsonNode chapters = document(written.get(i)).get("chapters");
            assertThat(chapters.size()).isEqualTo(episode.chapters().size());
            for (int c = 0; c < chapters.size(); c++) {
                var chapter = episode.chapters().get(c);
                assertThat(chapters.get(c).get("startTime").asLong())
                        .isEqualTo(chapter.start().getSeconds());
                assertThat(chapters.get(c).get("title").asString()).isEqualTo(chapter.title());
                assertThat(chapters.get(c).has("endTime")).isEqualTo(chapter.end().isPresent());
            }
        }
    }

    /** One PodcastSeries with one PodcastEpisode per episode. */
    private static void jsonLd(Page page, List<String> written) {
        JsonNode series = document(written.get(0));
        assertThat(series.get("@type").asString()).isEqualTo("PodcastSeries");
        List<String> types = new ArrayList<>();
        JsonNode episodes = series.get("episode");
        if (episodes != null) {
            episodes.forEach(e -> types.add(e.get("@type").asString()));
        }
        assertThat(types).hasSize(page.episodes().size()).allMatch("PodcastEpisode"::equals);
    }
}
