package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Show;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A news item's lead names its show as what returns, airs or is on a channel ({@link
 * LeadShowOnChannel}). Made-up leads in the seven languages; the near-misses (a person's return, a
 * lead that opens with when, a date where the channel would stand, no channel, a past tense, a
 * channel's own name) name no show.
 */
class LeadShowOnChannelTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Harbour Nights Live returns this Friday on Channel 4 with three new guests."
                        + " | Harbour Nights Live",
                "Voce della Sera torna questo venerdì 3 maggio su Rai 2 con nuovi ospiti."
                        + " | Voce della Sera",
                "Le Grand Large revient ce samedi sur France 5 avec ses invités. | Le Grand Large",
                "Sobremesa de Noche vuelve este lunes a Canal 9 con tres invitados."
                        + " | Sobremesa de Noche",
                "Hafenrunde am Abend läuft heute im ZDF mit drei Gästen. | Hafenrunde am Abend",
                "Conversa Aberta volta esta segunda-feira à RTP 1 com novos convidados."
                        + " | Conversa Aberta",
                "Het Late Uur is terug op NPO 1 met nieuwe gasten. | Het Late Uur",
                // an article inside the lead's first sentence before a name of capitals
                "Dal 3 marzo il Voce Della Sera Show va in onda su Radio 9 ogni sabato."
                        + " | Voce Della Sera Show",
                "Since March the Harbour Nights Show airs on BBC Radio 4 every Sunday."
                        + " | Harbour Nights Show",
                "On parle de tout revient ce soir sur TF1. | On parle de tout",
                "Depuis lundi le Grand Large Du Soir revient sur France 5. | Grand Large Du Soir"
            })
    void theLeadNamesTheShowOnAChannel(String lead, String show) {
        assertThat(LeadShowOnChannel.onLead(lead)).isEqualTo(show);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                // a lead that opens with when, not with what
                "Da lunedì torna su Rai 1 il programma di Mara Quill.",
                "Stasera torna su Rai 1 la trasmissione più amata.",
                "Heute läuft im ZDF die neue Folge.",
                "Ce soir revient sur France 2 le débat du samedi.",
                "Vanavond is terug op NPO 1 het programma van de zomer.",
                "Hoje volta à RTP 1 o programa de entrevistas.",
                "On Monday Harbour Nights Live returns on Channel 4.",
                // a date where a channel's name would stand
                "Harbour Nights Live returns on May 5 with new guests.",
                // no channel at all, a sentence's stop before it, a past tense
                "Harbour Nights Live returns this Friday with new guests.",
                "Harbour Nights Live returns. It is on Channel 4 from now on.",
                "Voce della Sera tornava su Rai 2 ogni venerdì.",
                // a channel's own name is no show
                "Rai 1 torna su Canale 5 con la sua programmazione.",
                "RTL Nieuws keert terug op NPO 1.",
                // a season's word
                "Staffel drei läuft ab heute im ZDF."
            })
    void otherLeadsNameNoShow(String lead) {
        assertThat(LeadShowOnChannel.onLead(lead)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Mara Quill torna questo venerdì su Rai 1 con un nuovo programma.",
                "Jonas Weber kehrt am Montag ins ZDF zurück.",
                "Ana Lima volta esta segunda-feira à RTP 1."
            })
    void aPersonsReturnIsNoShow(String lead) {
        List<String> texts = List.of("Back on screen", "", lead);
        assertThat(LeadShowOnChannel.find(texts)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Voce della Sera torna questo venerdì su Rai 2 con nuovi ospiti. | Voce della Sera",
                "Le Grand Large revient ce samedi sur France 5 avec ses invités. | Le Grand Large"
            })
    void theParserTakesTheShowFromALead(String lead, String show) {
        String text =
                "12 maggio 2024\n\n"
                        + lead
                        + "\n\nThe evening opens with music, then the talk turns to the harbour"
                        + " and its workers, who have struck for a week.\n";

        assertThat(EpisodePageParser.parse(text).show().map(Show::title)).as(text).contains(show);
    }
}
