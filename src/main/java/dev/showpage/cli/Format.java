package dev.showpage.cli;

import dev.showpage.json.ChapterFile;
import dev.showpage.json.FfMetadataChapters;
import dev.showpage.json.PageJson;
import dev.showpage.json.PodcastChapters;
import dev.showpage.json.PodloveSimpleChapters;
import dev.showpage.json.SchemaOrgJsonLd;
import dev.showpage.json.WebVttChapters;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The output formats of {@code convert --format}. */
enum Format {
    /** The page JSON of the contract, one file per page. */
    JSON,
    /** One JSON Lines stream of all pages. */
    JSONL,
    /** A Podcasting 2.0 chapters file per episode that has chapters. */
    CHAPTERS,
    /** A WebVTT chapters file per episode that has chapters. */
    WEBVTT,
    /** An FFmpeg metadata file of chapters per episode that has chapters. */
    FFMETADATA,
    /** A Podlove Simple Chapters file per episode that has chapters. */
    PSC,
    /** schema.org JSON-LD, one file per page. */
    JSONLD;

    /** How the command line names it. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether it writes one file per episode (with chapters) rather than one per page. */
    boolean perEpisode() {
        return this == CHAPTERS || this == WEBVTT || this == FFMETADATA || this == PSC;
    }

    /** The files this format makes of one page, and what they could not hold. */
    Outcome.Rendering render(Page page) {
        return switch (this) {
            case JSON -> Outcome.Rendering.of(new Outcome.Rendered(".json", PageJson.toJson(page)));
            case JSONL ->
                    Outcome.Rendering.of(
                            new Outcome.Rendered(".jsonl", PageJson.toCompactJson(page) + "\n"));
            case JSONLD ->
                    Outcome.Rendering.of(
                            new Outcome.Rendered(".jsonld", SchemaOrgJsonLd.toJsonLd(page)));
            case CHAPTERS -> {
                List<Outcome.Rendered> files = new ArrayList<>();
                for (Episode episode : page.episodes()) {
                    if (!episode.chapters().isEmpty()) {
                        files.add(
                                new Outcome.Rendered(
                                        chapterSuffix(episode, ".json"),
                                        PodcastChapters.toJson(episode)));
                    }
                }
                yield new Outcome.Rendering(files, List.of());
            }
            case WEBVTT -> chapterFiles(page, ".vtt", WebVttChapters::toWebVtt);
            case FFMETADATA -> chapterFiles(page, ".ffmetadata", FfMetadataChapters::toFfMetadata);
            case PSC -> chapterFiles(page, ".psc.xml", PodloveSimpleChapters::toXml);
        };
    }

    /**
     * {@code .episode-N.chapters} and the format's extension: every chapter format names its files
     * alike, so that they sort together and none ends in ".txt", which {@code convert} would read
     * as a page on a second run over its own output.
     */
    private static String chapterSuffix(Episode episode, String extension) {
        return ".episode-" + episode.rank() + ".chapters" + extension;
    }

    /**
     * A file per episode with chapters; each problem a warning at the episode's start. An episode
     * none of whose chapters could be written gets no file, and a warning that says so.
     */
    private Outcome.Rendering chapterFiles(
            Page page, String extension, Function<Episode, ChapterFile> writer) {
        List<Outcome.Rendered> files = new ArrayList<>();
        List<Outcome.Warning> warnings = new ArrayList<>();
        for (Episode episode : page.episodes()) {
            if (episode.chapters().isEmpty()) {
                continue;
            }
            ChapterFile file = writer.apply(episode);
            for (ChapterFile.Problem problem : file.problems()) {
                warnings.add(
                        new Outcome.Warning(
                                episode.source(),
                                "episode " + episode.rank() + ": " + problem.message()));
            }
            if (file.isEmpty()) {
                warnings.add(
                        new Outcome.Warning(
                                episode.source(),
                                "episode "
                                        + episode.rank()
                                        + ": none of its chapters can be written, so it"
                                        + " has no "
                                        + label()
                                        + " file"));
            } else {
                files.add(new Outcome.Rendered(chapterSuffix(episode, extension), file.text()));
            }
        }
        return new Outcome.Rendering(files, warnings);
    }
}
