package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name's words read without splitting the texts they stand in: the fullest form a text gives of a
 * name (read a few words at a time where the name's first word stands), and a name's first and last
 * word and shared leading words, which count words as {@link Names#words} does. Names are made up.
 */
class NameWordsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Søren|Today Søren Bramer Schmidt joins us.|Søren Bramer Schmidt",
                "Mara|Mara Quill Mara Quill reads.|Mara Quill",
                "Mara|Listen to the Mara Quill Podcast now.|Mara Quill",
                "Pieter|A walk with Pieter van der Berg today.|Pieter van der Berg",
                "Mara|The Mara Quill Harbour Lights Big Band plays.|Mara",
                "Mara Quill|Mara|Mara Quill",
                "Ida|Ida|Ida",
                "Oskar|Oskars Lamp and Oskar Lind, Bergen.|Oskar Lind",
                "Lind|Oskar Lind and Lind Harbour.|Lind Harbour",
                "Joshua|Joshua M Greene writes.|Joshua M Greene",
                // the words of a time before a number run on from a name, and are none of it
                "Oskar Lind|Als Oskar Lind Ende 2019 den Preis bekam.|Oskar Lind",
                "Ilse|Ilse Haverkamp Anfang 2020 zog sie um.|Ilse Haverkamp",
                "Mara|Mara Quill Sommer 1998 am Meer.|Mara Quill",
                "Mara Quill|Mara Quill März 2020 kam sie.|Mara Quill",
                "Oskar|Oskar Lind June 12 was there.|Oskar Lind",
                // a surname with no number after it, or a number that follows no time's word
                "Ilse|Ilse Sommer singt.|Ilse Sommer",
                "Mara|Mara Anfang, 2019.|Mara Anfang",
                "Oskar|Oskar Lind Berg 2019 sang.|Oskar Lind Berg",
                "Mara Quill|Harbour Radio: Mara Quill Talks Tides, Ropes and Kelp|Mara Quill",
                "Oskar Lind|Oskar Lind Explains Everything|Oskar Lind",
                "Lea|Lea Brandt Erzählt vom Meer|Lea Brandt",
                "Oskar|Oskar Lind Talbot reads.|Oskar Lind Talbot",
            })
    void theFullestFormATextGives(String name, String text, String fullest) {
        assertThat(Names.fullest(name, List.of(text))).isEqualTo(fullest);
    }

    @Test
    void theLongestFormOfAllTextsWinsAndTheFirstOfEqualOnes() {
        assertThat(
                        Names.fullest(
                                "Mara", List.of("Mara Quill sings.", "Mara Quill Stenning reads.")))
                .isEqualTo("Mara Quill Stenning");
        assertThat(Names.fullest("Mara", List.of("Mara Quill sings.", "Mara Lind reads.")))
                .isEqualTo("Mara Quill");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Mara Quill|Mara|Quill|2",
                "Mara|Mara|Mara|1",
                "' Mara  Quill '|Mara|Quill|2",
                "Pieter van der Berg|Pieter|Berg|4",
            })
    void firstAndLastWordsCountAsTheWords(String name, String first, String last, int count) {
        assertThat(Names.firstOfWords(name)).isEqualTo(Names.words(name).get(0)).isEqualTo(first);
        assertThat(Names.lastWord(name)).isEqualTo(last);
        assertThat(Names.wordCount(name)).isEqualTo(count);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Mara Quill|Mara Quill Stenning|true",
                "Mara Quill Stenning|Mara Quill|true",
                "Mara Quill|Mara Quill|true",
                "Mara Quill|Mara Lind|false",
                "Mara Quill|Marа Quill|false",
                "Mara Quil|Mara Quill|false",
                "Mara|Mara Quill|true",
            })
    void leadingWordsAreSharedWordForWord(String a, String b, boolean shared) {
        assertThat(Names.sameLeadingWords(a, b)).isEqualTo(shared);
        assertThat(Names.sameLeadingWords(b, a)).isEqualTo(shared);
    }
}
