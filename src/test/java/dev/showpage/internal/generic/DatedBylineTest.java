package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/** A post's dated byline ("Updated 12/03/2025 by Jane Doe") is never an episode's title. */
class DatedBylineTest {

    private static boolean datedByline(String line) {
        List<? extends Token> tokens =
                new EpisodePageLexer(CharStreams.fromString(line)).getAllTokens();
        return Bylines.isDatedByline(List.copyOf(tokens), line);
    }

    @Test
    void aDateThenAClosingBylineInAnyLanguageIsADatedByline() {
        assertThat(datedByline("Updated 12/03/2025 by Jane Doe")).isTrue();
        assertThat(datedByline("Aktualisiert am 14.02.2023 von Lena Vogt")).isTrue();
        assertThat(datedByline("Pubblicato il 2024-11-05 di Marco Bellini")).isTrue();
    }

    @Test
    void aTitleWithADateOrAPhraseAfterItIsNone() {
        assertThat(datedByline("Live am 3. Mai 2024 in Berlin")).isFalse();
        assertThat(datedByline("The storm of 12/03/2025 by the sea")).isFalse();
        assertThat(datedByline("By Jane Doe")).isFalse(); // a byline, but with no date
        assertThat(datedByline("Updated by Jane Doe on 12/03/2025")).isFalse();
    }

    private static List<Optional<String>> titlesUnder(String byline) {
        return EpisodePageParser.parse(
                        byline
                                + "\n"
                                + "Une plateforme annonce trois nouvelles séries pour l'hiver,"
                                + " consacrées à la montagne, à la mer et aux villes qui changent"
                                + " avec les saisons.\n")
                .episodes()
                .stream()
                .map(Episode::title)
                .toList();
    }

    @Test
    void aTitleWithADateAndANameAfterByIsNoByline() {
        assertThat(datedByline("La strage del 12 dicembre 1969 di Piazza Fontana")).isFalse();
        assertThat(datedByline("Episode 41: The Night of 9 November 1989 by Anna Keller"))
                .isFalse();
        assertThat(datedByline("Le concert du 3 mai 2024 par Jeanne Martin")).isFalse();
        assertThat(datedByline("Das Konzert vom 14.02.2023 von Lena Vogt")).isFalse();
        assertThat(datedByline("Updated 12/03/2025 by Jane Doe and friends")).isFalse();
    }

    @Test
    void anUpdateOrPublishWordMayFollowAnotherWord() {
        assertThat(datedByline("Last updated 12/03/2025 by Jane Doe")).isTrue();
        assertThat(datedByline("Gepubliceerd op 2023-02-14 door Sanne de Vries")).isTrue();
        assertThat(datedByline("Publicado em 2024-11-05 por Ana Lobo")).isTrue();
    }

    @Test
    void aDatedTitleWithANameIsKeptOverItsArticle() {
        assertThat(titlesUnder("La strage del 12 dicembre 1969 di Piazza Fontana"))
                .containsExactly(Optional.of("La strage del 12 dicembre 1969 di Piazza Fontana"));
        assertThat(titlesUnder("Episode 41: The Night of 9 November 1989 by Anna Keller"))
                .containsExactly(
                        Optional.of("Episode 41: The Night of 9 November 1989 by Anna Keller"));
    }

    @Test
    void aBylineWithAMonthInItsDateIsNoTitleEither() {
        assertThat(titlesUnder("Publié le 3 mai 2024 par Jeanne Martin"))
                .containsExactly(Optional.empty());
        assertThat(titlesUnder("Actualizado el 5 de marzo de 2023 por Lucía Gómez"))
                .containsExactly(Optional.empty());
    }

    @Test
    void aDatedBylineOverAnArticleIsNotItsTitle() {
        Page page =
                EpisodePageParser.parse(
                        "Aggiornato il 04/11/2024 by Chiara Neri\n"
                                + "Una piattaforma di podcast annuncia tre nuove serie per"
                                + " l'inverno, dedicate alla montagna, al mare e alle città che"
                                + " cambiano volto con le stagioni.\n");

        assertThat(page.episodes().stream().map(Episode::title))
                .doesNotContain(Optional.of("Aggiornato il 04/11/2024 by Chiara Neri"));
    }
}
