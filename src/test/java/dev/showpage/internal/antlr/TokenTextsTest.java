package dev.showpage.internal.antlr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenTextsTest {

    @Test
    void aRepeatedShortWordIsMadeOnce() {
        String page = "Kapitel eins und Kapitel zwei";
        TokenTexts texts = new TokenTexts(page.length());

        String first = texts.of(page, 0, 7);
        String again = texts.of(page, 17, 24);

        assertThat(first).isEqualTo("Kapitel");
        assertThat(again).isSameAs(first);
    }

    @Test
    void differentTextsOfOneLengthAreNotTakenForEachOther() {
        // "und" and "uno" share a length and their first letters
        String page = "und uno und";
        TokenTexts texts = new TokenTexts(page.length());

        assertThat(texts.of(page, 0, 3)).isEqualTo("und");
        assertThat(texts.of(page, 4, 7)).isEqualTo("uno");
        assertThat(texts.of(page, 8, 11)).isEqualTo("und");
    }

    @Test
    void aPrefixIsNotTakenForTheWholeWord() {
        String page = "episodio episodi";
        TokenTexts texts = new TokenTexts(page.length());

        assertThat(texts.of(page, 0, 8)).isEqualTo("episodio");
        assertThat(texts.of(page, 9, 16)).isEqualTo("episodi");
        assertThat(texts.of(page, 0, 7)).isEqualTo("episodi");
    }

    @Test
    void aLongTextIsMadeEachTime() {
        String url =
                "https://example.org/podcast/episode-12 https://example.org/podcast/episode-12";
        TokenTexts texts = new TokenTexts(url.length());

        String first = texts.of(url, 0, 38);
        String again = texts.of(url, 39, 77);

        assertThat(first).isEqualTo("https://example.org/podcast/episode-12").isEqualTo(again);
        assertThat(again).isNotSameAs(first);
    }

    @Test
    void textsThatShareASlotEachReadBackAsWritten() {
        // "Aa" and "BB" have the same hash: the second takes the slot, and the first is made anew
        String page = "Aa BB Aa";
        TokenTexts texts = new TokenTexts(page.length());

        String aa = texts.of(page, 0, 2);
        assertThat(texts.of(page, 3, 5)).isEqualTo("BB");
        assertThat(texts.of(page, 6, 8)).isEqualTo("Aa").isNotSameAs(aa);
    }

    @Test
    void anEmptyRangeIsTheEmptyText() {
        assertThat(new TokenTexts(5).of("Folge", 2, 2)).isEmpty();
    }
}
