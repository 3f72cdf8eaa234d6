package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A news site's listing of headlines, each over a standfirst that closes without a stop. */
class StandfirstListingTest {

    private static final String INTRO =
            "Every week the reporters of the paper read aloud a few of the pieces they wrote, and"
                    + " tell in a short introduction why they wrote them.\n\n";

    private static List<Optional<String>> titles(Page page) {
        return page.episodes().stream().map(Episode::title).toList();
    }

    @Test
    void eachHeadlineOverItsStandfirstIsAnEpisodeAndTheIntroductionIsNone() {
        Page page =
                EpisodePageParser.parse(
                        INTRO
                                + "Perché le navi cantano di notte\n\n"
                                + "Il rumore dei motori viaggia sull'acqua più lontano di quanto"
                                + " pensiamo, e i pescatori lo sanno da sempre\n\n"
                                + "Chi ha costruito il vecchio faro?\n\n"
                                + "Una storia di pietre portate a mano, di due fratelli e di un"
                                + " inverno che non finiva mai\n\n"
                                + "Il porto che dorme d'estate\n\n"
                                + "Quando le barche partono tutte insieme, il paese resta vuoto"
                                + " e le strade si riempiono di turisti\n");

        assertThat(titles(page))
                .containsExactly(
                        Optional.of("Perché le navi cantano di notte"),
                        Optional.of("Chi ha costruito il vecchio faro?"),
                        Optional.of("Il porto che dorme d'estate"));
    }

    @Test
    void headlinesInAnotherLanguageAreTakenAlike() {
        Page page =
                EpisodePageParser.parse(
                        "Waarom schepen 's nachts luider klinken\n"
                                + "Het geluid van motoren draagt over het water veel verder dan"
                                + " we denken, zeggen de vissers in de haven\n"
                                + "De vuurtoren van de twee broers\n"
                                + "Een verhaal over stenen die met de hand werden gedragen en"
                                + " over een winter die maar niet eindigde\n"
                                + "Als de haven slaapt\n"
                                + "In de zomer vertrekken alle boten tegelijk en blijft het dorp"
                                + " leeg achter voor de toeristen van buiten\n");

        assertThat(titles(page))
                .containsExactly(
                        Optional.of("Waarom schepen 's nachts luider klinken"),
                        Optional.of("De vuurtoren van de twee broers"),
                        Optional.of("Als de haven slaapt"));
    }

    @Test
    void subheadingsOverClosedParagraphsAreOneArticle() {
        Page page =
                EpisodePageParser.parse(
                        INTRO
                                + "A slow start\n\n"
                                + "The episode opens with a long joke about the harbour master"
                                + " and his cat, which goes on for a while.\n\n"
                                + "Voices that fit\n\n"
                                + "The two hosts share the work well, one sharper and the other"
                                + " calmer, and neither tries to shine alone.\n\n"
                                + "A pleasant mess\n\n"
                                + "The format wanders from story to story without a plan, and"
                                + " that is part of what makes it work.\n");

        assertThat(page.episodes()).hasSize(1); // the one article, its subheadings no titles
        assertThat(titles(page)).doesNotContain(Optional.of("A slow start"));
    }

    @Test
    void relatedHeadlinesUnderAnArticleAreNotItsEpisodes() {
        Page page =
                EpisodePageParser.parse(
                        "Harbour Talk\n\n"
                                + "Salt and rope on the northern coast\n\n"
                                + "We spend a morning with the last rope makers of the coast and"
                                + " hear how the craft has changed.\n\n"
                                + "More from the newsroom\n\n"
                                + "Ferry prices rise again\n\n"
                                + "The island council says fuel costs leave it no choice, and"
                                + " commuters are angry\n\n"
                                + "A new school opens in the bay\n\n"
                                + "Forty children start lessons next week in a building that was"
                                + " a fish market for a century\n\n"
                                + "The lighthouse gets a keeper\n\n"
                                + "After twenty years of automation the town hires a keeper again,"
                                + " mostly for the tourists\n");

        assertThat(titles(page)).doesNotContain(Optional.of("Ferry prices rise again"));
        assertThat(page.episodes()).hasSize(1);
    }

    @Test
    void twoEntriesAreNoListing() {
        Page page =
                EpisodePageParser.parse(
                        INTRO
                                + "Perché le navi cantano di notte\n\n"
                                + "Il rumore dei motori viaggia sull'acqua più lontano di quanto"
                                + " pensiamo, e i pescatori lo sanno da sempre\n\n"
                                + "Il porto che dorme d'estate\n\n"
                                + "Quando le barche partono tutte insieme, il paese resta vuoto"
                                + " e le strade si riempiono di turisti\n");

        assertThat(page.episodes()).hasSize(1);
    }
}
