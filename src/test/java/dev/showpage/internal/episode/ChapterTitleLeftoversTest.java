package dev.showpage.internal.episode;

import static dev.showpage.internal.episode.NotePages.episode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Chapter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Signs a page puts between a chapter's time and its title that belong to neither: emphasis around
 * the time, the dots that lead to a time at the line's end, a slash between the chapters of one
 * line.
 */
class ChapterTitleLeftoversTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "*0:00* Anchors away\n*6:10* Tides and moons\n*22:45* Questions from the dock",
                "**0:00** - Anchors away\n**6:10** - Tides and moons\n**22:45** - Questions from"
                        + " the dock",
                "Anchors away ..... 0:00\nTides and moons ..... 6:10\nQuestions from the dock"
                        + " ..... 22:45",
                "Anchors away \u2026 0:00\nTides and moons \u2026 6:10\nQuestions from the dock"
                        + " \u2026 22:45",
                "0:00 Anchors away / 6:10 Tides and moons / 22:45 Questions from the dock",
            })
    void theSignsAroundTheTimeAreNoPartOfTheTitle(String notes) {
        assertThat(episode(notes).chapters())
                .extracting(Chapter::title)
                .containsExactly("Anchors away", "Tides and moons", "Questions from the dock");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Anchors away...",
                "Wait... what?",
                "*NSYNC and the nineties",
                "5 * 3 is fifteen",
                "A/B testing",
                "Ebbe / Flut",
                "Vela \u2026e poi?",
                // a title's own dots after a blank, where no time follows them
                "And then ...",
                "To be continued \u2026",
                "Wait for it ..",
                "Und dann \u2026",
                // a separator glued to what follows it is the title's
                ";-) smileys",
                ";) Zwinkern",
                ",,Moin'' sagt der Hafen",
            })
    void theTitlesOwnSignsStay(String title) {
        assertThat(ChapterTitles.clean(title)).isEqualTo(title);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0:00 Intro\n6:10 And then ...\n22:45 To be continued \u2026\n30:00 Wait for it ..",
                "(0:00) Intro\n(6:10) And then ...\n(22:45) To be continued \u2026\n(30:00) Wait"
                        + " for it ..",
            })
    void dotsAfterATitleThatFollowsItsTimeStay(String notes) {
        assertThat(episode(notes).chapters())
                .extracting(Chapter::title)
                .containsExactly(
                        "Intro", "And then ...", "To be continued \u2026", "Wait for it ..");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0:00 Intro\n6:10 ;-) smileys\n22:45 Outro",
                "0:00 Intro\n6:10 ;-) Smileys und Seile\n22:45 Abspann",
            })
    void aSeparatorGluedToTheTitleStays(String notes) {
        assertThat(episode(notes).chapters().get(1).title()).startsWith(";-) ");
    }
}
