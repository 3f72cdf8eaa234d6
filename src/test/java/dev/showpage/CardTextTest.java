package dev.showpage;

import static dev.showpage.Pages.chapter;
import static dev.showpage.Pages.episode;
import static dev.showpage.Pages.link;
import static dev.showpage.Pages.min;
import static dev.showpage.Pages.mmss;
import static dev.showpage.Pages.noted;
import static dev.showpage.Pages.oneCard;
import static dev.showpage.Pages.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import dev.showpage.model.LinkKind;
import dev.showpage.model.Page;
import dev.showpage.model.Person;
import dev.showpage.model.Role;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the words of a card body are shared out between the description, chapter titles, link labels
 * and link notes, when chapters, headings, URLs, bullets and rules meet on one line or across
 * lines. Each page is one card, whose body starts at line 14 (see {@link Pages}).
 */
class CardTextTest {

    @Test
    void aTimeInsideASentenceIsProseNotAChapter() {
        Episode episode = episode(oneCard("We met at 10:30 - by the pier, then walked.\n"));

        assertThat(episode.description()).contains("We met at 10:30 - by the pier, then walked.");
        assertThat(episode.chapters()).isEmpty();
    }

    @Test
    void timesThatStartTheirLinesAreChaptersWithoutAChaptersHeading() {
        // Three lines: without a heading, two times on neighbouring lines prove no list.
        Episode episode =
                episode(
                        oneCard(
                                "A slow crossing.\n00:00 - Casting off\n12:30 - The fog bank\n"
                                        + "40:00 - Home\n"));

        assertThat(episode.description()).contains("A slow crossing.");
        assertThat(episode.chapters())
                .containsExactly(
                        chapter(Duration.ZERO, mmss(12, 30), "Casting off"),
                        chapter(mmss(12, 30), min(40), "The fog bank"),
                        chapter(min(40), min(84), "Home"));
    }

    @Test
    void linksMentionedHeadingAfterAnInlineChapterRunEndsTheLastChapter() {
        Episode episode =
                episode(
                        oneCard(
                                "Chapters: 00:00 - Intro 05:00 - Outro Links Mentioned: Docs:"
                                        + " https://docs.example.com\n"));

        assertThat(episode.chapters())
                .containsExactly(
                        chapter(Duration.ZERO, min(5), "Intro"), chapter(min(5), min(84), "Outro"));
        assertThat(episode.links()).containsExactly(link("Docs", "https://docs.example.com"));
        assertThat(episode.description()).isEmpty();
    }

    @Test
    void followHeadingAfterAnInlineChapterRunEndsTheLastChapter() {
        Episode episode =
                episode(
                        oneCard(
                                "Chapters: 00:00 - Intro 05:00 - Outro Follow Mara: Twitter:"
                                        + " https://twitter.com/mara\n"));

        assertThat(episode.chapters())
                .containsExactly(
                        chapter(Duration.ZERO, min(5), "Intro"), chapter(min(5), min(84), "Outro"));
        assertThat(episode.people())
                .containsExactly(
                        new Person(
                                "Mara",
                                Role.GUEST,
                                List.of(
                                        link(
                                                "Twitter",
                                                "https://twitter.com/mara",
                                                LinkKind.TWITTER))));
    }

    @Test
    void labelledUrlAfterASentenceEndsTheChapterAndTheWordsAfterItAreProse() {
        Episode episode =
                episode(
                        oneCard(
                                "Chapters: 00:00 - Intro 05:00 - Goodbye. Docs:"
                                        + " https://docs.example.com Thanks for listening\n"));

        assertThat(episode.chapters())
                .containsExactly(
                        chapter(Duration.ZERO, min(5), "Intro"),
                        chapter(min(5), min(84), "Goodbye."));
        assertThat(episode.links()).containsExactly(link("Docs", "https://docs.example.com"));
        assertThat(episode.description()).contains("Thanks for listening");
    }

    @Test
    void dashAfterALabelledUrlThatEndedAChapterOpensTheUrlsNote() {
        Episode episode =
                episode(
                        oneCard(
                                "Chapters: 00:00 - Intro 05:00 - Goodbye. Docs:"
                                        + " https://docs.example.com - the manual\n"));

        assertThat(episode.chapters())
                .containsExactly(
                        chapter(Duration.ZERO, min(5), "Intro"),
                        chapter(min(5), min(84), "Goodbye."));
        assertThat(episode.links())
                .containsExactly(noted("Docs", "https://docs.example.com", "the manual"));
    }

    @Test
    void bareUrlEndsTheChapterAndTheWordsAfterItAreProse() {
        Episode episode =
                episode(
                        oneCard(
                                "Chapters: 00:00 - Intro 12:00 - The harbour map"
                                        + " https://example.com/map and more\n"));

        assertThat(episode.chapters())
                .containsExactly(
                        chapter(Duration.ZERO, min(12), "Intro"),
                        chapter(min(12), min(84), "The harbour map"));
        assertThat(episode.links()).containsExactly(link(null, "https://example.com/map"));
        assertThat(episode.description()).contains("and more");
    }

    @Test
    void bulletEndsTheChapterBeforeALabelledUrl() {
        Episode episode =
                episode(
                        oneCard(
                                "Chapters: 00:00 - Intro 05:00 - Outro • Docs:"
                                        + " https://docs.example.com\n"));

        assertThat(episode.chapters())
                .containsExactly(
                        chapter(Duration.ZERO, min(5), "Intro"), chapter(min(5), min(84), "Outro"));
        assertThat(episode.links()).containsExactly(link("Docs", "https://docs.example.com"));
    }

    @Test
    void rulesOpenAndCloseAnInlineChapterRunAndTheWordsAroundItAreProse() {
        Episode episode =
                episode(
                        oneCard(
                                "Intro words ------- 00:00 Start 05:00 End -------- More words"
                                        + " after\n"));

        assertThat(episode.chapters())
                .containsExactly(
                        chapter(Duration.ZERO, min(5), "Start"), chapter(min(5), min(84), "End"));
        assertThat(episode.description()).contains("Intro words More words after");
    }

    @Test
    void labelAtTheEndOfALineDoesNotReachAUrlPastABlankLine() {
        Episode episode = episode(oneCard("Read the notes:\n\nhttps://example.com/notes\n"));

        assertThat(episode.links()).containsExactly(link(null, "https://example.com/notes"));
        assertThat(episode.description()).contains("Read the notes:");
    }

    @Test
    void labelAtTheEndOfTheLastLineOfACardStaysInTheDescription() {
        Episode episode = episode(oneCard("A slow crossing.\nFind us on the quay:\n"));

        assertThat(episode.description()).contains("A slow crossing.\nFind us on the quay:");
        assertThat(episode.links()).isEmpty();
    }

    @Test
    void labelOnTheLineRightAboveTheListenerCountStaysInTheDescription() {
        // No blank line between the last body line (15) and "1 Listener" (16).
        Episode episode =
                episode(
                        Pages.page(
                                1,
                                "Knots at night\n"
                                        + Pages.SHOW
                                        + "\n02/17/25 • 84 min\nA slow crossing.\n"
                                        + "Find us on the quay:\n1 Listener\n"));

        assertThat(episode.description()).contains("A slow crossing.\nFind us on the quay:");
        assertThat(episode.listeners()).hasValue(1);
    }

    @Test
    void timeThatEndsASentenceIsPartOfTheProse() {
        Episode episode = episode(oneCard("The last ferry leaves at 10:30\n"));

        assertThat(episode.description()).contains("The last ferry leaves at 10:30");
        assertThat(episode.chapters()).isEmpty();
    }

    @Test
    void linksMentionedGroupRunsUntilALineWithoutAUrl() {
        Episode episode =
                episode(
                        oneCard(
                                "Links Mentioned:\n"
                                        + "Docs: https://docs.example.com\n"
                                        + "Get the rope guide: https://ropes.example.com\n"
                                        + "Thanks for listening.\n"
                                        + "Get 10% off ropes: https://shop.example.com\n"));

        // Lines 15-16 are in the group, so "Get the rope guide" is a link; line 17 ends the group,
        // so "Get 10% off ropes" (line 18) is a promotion.
        assertThat(episode.links())
                .containsExactly(
                        link("Docs", "https://docs.example.com"),
                        link("Get the rope guide", "https://ropes.example.com"));
        assertThat(episode.promotions())
                .extracting(p -> p.text(), p -> p.url().orElseThrow())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Get 10% off ropes", "https://shop.example.com"));
        assertThat(episode.description()).contains("Thanks for listening.");
    }

    @Test
    void headingLineAboveABulletListLabelsNoneOfItsUrls() {
        Episode episode =
                episode(
                        oneCard(
                                "Resources:\n"
                                        + "• https://ropes.example.com\n"
                                        + "• https://lamps.example.com\n"));

        assertThat(episode.links())
                .containsExactly(
                        link(null, "https://ropes.example.com"),
                        link(null, "https://lamps.example.com"));
        assertThat(episode.description()).contains("Resources:");
    }

    @Test
    void proseBeforeAFollowHeadingOnTheSameLineIsNotPartOfTheFirstLabel() {
        Episode episode =
                episode(
                        oneCard(
                                "Thanks for listening Follow Mara: Twitter:"
                                        + " https://twitter.com/mara\n"));

        assertThat(episode.description()).contains("Thanks for listening");
        assertThat(episode.people())
                .containsExactly(
                        new Person(
                                "Mara",
                                Role.GUEST,
                                List.of(
                                        link(
                                                "Twitter",
                                                "https://twitter.com/mara",
                                                LinkKind.TWITTER))));
    }

    @Test
    void noteBeforeAFollowHeadingOnTheSameLineStaysWithItsUrl() {
        Episode episode =
                episode(
                        oneCard(
                                "Website: https://quay.example.com - our home port Follow Mara:"
                                        + " Twitter: https://twitter.com/mara\n"));

        assertThat(episode.links())
                .containsExactly(noted("Website", "https://quay.example.com", "our home port"));
        assertThat(episode.people())
                .containsExactly(
                        new Person(
                                "Mara",
                                Role.GUEST,
                                List.of(
                                        link(
                                                "Twitter",
                                                "https://twitter.com/mara",
                                                LinkKind.TWITTER))));
        assertThat(episode.description()).isEmpty();
    }

    @Test
    void chapterTitleEndingInAColonIsNotTheLabelOfTheUrlOnTheNextLine() {
        Episode episode =
                episode(
                        oneCard(
                                "Chapters:\n00:00 - Intro\n05:00 - Questions from listeners:\n"
                                        + "https://example.com/ask\n"));

        // The title keeps its words; the colon at its end is cut like any separator left at the
        // end of a chapter title ("Intro: 0:42").
        assertThat(episode.chapters())
                .containsExactly(
                        chapter(Duration.ZERO, min(5), "Intro"),
                        chapter(min(5), min(84), "Questions from listeners"));
        assertThat(episode.links()).containsExactly(link(null, "https://example.com/ask"));
    }

    @Test
    void noteEndingInAColonIsNotTheLabelOfTheUrlOnTheNextLine() {
        Episode episode =
                episode(
                        oneCard(
                                "Website: https://quay.example.com - our notes are here:\n"
                                        + "https://notes.example.com\n"));

        assertThat(episode.links())
                .containsExactly(
                        noted("Website", "https://quay.example.com", "our notes are here:"),
                        link(null, "https://notes.example.com"));
    }

    @Test
    void colonAndUrlWithoutALabelStillGiveTheLink() {
        Episode episode = episode(oneCard("The map\n: https://example.com/map\n"));

        assertThat(episode.links()).containsExactly(link(null, "https://example.com/map"));
    }

    @Test
    void blankLineEndsAFollowGroup() {
        Episode episode =
                episode(
                        oneCard(
                                "Follow Mara:\nTwitter: https://twitter.com/mara\n\n"
                                        + "Shop: https://shop.example.com\n"));

        assertThat(episode.people())
                .containsExactly(
                        new Person(
                                "Mara",
                                Role.GUEST,
                                List.of(
                                        link(
                                                "Twitter",
                                                "https://twitter.com/mara",
                                                LinkKind.TWITTER))));
        assertThat(episode.links()).containsExactly(link("Shop", "https://shop.example.com"));
    }

    @Test
    void sixWordLabelIsAPromotionAndFiveWordLabelIsALink() {
        Page page =
                parse(
                        oneCard(
                                "Our friends at the rope shop: https://ropes.example.com\n"
                                        + "Friends at the rope shop: https://shop.example.com\n"));
        Episode episode = page.episodes().get(0);

        assertThat(episode.promotions())
                .extracting(p -> p.text(), p -> p.url().orElseThrow())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Our friends at the rope shop", "https://ropes.example.com"));
        assertThat(episode.links())
                .containsExactly(link("Friends at the rope shop", "https://shop.example.com"));
    }
}
