package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A teaser that opens "Name and I discuss" in the seven languages, with made-up first names, full
 * names and initials; and openings that are no such teaser.
 */
class PairTeasersTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Greta and I discuss her second novel and much more.|Greta",
                "R.K. and I talk about the lighthouse years, and more.|R.K.",
                "Ingrid Solberg and I explore her garden in winter.|Ingrid Solberg",
                "Odile et moi parlons de son premier film.|Odile",
                "Lucía y yo hablamos de su nuevo disco.|Lucía",
                "Marco e io parliamo del suo ristorante.|Marco",
                "Jonas und ich sprechen über sein Buch.|Jonas",
                "Sanne en ik praten over haar reis.|Sanne",
                "Teresa e eu conversamos sobre o seu livro.|Teresa",
            })
    void theNameBeforeAndIIsTheTeasersGuest(String text, String guest) {
        assertThat(PairTeasers.guestOpening(text)).isEqualTo(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Greta and Tom discuss her second novel.",
                "Greta, and I discuss her second novel.",
                "Greta and I.",
                "Then Greta and I discuss her novel.",
                "We discuss her second novel with Greta and I.",
                "Greta and I Discuss",
                "greta and I discuss her novel.",
            })
    void noTeaserWithoutANameAndIOpeningIt(String text) {
        assertThat(PairTeasers.guestOpening(text)).isNull();
    }
}
