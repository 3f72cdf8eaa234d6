package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The headings of show notes' sections, which are never an episode's title. */
class SectionHeadingsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Takeaways",
                "Key takeaways:",
                "Links & Resources",
                "Sponsors",
                "Invités",
                "Gäste:",
                "Recursos",
                "Hoofdstukken"
            })
    void sectionHeadingsOfShowNotesAreNotTitles(String line) {
        assertThat(SectionHeadings.isOne(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Guests of Honour at the Marsh", "Resourceful Gardens", "Night Trains"})
    void titlesThatShareAWordWithAHeadingAreNotHeadings(String line) {
        assertThat(SectionHeadings.isOne(line)).isFalse();
    }
}
