package dev.showpage.internal.episode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.internal.antlr.TwoStageParse;
import dev.showpage.internal.session.Columns;
import dev.showpage.internal.session.Diagnostics;
import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.text.Durations;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The length a sentence of its own gives a one-episode page ({@link LengthSentences}): its subject
 * the recording or the episode, then a verb of lasting or "has a length of", then the amount.
 */
class LengthSentencesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "A talk on bridges.\\nThe recording lasts 12 minutes.\\nListen below.|720",
                "Ein Gespräch.\\nDie Aufnahme dauert 1 Stunde 5 Minuten.|3900",
                "Un entretien.\\nL'épisode dure 25 minutes.|1500",
                "Una charla.\\nLa grabación tiene una duración de 18 minutos.|1080",
                "Un'intervista.\\nLa puntata audio ha una durata di 32 minuti.|1920",
                "Uma conversa.\\nO episódio dura 47 minutos|2820",
                "Een gesprek.\\nDeze aflevering duurt 40 minuten.|2400",
            })
    void readsTheSentencesAmount(String page, long seconds) {
        List<Token> amounts = amountsOf(page.replace("\\n", "\n"));
        assertThat(amounts).isNotEmpty();
        assertThat(amounts.stream().mapToLong(a -> Durations.seconds(a.getText())).sum())
                .isEqualTo(seconds);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a length of something else than the recording
                "A walk.\\nThe walk to the lighthouse lasts 25 minutes.",
                "Ein Rezept.\\nDer Teig dauert 20 Minuten.",
                "Een festival.\\nHet festival duurt 3 dagen.",
                // a span of days, even of the programme
                "Ein Projekt.\\nDie Sendung dauert 3 Tage.",
                // the amount does not close the line, or the noun is not the subject
                "Un podcast.\\nIl podcast dura 20 minuti ogni settimana e parla di libri.",
                "A talk.\\nAfter the episode the quiz lasts 10 minutes.",
                "A talk.\\nOur reading time lasts 4 minutes.",
                // two such sentences: which one is the episode's is not told
                "Two parts.\\nThe recording lasts 12 minutes.\\nThe episode lasts 30 minutes.",
                // a label line, which the layouts read, is no sentence of this shape
                "A talk.\\nDuration: 12 minutes",
            })
    void leavesEveryOtherAmount(String page) {
        assertThat(amountsOf(page.replace("\\n", "\n"))).isEmpty();
    }

    private static List<Token> amountsOf(String page) {
        return TwoStageParse.run(
                page,
                false,
                stage -> {
                    for (int i = 0; stage.tokens.get(i).getType() != Token.EOF; i++) {
                        // lex the whole page, as a parse would have before the length is asked
                    }
                    Diagnostics diagnostics = new Diagnostics(100, Columns.of(page));
                    return LengthSentences.of(
                            new SourceText(stage.chars, stage.tokens, diagnostics));
                });
    }
}
