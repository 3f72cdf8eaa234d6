package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An article about a show's episodes names the show in its opening prose, quoted after the word
 * "podcast" ({@link QuotedShowSuffix#inSentence}): the quotation is the show. Made-up sentences in
 * the seven languages, each with every pair of quotation marks; the near-misses name no show.
 */
class QuotedShowInProseTest {

    /** An opening sentence with %s where the quoted name stands, and the name. */
    private static final String[][] SENTENCES = {
        {
            "For the podcast %s this was a big year: we reached many new listeners and thank you"
                    + " all.",
            "Harbour Talk"
        },
        {
            "Pour le podcast %s, cette année a compté : nous avons gagné beaucoup d'auditeurs.",
            "Le Grand Large"
        },
        {
            "Für den Podcast %s war es ein wichtiges Jahr, und wir danken allen, die zugehört"
                    + " haben.",
            "Hafenfunk"
        },
        {
            "Para el podcast %s ha sido un año importante: hemos sumado muchos oyentes nuevos.",
            "Voces del puerto"
        },
        {
            "Per il podcast %s è stato un anno importante: abbiamo raggiunto tanti nuovi"
                    + " ascoltatori.",
            "Voce del Mattino"
        },
        {
            "Para o podcast %s foi um ano importante: ganhámos muitos ouvintes novos este ano.",
            "Conversas de Cais"
        },
        {
            "Voor de podcast %s was het een belangrijk jaar: we kregen veel nieuwe luisteraars.",
            "Haven Radio"
        },
    };

    private static final String[][] QUOTES = {
        {"\u00AB", "\u00BB"}, {"\u201C", "\u201D"}, {"\u201E", "\u201C"}, {"\"", "\""}
    };

    static Stream<Arguments> sentences() {
        return Stream.of(SENTENCES)
                .flatMap(
                        s ->
                                Stream.of(QUOTES)
                                        .map(
                                                q ->
                                                        Arguments.of(
                                                                String.format(
                                                                        s[0], q[0] + s[1] + q[1]),
                                                                s[1])));
    }

    private static final String BODY =
            "\n\nThe strike at the harbour\n\n"
                    + "In February the cranes stood still, and we were there when the dockers"
                    + " put their demands on the table.\n";

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void theNameQuotedAfterPodcastInTheOpeningProseIsTheShow(String sentence, String show) {
        String text = "The best episodes of the year\n\n" + sentence + BODY;

        Page page = EpisodePageParser.parse(text);

        assertThat(page.show().map(Show::title)).as(text).contains(show);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // no quotation right after the word
                "For the podcast this was a big year: we reached many new listeners and thank you"
                        + " all.",
                // a quotation elsewhere in the sentence
                "For our podcast it was, as one listener said, «a very big year» for all of us"
                        + " here.",
                // a lower-case quotation is a phrase, not a name
                "We asked for the podcast «every week please» and the listeners answered us well.",
                // a quotation too long for a name
                "For the podcast «One Two Three Four Five Six Seven Eight» it was a big year for"
                        + " us.",
                // a podcast named further on in its sentence is someone else's: the guest's own
                "Mara Quill, who hosts the podcast “Deep Water”, joins us to talk about boats.",
                "Heute erzählt Jonas Weber, der den Podcast „Hafenfunk“ macht, von seiner Arbeit.",
                "Notre invitée anime aussi le podcast « Grand Large » depuis trois ans déjà.",
                // the plural is no name's label
                "Among the podcasts «Harbour Talk» was the one we listened to most of all this"
                        + " year."
            })
    void otherSentencesNameNoShow(String sentence) {
        assertThat(QuotedShowSuffix.inSentence(sentence)).isNull();
    }
}
