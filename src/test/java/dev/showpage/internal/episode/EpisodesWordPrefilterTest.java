package dev.showpage.internal.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNodeImpl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A line without the word for episodes states no count: {@link EpisodeCounts#hasEpisodesWord} turns
 * it away before its words are read, and must never turn away a line that states one, as a field
 * ({@link EpisodeCounts}) or in a sentence ({@link StatedEpisodeCounts}, with the word past the
 * line's first two tokens). The lines are made up, in the seven languages, with odd letters.
 */
class EpisodesWordPrefilterTest {

    /** The line's tokens, its break included, as a line of the page's tree holds them. */
    private static List<Token> tokens(String line) {
        return PageSources.read(
                line + "\n",
                source -> {
                    List<Token> tokens = new ArrayList<>();
                    for (int t = 0; t < source.tokenCount(); t++) {
                        if (source.token(t).getType() != Token.EOF) {
                            tokens.add(source.token(t));
                        }
                    }
                    return tokens;
                });
    }

    private static ParserRuleContext lineOf(List<Token> tokens) {
        ParserRuleContext line = new ParserRuleContext();
        for (Token token : tokens) {
            line.addChild(new TerminalNodeImpl(token));
        }
        return line;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "29 episodes",
                "454 EPISODES",
                "2,200 episodes",
                "1.234 Folgen",
                "Technology \u00B7 169 afleveringen",
                "Episodes (63)",
                "Folgen: 63",
                "All episodes (48)",
                "Alle Folgen (63)",
                "Tous les \u00E9pisodes (63)",
                "48 eps",
                "87 \u00C9PISODES",
                "64 epis\u00F3dios",
                "...Kevin May63 Episodes",
                "The show has a total of 48 episodes.",
                "De podcast heeft in totaal 315 afleveringen.",
                "Il podcast ha raggiunto le 770 puntate",
                "Der Podcast hat insgesamt 40 Folgen.",
                "El programa tiene en total 120 episodios.",
                "O podcast tem no total 55 epis\u00F3dios.",
                "Cette \u00E9mission se compose de huit \u00E9pisodes.",
                "Listen to all 48 episodes of the show."
            })
    void aLineThatStatesACountHasTheWord(String text) {
        List<Token> tokens = tokens(text);
        ParserRuleContext line = lineOf(tokens);
        OptionalInt field = EpisodeCounts.on(line);
        OptionalInt stated = StatedEpisodeCounts.on(line);
        assertThat(field.isPresent() || stated.isPresent()).as("a count is read").isTrue();
        assertThat(EpisodeCounts.hasEpisodesWord(tokens, field.isPresent() ? 0 : 2)).isTrue();
        assertThat(EpisodeCounts.on(tokens)).isEqualTo(field);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "Pruning in the Rain",
                "We talk about 300 pages of notes",
                "\u0130stanbul'da 12 b\u00F6l\u00FCm",
                "\u0395\u03C0\u03B5\u03B9\u03C3\u03CC\u03B4\u03B9\u03B1 29",
                "\u6240\u6709\u5267\u96C6 (48)",
                "\uD835\uDC04pisodes 29",
                "29 epi\u017Fodes",
                "Folge 12: Der Anfang",
                "Episode 4 \u2013 The Orchard"
            })
    void aLineWithoutTheWordStatesNoCount(String text) {
        List<Token> tokens = tokens(text);
        ParserRuleContext line = lineOf(tokens);
        assertThat(EpisodeCounts.hasEpisodesWord(tokens, 0)).isFalse();
        assertThat(EpisodeCounts.on(line)).isEmpty();
        assertThat(StatedEpisodeCounts.on(line)).isEmpty();
    }
}
