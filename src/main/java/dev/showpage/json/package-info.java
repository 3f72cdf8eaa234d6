/**
 * JSON out of (and back into) the model: {@link dev.showpage.json.PageJson} for the page document
 * of the published contract, {@link dev.showpage.json.JsonLinesWriter} for streams of pages, and
 * the exports podcast tools read: {@link dev.showpage.json.PodcastChapters} (Podcasting 2.0 JSON
 * chapters), the chapter files of {@link dev.showpage.json.WebVttChapters} (WebVTT), {@link
 * dev.showpage.json.FfMetadataChapters} (FFmpeg metadata) and {@link
 * dev.showpage.json.PodloveSimpleChapters} (Podlove Simple Chapters), each a {@link
 * dev.showpage.json.ChapterFile}, and {@link dev.showpage.json.SchemaOrgJsonLd} (schema.org).
 */
package dev.showpage.json;
