package dev.showpage.internal.episode;

import static dev.showpage.internal.episode.NotePages.episode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Person;
import dev.showpage.model.Role;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Paragraphs that each open "Name and I discuss", each with another guest, are an episode list's
 * teasers: an episode read from them keeps the first teaser's guest and none of the others'. One
 * such paragraph, or two of the same guest, are one episode's notes. Made-up notes; a "\n\n" starts
 * a paragraph.
 */
class TeaserListingGuestsTest {

    private static List<String> guests(String notes) {
        return episode(notes.replace("\\n", "\n")).people().stream()
                .filter(p -> p.role() == Role.GUEST)
                .map(Person::name)
                .toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Greta and I discuss her second novel, the harbour town and much more.\\n\\nR.K."
                        + " and I discuss his memoir, the lighthouse years and more.\\n\\nSanne"
                        + " and I discuss her travel book and how she wrote it.|Greta",
                "Ingrid Solberg and I talk about her garden in winter.\\n\\nTomas and I discuss"
                        + " his novel, and I talk with Nora Ekdahl about her maps.|Ingrid Solberg",
                // one guest's teaser over two paragraphs keeps its guest, and one alone too
                "Greta and I discuss her second novel, the harbour town and much more.\\n\\nGreta"
                        + " and I also discuss her next book and her garden.|Greta",
                "Tomas and I discuss his novel, the islands and the winters there.|Tomas",
            })
    void onlyTheFirstTeasersGuestIsTheEpisodes(String notes, String guest) {
        assertThat(guests(notes)).containsExactly(guest);
    }

    /**
     * A later paragraph that opens no teaser keeps its guest, and a first name alone after the full
     * name is the same guest's teaser: the teasers of two hosts, and two spellings of one guest,
     * are one episode's notes.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Tom and I discuss the news of the week and the harbour.\\n\\nNora and I recap the"
                        + " listener mail.\\n\\nThis week we are joined by Ingrid Solberg, who"
                        + " keeps bees.|Ingrid Solberg|Nora",
                "Greta Holm and I discuss her second novel and the islands.\\n\\nGreta and I"
                        + " also talk about her garden, and Nora Ekdahl joins us to talk about"
                        + " maps.|Nora Ekdahl|R.K.",
                "Sanne and I discuss the new season of the league.\\n\\nJoris and I talk about"
                        + " the transfer window.\\n\\nIn de studio is ook Lea Brandt te gast."
                        + "|Lea Brandt|Joris",
            })
    void aLaterParagraphWithoutATeaserKeepsItsGuest(String notes, String kept, String dropped) {
        assertThat(guests(notes)).contains(kept).doesNotContain(dropped);
    }
}
