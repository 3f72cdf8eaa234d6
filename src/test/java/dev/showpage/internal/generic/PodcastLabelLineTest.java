package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A newspaper's kicker over an episode's headline, "🎧 Podcast Show name" ({@link
 * PodcastLabelLine}): the name after the label is the show, and the headline under it the episode's
 * title. A matrix of made-up shows in the seven languages, each under every decoration and sign;
 * the near-misses name no show.
 */
class PodcastLabelLineTest {

    /** A show's name, an episode's headline and its paragraph, in one language. */
    private record Item(String show, String title, String paragraph) {}

    private static final List<Item> ITEMS =
            List.of(
                    new Item(
                            "Harbour Nights",
                            "A night on the ferry with the last captain of the line",
                            "The captain tells us about thirty years of crossings, the storms and"
                                    + " the passengers who never left the bar."),
                    new Item(
                            "Le Grand Large",
                            "Une nuit au phare avec le gardien Paul Leroux",
                            "Paul Leroux raconte trente ans de nuits au phare, les tempêtes et les"
                                    + " lettres qu'il écrivait à sa sœur."),
                    new Item(
                            "Mit Brot und Salz",
                            "Zu Besuch in der ältesten Backstube der Stadt",
                            "Die Bäckerin erzählt von ihren Nächten am Ofen, vom Sauerteig und von"
                                    + " den Kunden, die jeden Morgen kommen."),
                    new Item(
                            "Voces del puerto",
                            "Una mañana en la lonja con los pescadores del norte",
                            "Los pescadores nos cuentan cómo ha cambiado la lonja, los precios y"
                                    + " las noches en el mar."),
                    new Item(
                            "Il Faro",
                            "Una notte sul traghetto con l'ultimo capitano",
                            "Il capitano racconta trent'anni di traversate, le tempeste e i"
                                    + " passeggeri che non lasciavano mai il bar."),
                    new Item(
                            "Conversas de Cais",
                            "Uma noite no farol com o último faroleiro",
                            "O faroleiro conta trinta anos de noites no farol, as tempestades e as"
                                    + " cartas que escrevia à irmã."),
                    new Item(
                            "Met de kapitein aan boord",
                            "Een nacht op de veerboot met de laatste kapitein",
                            "De kapitein vertelt over dertig jaar overtochten, de stormen en de"
                                    + " passagiers die nooit de bar verlieten."));

    private static final String[] DECORATIONS = {"", "\uD83C\uDFA7 ", "\u25B6 ", "\u2022 "};

    private static final String[] LABELS = {
        "Podcast ", "Podcast: ", "PODCAST | ", "Podcast \u2013 "
    };

    static Stream<Arguments> kickers() {
        return ITEMS.stream()
                .flatMap(
                        item ->
                                Stream.of(DECORATIONS)
                                        .flatMap(
                                                d ->
                                                        Stream.of(LABELS)
                                                                .map(
                                                                        l ->
                                                                                Arguments.of(
                                                                                        d + l,
                                                                                        item))));
    }

    @ParameterizedTest(name = "{0}{1}")
    @MethodSource("kickers")
    void theNameAfterAPodcastLabelIsTheShowAndTheHeadlineTheTitle(String kicker, Item item) {
        String text =
                kicker + item.show() + "\n\n" + item.title() + "\n\n" + item.paragraph() + "\n";

        Page page = EpisodePageParser.parse(text);

        assertThat(page.show().map(Show::title)).as(text).contains(item.show());
        assertThat(page.episodes()).as(text).hasSize(1);
        assertThat(page.episodes().get(0).title()).as(text).contains(item.title());
    }

    /**
     * A "Podcast:" line over the post's prose and no headline is the post's headline itself, as
     * blogs title a post: it names no show, and it is the episode's title.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Podcast: Why the river runs dry",
                "Podcast: Pourquoi la mer monte",
                "\uD83C\uDFA7 Podcast Warum der Fluss austrocknet",
                "Podcast | Por qué sube el mar",
                "Podcast: Perché il mare sale",
                "Podcast \u2013 Porque sobe o mar",
                "Podcast: Waarom de rivier droogvalt"
            })
    void aLabelLineOverProseIsTheHeadline(String headline) {
        String text =
                headline
                        + "\n\n"
                        + "The water has fallen for three summers now, and the boats that carried"
                        + " grain up the valley wait in the harbour for rain.\n";

        Page page = EpisodePageParser.parse(text);

        assertThat(page.show()).as(text).isEmpty();
        assertThat(page.episodes()).as(text).hasSize(1);
        assertThat(page.episodes().get(0).title()).as(text).contains(headline);
    }

    static Stream<Arguments> items() {
        return ITEMS.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("items")
    void theNameBeforeAPodcastLabelInCapitalsIsTheShow(Item item) {
        String text =
                item.show() + " PODCAST\n\n" + item.title() + "\n\n" + item.paragraph() + "\n";

        Page page = EpisodePageParser.parse(text);

        assertThat(page.show().map(Show::title)).as(text).contains(item.show());
        assertThat(page.episodes().get(0).title()).as(text).contains(item.title());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "HARBOUR NIGHTS PODCAST", // capitals throughout: where the name ends is untold
                "Harbour Nights Podcast", // title case: "Podcast" is the name's
                "über Gärten PODCAST",
                "Folge 12 PODCAST",
                "Was ist Zeit? PODCAST",
                "Harbour Nights PODCASTS"
            })
    void otherLinesNameNoShowBeforeTheLabel(String line) {
        assertThat(PodcastLabelLine.nameBeforeLabel(line)).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Podcast über Gärten und Bäume", // a phrase about the podcast, lower case
                "Podcast sobre el mar",
                "Podcast about the sea",
                "Podcast Folge 12", // a number label
                "Podcast Episode 7",
                "Podcast Technologie", // a category
                "Podcast: Was ist Zeit?", // a question
                "Podcast: Hier beginnt die Geschichte.", // a sentence
                "Podcasts Harbour Nights", // the plural opens a breadcrumb
                "Podcaster Jane Doe",
                "Podcast",
                "Le Podcast Harbour Nights", // not the label first
                "Podcast Harbour Nights of the North Sea and the Baltic Coast" // too long a name
            })
    void otherLinesNameNoShow(String line) {
        assertThat(PodcastLabelLine.name(line)).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Podcast über Gärten und Bäume", "Podcast Folge 12", "Podcast Technologie"})
    void aPageUnderANearMissNamesNoShowFromIt(String line) {
        String text = line + "\n\nDie Linde im Dorf\n\n" + ITEMS.get(2).paragraph() + "\n";

        Page page = EpisodePageParser.parse(text);

        assertThat(page.show().map(Show::title).orElse(""))
                .as(text)
                .isNotEqualTo(line.substring(8));
    }
}
