package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Show;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A preview's headline names its show at its head ({@link HeadlineShowName}): quoted before a colon
 * and the edition's guests, with its channel in brackets and its guests, or quoted with its season
 * and episode. Made-up headlines in the seven languages; the near-misses (quoted words, channels, a
 * person's evening, one guest, a bare evening, a kind of work, capitals in brackets, a year in
 * brackets, a bare name before a season, a name further on, the guests of a quoted name, which are
 * as often an event's) name no show.
 */
class HeadlineShowNameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // the quoted show, a colon, the edition's guests or evening
                "\u201CHarbour Nights\u201D: these are tonight's guests | Harbour Nights",
                "\u201EHafenrunde am Freitag\u201C: Diese Gäste kommen heute"
                        + " | Hafenrunde am Freitag",
                "\u00AB Le Grand Large \u00BB : qui sont les invités de samedi ? | Le Grand Large",
                "\u2018La Sobremesa\u2019: quiénes son los invitados del viernes | La Sobremesa",
                "\u00ABVoce della Sera\u00BB: gli ospiti di stasera | Voce della Sera",
                "\"Conversa Aberta\": os convidados desta semana | Conversa Aberta",
                "\"Het Late Uur\": dit zijn de gasten van vanavond | Het Late Uur",
                "04/11/2025, 20h15 \u201EHafenrunde\u201C: mit welchen Gästen am Freitag"
                        + " | Hafenrunde",
                // the show, its channel in brackets, a colon
                "Le Grand Large (France 5) : qui sont les invités ce samedi ? | Le Grand Large",
                "La Sobremesa (Canal 9): los invitados de esta noche | La Sobremesa",
                "Voce di notte (Rai 2): gli ospiti di stasera | Voce di notte",
                "Hafenrunde am Freitag (ZDF): Das sind heute die Gäste | Hafenrunde am Freitag",
                "Harbour Nights at Nine (BBC Two): meet the guests | Harbour Nights at Nine",
                "Un dîner chez nous (M6) : la liste des invités | Un dîner chez nous",
                // the quoted show, its season and its episode
                "\"Harbour Nights\", season 2, episode 5. Tonight the host welcomes"
                        + " | Harbour Nights",
                "\u00AB Le Grand Large \u00BB, saison 4, épisode 11 : la mer en hiver"
                        + " | Le Grand Large",
                "\u201EHafenrunde\u201C, Staffel 4, Folge 12 | Hafenrunde",
                "\u201CLa Sobremesa\u201D, temporada 2, episodio 7. Esta noche | La Sobremesa",
                "\u00ABVoce della Sera\u00BB, stagione 3, puntata 9 | Voce della Sera",
                "\"Het Late Uur\", seizoen 6, aflevering 2 | Het Late Uur"
            })
    void theHeadNamesTheShow(String headline, String show) {
        assertThat(HeadlineShowName.onHeadline(headline)).isEqualTo(show);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                // quoted words before a colon, the rest no edition's
                "\u201CNever again\u201D: the mayor speaks about the flood",
                "\u201EWir bleiben hier\u201C: Die Bürgermeisterin in der Halle",
                "\u00AB Plus jamais \u00BB : la maire parle de la crue",
                // a quotation in lower case is a phrase
                "\u201Cevery week\u201D: tonight's guests",
                // a channel's name, quoted or in brackets alone
                "\u201CFrance 2\u201D : les invités de ce soir",
                "\u00ABRai 1\u00BB: gli ospiti di stasera",
                "\u00ABTVE\u00BB: los invitados de esta noche",
                "\"Canal 13\": los invitados de hoy",
                // only a word for a programme
                "\u201CTalk-show\u201D : les invités de ce soir",
                "\"Podcast\": tonight's guests",
                // a person's evening, a year in brackets, words in brackets that are no channel
                "Mara Quill (Canal 9): sus invitados de esta noche",
                "Le Grand Large (2019) : les invités de ce soir",
                "Le Grand Large (reprise) : les invités de ce soir",
                // the name further on, not at the head
                "Tonight in \u201CHarbour Nights\u201D: the guests",
                "Ce soir dans Le Grand Large (France 5) : les invités",
                // a bracketed channel with no colon, a season with no episode
                "Le Grand Large (France 5) les invités de ce soir",
                "\u201EHafenrunde\u201C, Staffel 4: Wer heute kommt",
                // a bare name before a season and an episode: a label's as often
                "Hafenrunde, Staffel 4, Folge 12: Wer heute kommt",
                "Rückblick, Staffel 2, Folge 8",
                "Voce della Sera, stagione 3, puntata 9",
                // only the evening, no guests: a film's, a match's, a reading's as often
                "\u201CHarbour Nights\u201D: what to expect tonight",
                "\u201EHafenrunde\u201C: heute ab acht",
                // one guest: the name is the episode's or the guest's
                "\u201CSalt and Iron\u201D: guest Ines Berg on the shipyards",
                "\u00AB Le Grand Large \u00BB : invitée ce soir, une navigatrice",
                // a kind of work named beside the guests
                "\u201CSea Glass\u201D: the film and its guests tonight",
                "\u201EDas stille Haus\u201C: Lesung mit Gästen heute Abend",
                // an event named beside its guests
                "\u201EJazz im Hafen\u201C: Das sind die Gäste des Festivals",
                "\u201EKlang am Fluss\u201C: die Gäste der Buchmesse",
                "\u00AB Les Voiles \u00BB : les invités du salon",
                "\u201CHarbour Lights\u201D: the guests of the gala",
                "\u00ABMare Aperto\u00BB: gli ospiti della fiera",
                "\"Sol y Mar\": los invitados del congreso",
                "\"Het Zeilweekend\": de gasten van het toernooi",
                "\"Mar Largo\": os convidados da feira",
                // a person's shape before a channel, particles inside
                "Lena De Luca (Canal 9): los invitados de esta noche",
                "Jan van der Berg (NPO 2): de gasten van vanavond",
                // capitals in brackets are no channel: a party's, a paper's, a club's
                "Le Grand Large (ABC): les invités de ce soir",
                "Hafenrunde (XYZ): die Gäste am Freitag",
                // guests of a person, of a bare name, of a quoted show, work or event, of a
                // channel; one guest; guests further on in the headline
                "The guests of \u2018Harbour Nights\u2019 on Saturday",
                "Les invités de \u00AB Le Grand Large \u00BB ce samedi",
                "Gli ospiti di \u201CVoce della Sera\u201D del 3 marzo 2024.",
                "The guests of Mara Quill on Saturday",
                "Les invités de Le Grand Large ce samedi",
                "Die Gäste bei \u201EJazz im Hafen\u201C: das Festival am Fluss",
                "Gli ospiti del film \u201CMare Aperto\u201D",
                "Los invitados de \u00ABCanal 9\u00BB esta noche",
                "L'invitée de \u00AB Le Grand Large \u00BB ce samedi",
                "Tonight: the guests of \u2018Harbour Nights\u2019"
            })
    void otherHeadlinesNameNoShow(String headline) {
        assertThat(HeadlineShowName.onHeadline(headline)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                // printed once: a quotation as often as a name
                "Harbour Nights",
                "Le Grand Large",
                "Hafenrunde",
                "La Sobremesa"
            })
    void aNamePrintedOnlyInTheHeadlineIsNoShow(String name) {
        List<String> texts =
                List.of(
                        "\u201C" + name + "\u201D: these are tonight's guests",
                        "",
                        "A writer, a singer and a chef sit at the table this evening.");
        assertThat(HeadlineShowName.find(texts)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\u201CHarbour Nights\u201D: these are tonight's guests"
                        + " | Tonight Harbour Nights welcomes a writer and a chef to the studio."
                        + " | Harbour Nights",
                "Le Grand Large (France 5) : qui sont les invités de ce samedi ?"
                        + " | Ce samedi, Le Grand Large reçoit une chanteuse et un cuisinier."
                        + " | Le Grand Large",
                "\u00ABVoce della Sera\u00BB, stagione 3, puntata 9. Gli ospiti"
                        + " | Stasera Voce della Sera accoglie una scrittrice e un cuoco."
                        + " | Voce della Sera",
                "\u201EHafenrunde am Freitag\u201C: Wer sind die Gäste der Woche?"
                        + " | Am Abend begrüßt Hafenrunde am Freitag eine Autorin und einen Koch."
                        + " | Hafenrunde am Freitag"
            })
    void theParserTakesTheShowFromAPreviewsHeadline(String headline, String lead, String show) {
        String text =
                headline
                        + "\n\n"
                        + lead
                        + "\n\nThe evening opens with music, then the talk turns to the harbour"
                        + " and its workers, who have struck for a week.\n";

        assertThat(EpisodePageParser.parse(text).show().map(Show::title)).as(text).contains(show);
    }
}
