package dev.showpage.internal.generic;

import static dev.showpage.internal.generic.OneEpisodePage.PARAGRAPH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Headlines that speak of payment or open with a filing word and a colon are titles, not a
 * paywall's label nor a post's tags: a headline about paying subscribers, a title "Tag: ...". The
 * pages are made up; the comment before each assertion names the 1-based page lines it reads.
 */
class HeadlinesAboutPaymentOrFilingTest {

    private static String onlyTitle(String page) {
        Page parsed = EpisodePageParser.parse(page);
        assertThat(parsed.episodes()).hasSize(1);
        return parsed.episodes().get(0).title().orElse("(none)");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Why paid subscribers leave",
                "How Paying Members Changed Our Show",
                "The paid episode problem",
                "Members only? Paid perks for podcast fans",
                "Members only: paid perks for podcast fans",
                "Paying Members: What You Get",
                "Waarom betalende abonnees opzeggen",
                "Pourquoi les abonnés payants restent",
                "Warum zahlende Abonnenten bleiben",
                "Tag: You Are It",
                "Topics: Why We Argue About Money",
                "Themen: Was die Schleuse verschweigt",
                "Temas: Lo que el río se llevó",
                "Category: The Long Way Home Again"
            })
    void aHeadlineAloneOverItsParagraphIsTheTitle(String headline) {
        // Line 1 is the headline, line 3 its paragraph.
        assertThat(onlyTitle(headline + "\n\n" + PARAGRAPH + "\n")).isEqualTo(headline);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Why paid subscribers leave",
                "The paid episode problem",
                "Paying Members: What You Get",
                "Tag: You Are It",
                "Topics: Why We Argue About Money"
            })
    void aHeadlineOverTheShowsLineIsStillTheTitle(String headline) {
        String page = headline + "\n\nHarbour Talk with Mara Quill\n\n" + PARAGRAPH + "\n";

        // Line 1 is the headline, line 3 the show's line, line 5 the paragraph.
        assertThat(onlyTitle(page)).isEqualTo(headline);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Why paid subscribers leave",
                "Members only: paid perks for podcast fans",
                "Subscribers only know half of the paid story",
                "Paid episode recap and more",
                "Warum zahlende Abonnenten bleiben",
                "Paid subscribers are now available on every episode",
                "Members of the paid tier, available now"
            })
    void headlinesAboutPaymentAreNoPaywall(String text) {
        assertThat(Paywalls.isOne(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Paid post",
                "Bezahlte Folge",
                "Episodio de pago",
                "The full episode is only available to paid subscribers of Lock Notes",
                "Cet épisode est réservé aux abonnés payants",
                "La suite n'est disponible que pour les abonnés payants du Canal",
                "Diese Folge ist exklusiv für zahlende Abonnenten",
                "L'episodio è disponibile per gli abbonati paganti di Chiusa",
                "De aflevering is beschikbaar voor betalende leden"
            })
    void paywallLabelsAreOnes(String text) {
        assertThat(Paywalls.isOne(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Tag: You Are It",
                "Topics: Why We Argue About Money",
                "Kategorie: Wie wir über Geld streiten",
                "Tags: canals, locks and the long way home to the sea"
            })
    void aTitleAfterAFilingWordIsNoLabel(String text) {
        assertThat(TaxonomyLabels.isOne(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Tags: canals, locks, boats",
                "Category: Radio Walks",
                "Themen: Kanal",
                "Etiquetas: radio, paseos largos"
            })
    void aLabelWithItsValuesIsOne(String text) {
        assertThat(TaxonomyLabels.isOne(text)).isTrue();
    }
}
