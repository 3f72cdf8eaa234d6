package dev.showpage.internal.episode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.internal.episode.ChapterLists.Decision;
import org.junit.jupiter.api.Test;

/** Chapter titles without separators left from the mark or counting track numbers. */
class ChapterTitlesTest extends ChapterRunFixture {

    @Test
    void consecutiveTrackNumbersAreCut() {
        Decision decision =
                decide(
                        UNKNOWN,
                        run(
                                false,
                                "0:00",
                                "1.  Those Beaten Paths of Confusion",
                                "11:47",
                                "2.  Beyond the Shadows of Emptiness & Nothingness",
                                "26:30",
                                "3.  Poison Yourself...With Thought"));
        assertThat(titles(decision))
                .containsExactly(
                        "Those Beaten Paths of Confusion",
                        "Beyond the Shadows of Emptiness & Nothingness",
                        "Poison Yourself...With Thought");

        assertThat(
                        titles(
                                decide(
                                        UNKNOWN,
                                        run(
                                                true,
                                                "0:00:00",
                                                "1 - Во прах [Vo prakh]",
                                                "0:08:10",
                                                "2 - Искупление [Iskupleniye]"))))
                .containsExactly("Во прах [Vo prakh]", "Искупление [Iskupleniye]");
        assertThat(
                        titles(
                                decide(
                                        UNKNOWN,
                                        run(
                                                false,
                                                "00:00",
                                                "01. Emily",
                                                "12:08",
                                                "02. Monkey & Bear",
                                                "21:37",
                                                "03) Sawdust and Diamonds"))))
                .containsExactly("Emily", "Monkey & Bear", "Sawdust and Diamonds");
    }

    @Test
    void numbersThatDoNotCountUpAreTheTitlesOwn() {
        assertThat(
                        titles(
                                decide(
                                        UNKNOWN,
                                        run(
                                                false,
                                                "00:00",
                                                "3. Intro",
                                                "05:00",
                                                "7. Rules",
                                                "10:00",
                                                "9. Outro"))))
                .containsExactly("3. Intro", "7. Rules", "9. Outro");
        assertThat(
                        titles(
                                decide(
                                        UNKNOWN,
                                        run(
                                                false,
                                                "00:00",
                                                "1. Intro",
                                                "05:00",
                                                "Main",
                                                "10:00",
                                                "3. Outro"))))
                .containsExactly("1. Intro", "Main", "3. Outro");
        assertThat(
                        titles(
                                decide(
                                        UNKNOWN,
                                        run(
                                                false,
                                                "00:00",
                                                "7 Habits",
                                                "05:00",
                                                "8 Rules",
                                                "10:00",
                                                "9.5 Weeks"))))
                .containsExactly("7 Habits", "8 Rules", "9.5 Weeks");
    }

    @Test
    void separatorsLeftFromTheMarkAreCutAndBlanksCollapsed() {
        assertThat(ChapterTitles.clean("- Intro")).isEqualTo("Intro");
        assertThat(ChapterTitles.clean("\uFF0D tekka")).isEqualTo("tekka");
        assertThat(ChapterTitles.clean("] Introduction")).isEqualTo("Introduction");
        assertThat(ChapterTitles.clean("): Welcome")).isEqualTo("Welcome");
        assertThat(ChapterTitles.clean("Intro -")).isEqualTo("Intro");
        assertThat(ChapterTitles.clean("Migration (")).isEqualTo("Migration");
        assertThat(ChapterTitles.clean("Intro:")).isEqualTo("Intro");
        assertThat(ChapterTitles.clean(" Suite-Pee \u00A0 (Incomplete) "))
                .isEqualTo("Suite-Pee (Incomplete)");
        assertThat(ChapterTitles.clean("-30 degrees")).isEqualTo("-30 degrees");
        assertThat(ChapterTitles.clean("Soldier Side - Intro")).isEqualTo("Soldier Side - Intro");
        assertThat(ChapterTitles.clean("Is This The World We Created...?"))
                .isEqualTo("Is This The World We Created...?");
        assertThat(ChapterTitles.clean(" - ")).isEmpty();
        assertThat(ChapterTitles.clean(null)).isEmpty();
    }
}
