/**
 * JSON out of (and back into) the model: {@link dev.showpage.json.PageJson} for the page document
 * of the published contract, {@link dev.showpage.json.JsonLinesWriter} for streams of pages, and
 * the exports podcast tools read: {@link dev.showpage.json.PodcastChapters} (Podcasting 2.0 JSON
 * chapters) and {@link dev.showpage.json.SchemaOrgJsonLd} (schema.org).
 */
package dev.showpage.json;
