/**
 * What every layout uses to make an episode: the layout finds an episode's lines and writes its
 * head (title, date, length) into an {@link dev.showpage.internal.episode.EpisodeDraft}; the {@link
 * dev.showpage.internal.episode.NotesReader} reads its notes into the draft (prose, links, people's
 * link groups, chapter marks); the {@link dev.showpage.internal.episode.EpisodeAssembler} turns the
 * draft into an episode; and once the page is read, {@link dev.showpage.internal.episode.Hosts}
 * tells who hosts.
 */
package dev.showpage.internal.episode;
