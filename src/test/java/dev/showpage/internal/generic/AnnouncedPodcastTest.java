package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A page that announces a new podcast quotes its name after the words "new podcast", wherever its
 * sentence opens, with a comma between and in straight quotes too ("Ana Ruiz has started a new
 * podcast, 'Harbour Talk', in which ..."). Made-up sentences in the seven languages; the
 * near-misses quote no name of a new podcast.
 */
class AnnouncedPodcastTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Ana Ruiz has started a new podcast, 'Harbour Talk', in which she meets skippers.|"
                        + "Harbour Talk",
                "Ana Ruiz lance un nouveau podcast « Le Grand Large » consacré aux marins.|"
                        + "Le Grand Large",
                "Ana Ruiz startet einen neuen Podcast „Hafenfunk“ über die Küste.|Hafenfunk",
                "Ana Ruiz estrena un nuevo podcast, “Voces del Puerto”, sobre la costa.|"
                        + "Voces del Puerto",
                "Ana Ruiz lancia un nuovo podcast, 'Voce del Molo', dedicato ai pescatori.|"
                        + "Voce del Molo",
                "Ana Ruiz lançou um novo podcast, ‘Conversas de Cais’, sobre pescadores.|"
                        + "Conversas de Cais",
                "Ana Ruiz begint een nieuwe podcast, 'Havenradio', over vissers aan de kust.|"
                        + "Havenradio"
            })
    void theNameQuotedAfterNewPodcastIsTheShow(String sentence, String show) {
        assertThat(QuotedShowSuffix.inSentence(sentence)).isEqualTo(show);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // Not a new podcast, and the sentence opens with someone else's name.
                "Ana Ruiz, who hosts the podcast, 'Harbour Talk', joins us this week on deck.",
                // An apostrophe, not a quotation.
                "Ana Ruiz has started a new podcast, 'n' it is about the coast and its boats.",
                // The quotation opens with a lower-case word: a phrase, not a name.
                "Ana Ruiz has started a new podcast, 'about nothing', as she calls it herself.",
                // No quotation after the words.
                "Ana Ruiz has started a new podcast, and it is about the coast and its boats.",
                // The quotation is not right after "podcast".
                "Ana Ruiz has started a new podcast about the ship 'Harbour Queen' this spring."
            })
    void noNewPodcastNamedSoIsNone(String sentence) {
        assertThat(QuotedShowSuffix.inSentence(sentence)).isNull();
    }
}
