package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Listings whose cards close with their date ("Title / notes / Posted on date") and whose copy was
 * cut off in the last card, after its title and before its date. The numbered titles that count by
 * one through the cut-off card tell it from a page whose dates open their cards: the first line is
 * the first card's title, and the cut-off card is an episode without a date. A seeded matrix of
 * made-up pages (language, number label, date label, count, direction, a credit under the notes);
 * the near-misses keep the old reading.
 */
class CutOffNumberedCardTest {

    /** A language's episode label, its "posted" label, and dates written its way. */
    private record Language(String label, String posted, String[] months, String notes) {
        String date(LocalDate d) {
            return months[d.getMonthValue() - 1].replace("%d", Integer.toString(d.getDayOfMonth()))
                    + " "
                    + d.getYear();
        }
    }

    private static final String[] EN = {
        "January %d,",
        "February %d,",
        "March %d,",
        "April %d,",
        "May %d,",
        "June %d,",
        "July %d,",
        "August %d,",
        "September %d,",
        "October %d,",
        "November %d,",
        "December %d,"
    };

    private static String[] dayFirst(String... months) {
        String[] out = new String[12];
        for (int m = 0; m < 12; m++) {
            out[m] = "%d " + months[m];
        }
        return out;
    }

    private static final List<Language> LANGUAGES =
            List.of(
                    new Language(
                            "Episode",
                            "Posted on",
                            EN,
                            "A keeper of the harbour light talks about the winters on the rock, the"
                                    + " storms and the letters he wrote to his brother."),
                    new Language(
                            "Folge",
                            "Veröffentlicht am",
                            dayFirst(
                                    "Januar",
                                    "Februar",
                                    "März",
                                    "April",
                                    "Mai",
                                    "Juni",
                                    "Juli",
                                    "August",
                                    "September",
                                    "Oktober",
                                    "November",
                                    "Dezember"),
                            "Die Bäckerin erzählt von ihren Nächten in der Backstube, vom Sauerteig"
                                    + " und von den Kunden, die jeden Morgen kommen."),
                    new Language(
                            "Épisode",
                            "Publié le",
                            dayFirst(
                                    "janvier",
                                    "février",
                                    "mars",
                                    "avril",
                                    "mai",
                                    "juin",
                                    "juillet",
                                    "août",
                                    "septembre",
                                    "octobre",
                                    "novembre",
                                    "décembre"),
                            "Le gardien du phare raconte ses hivers sur le rocher, les tempêtes et"
                                    + " les lettres qu'il écrivait à son frère resté au port."),
                    new Language(
                            "Episodio",
                            "Publicado el",
                            dayFirst(
                                    "de enero de",
                                    "de febrero de",
                                    "de marzo de",
                                    "de abril de",
                                    "de mayo de",
                                    "de junio de",
                                    "de julio de",
                                    "de agosto de",
                                    "de septiembre de",
                                    "de octubre de",
                                    "de noviembre de",
                                    "de diciembre de"),
                            "La panadera nos cuenta sus noches en el obrador, la masa madre y los"
                                    + " vecinos que llegan cada mañana antes del alba."),
                    new Language(
                            "Aflevering",
                            "Gepubliceerd op",
                            dayFirst(
                                    "januari",
                                    "februari",
                                    "maart",
                                    "april",
                                    "mei",
                                    "juni",
                                    "juli",
                                    "augustus",
                                    "september",
                                    "oktober",
                                    "november",
                                    "december"),
                            "De sluiswachter vertelt over dertig jaar aan hetzelfde kanaal, over de"
                                    + " schepen en over de winters waarin alles bevroor."));

    private static final String[] NAMES = {
        "Ana Ruiz", "Tom Weiss", "Lea Kunz", "Mara Quill", "Oskar Lind", "Ines Faro", "Paul Girard"
    };

    /** A made-up listing and the titles and dates it should read as. */
    private record Made(String text, List<String> titles, List<LocalDate> dates) {}

    private static Made listing(long seed, boolean counted, boolean headerFirst) {
        Random random = new Random(seed);
        Language lang = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
        int cards = 2 + random.nextInt(3); // dated cards; the cut-off one comes after them
        int step = random.nextBoolean() ? -1 : 1;
        int number = 20 + random.nextInt(60);
        boolean credit = random.nextBoolean();
        String separator = random.nextBoolean() ? ": " : " \u2013 ";
        String stop = random.nextBoolean() ? " ." : "";
        LocalDate date = LocalDate.of(2019 + random.nextInt(5), 1 + random.nextInt(12), 20);
        StringBuilder text = new StringBuilder();
        List<String> titles = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        if (headerFirst) {
            text.append("Harbour Radio\n\n").append(lang.notes()).append("\n\n");
        }
        for (int k = 0; k <= cards; k++) {
            int n = counted || k < cards ? number + k * step : number + (k + 1) * step;
            String title = lang.label() + " " + n + separator + NAMES[(int) (seed + k) % 7];
            titles.add(title);
            text.append(title).append("\n\n").append(lang.notes());
            if (k == cards) {
                text.append(" Und dann"); // cut off mid-sentence, before its date
                break;
            }
            text.append("\n\n");
            if (credit && k == 1) {
                text.append("\u00A9FotoNord\n");
            }
            text.append(lang.posted()).append(' ').append(lang.date(date)).append(stop);
            text.append("\n\n");
            dates.add(date);
            date = date.minusWeeks(2);
        }
        return new Made(text.toString(), titles, dates);
    }

    static IntStream seeds() {
        return IntStream.range(0, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void numberedTitlesCountingThroughTheCutOffCardAreEachAnEpisode(int seed) {
        Made made = listing(seed, true, false);

        Page page = EpisodePageParser.parse(made.text());

        assertThat(page.episodes())
                .as(made.text())
                .extracting(e -> e.title().orElse("(none)"))
                .containsExactlyElementsOf(made.titles());
        List<LocalDate> dates = new ArrayList<>(made.dates());
        dates.add(null); // the cut-off card has no date
        assertThat(page.episodes())
                .as(made.text())
                .extracting(e -> e.released().orElse(null))
                .containsExactlyElementsOf(dates);
        Episode last = page.episodes().get(page.episodes().size() - 1);
        assertThat(last.description().orElse("")).as(made.text()).endsWith("Und dann");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aCountThatBreaksAtTheCutOffCardIsNotReadSo(int seed) {
        Made made = listing(seed, false, false);

        Page page = EpisodePageParser.parse(made.text());

        assertThat(page.episodes())
                .as(made.text())
                .extracting(e -> e.title().orElse("(none)"))
                .isNotEqualTo(made.titles());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aHeaderOverTheFirstNotesKeepsTheDatesOpeningTheirCards(int seed) {
        Made made = listing(seed, true, true);

        Page page = EpisodePageParser.parse(made.text());

        // "Harbour Radio" over notes is no numbered title: the cut-off reading needs them all.
        assertThat(page.episodes())
                .as(made.text())
                .extracting(e -> e.title().orElse("(none)"))
                .doesNotContain("Harbour Radio");
        assertThat(page.episodes()).as(made.text()).hasSizeLessThanOrEqualTo(made.titles().size());
    }

    @org.junit.jupiter.api.Test
    void numberedTitlesCountByOneInOneDirection() {
        assertThat(NumberedPair.countsByOne(List.of("#12 A", "#11 B", "#10 C"))).isTrue();
        assertThat(NumberedPair.countsByOne(List.of("Folge 3: A", "Folge 4: B", "Folge 5: C")))
                .isTrue();
        assertThat(NumberedPair.countsByOne(List.of("#12 A", "#11 B"))).isFalse();
        assertThat(NumberedPair.countsByOne(List.of("#12 A", "#11 B", "#12 C"))).isFalse();
        assertThat(NumberedPair.countsByOne(List.of("#12 A", "#10 B", "#9 C"))).isFalse();
        assertThat(NumberedPair.countsByOne(List.of("#12 A", "Intro", "#10 C"))).isFalse();
    }
}
