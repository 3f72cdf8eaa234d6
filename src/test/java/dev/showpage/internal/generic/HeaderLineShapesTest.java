package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.internal.text.CreditLines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shapes of the lines a show's header prints, each read alone: a page's title with the site's
 * offer to listen, the fields under the name (host line, rating, publisher beside a category) and
 * the directories' categories. Every shape has made-up variants and lines of other shapes that must
 * not be read as it.
 */
class HeaderLineShapesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '#',
            value = {
                "Harbour Lights - Podcast on Tidewave#Harbour Lights",
                "Harbour Lights | Listen on Tidewave#Harbour Lights",
                "Die Nachtschicht – Podcast auf Wellenwerk anhören#Die Nachtschicht",
                "Le Bruit du Port | Écouter sur Ondes Claires#Le Bruit du Port",
                "Radio Niebla — Escuchar en Ruidoteca#Radio Niebla",
                "Il Faro - Ascolta su Onda Blu#Il Faro",
                "Havenlicht | Luister op Golfbreker#Havenlicht",
                "99 Knots | Listen on Apple Podcasts#99 Knots",
            })
    void aPageTitleWithTheSitesOfferNamesTheShowBeforeIt(String line, String name) {
        assertThat(SiteTitleSuffix.name(line)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Harbour Lights - Podcast",
                "Why we stopped - podcast on the go",
                "How to listen - Listen carefully",
                "Fog over the quay | Jane Doe | Listen on Tidewave",
                "What is left? - Podcast on Tidewave",
                "we moved - Podcast on Tidewave",
                "Harbour Lights - Episode 12",
            })
    void otherDashedLinesAreNoPageTitle(String line) {
        assertThat(SiteTitleSuffix.name(line)).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hosted by Mara Quill",
                "Host: Ivo Brandt",
                "Moderiert von Lena Hofmann",
                "Présenté par Jeanne Roux",
                "Presentado por Ana Lobo y Luis Gil",
                "Condotto da Marco Neri",
                "Gepresenteerd door Pieter de Wit",
            })
    void hostLines(String line) {
        assertThat(CreditLines.isHostLine(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "hosted by the sea",
                "Hosted by",
                "The host: a short history",
                "Host a party with friends",
            })
    void notHostLines(String line) {
        assertThat(CreditLines.isHostLine(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "4.8 (1,234)",
                "4,7 \u2605 312 Bewertungen",
                "3.9 (87 ratings)",
                "5.0 \u2605\u2605\u2605\u2605\u2605",
                "4.2 · 19 avis",
            })
    void ratings(String line) {
        assertThat(HeaderFields.isRating(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "7.5 (1,234)",
                "4.8 million listeners",
                "2.0 Harbour Lights",
                "48 episodes",
                "1.234 Folgen",
                "4.85 (12)",
            })
    void notRatings(String line) {
        assertThat(HeaderFields.isRating(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Saltmarsh Audio \u00B7 Technology",
                "Mara Quill | Society & Culture",
                "Wellenwerk \u2022 Wissenschaft \u2022 2024",
            })
    void aPublisherBesideACategory(String line) {
        assertThat(HeaderFields.isSeparatedFields(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Saltmarsh Audio",
                "we talk | you listen",
                "A · B · C · D",
                "Fog over the quay at dawn with friends | Jane Doe",
                "The end. | Again",
            })
    void notSeparatedFields(String line) {
        assertThat(HeaderFields.isSeparatedFields(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Technology",
                "Society & Culture",
                "Society and Culture",
                "true crime",
                "Gesellschaft und Kultur",
                "Tecnología",
                "Maatschappij en cultuur",
            })
    void categories(String line) {
        assertThat(PodcastCategories.isCategory(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Technology Weekly",
                "The History Hour",
                "Science Friday",
                "Harbour Lights",
                "Culture & Society",
            })
    void notCategories(String line) {
        assertThat(PodcastCategories.isCategory(line)).isFalse();
    }
}
