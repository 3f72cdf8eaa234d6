package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random dates in random languages, printed by the JDK's own formatters from CLDR data the way
 * sites print them (long and medium styles, and the patterns listings use: abbreviated months,
 * weekdays in front, "de" between the parts), decorated with a label or followed by a length, and
 * read back from a page through the public parser. Seeded: every run draws the same cases.
 */
class LocalisedDatesPropertyTest {

    private static final long SEED = 20_251_216L;
    private static final int CASES = 400;

    private record Language(
            Locale locale,
            DateOrder order,
            List<String> patterns,
            List<String> labels,
            List<String> hours,
            List<String> minutes) {}

    private static final List<Language> LANGUAGES =
            List.of(
                    new Language(
                            Locale.US,
                            DateOrder.MONTH_DAY_YEAR,
                            List.of(
                                    "MMMM d, yyyy",
                                    "MMM d, yyyy",
                                    "EEEE, MMMM d, yyyy",
                                    "EEE MMM d yyyy"),
                            List.of("Published:", "Released", "Published on", "Air date:"),
                            List.of("h", "hr", "hours"),
                            List.of("min", "mins", "minutes")),
                    new Language(
                            Locale.UK,
                            DateOrder.DAY_MONTH_YEAR,
                            List.of(
                                    "d MMMM yyyy",
                                    "d MMM yyyy",
                                    "EEEE d MMMM yyyy",
                                    "EEE, d MMM yyyy"),
                            List.of("Published:", "Episode Date:"),
                            List.of("hr", "hour"),
                            List.of("min", "minutes")),
                    new Language(
                            Locale.FRENCH,
                            DateOrder.DAY_MONTH_YEAR,
                            List.of(
                                    "d MMMM yyyy",
                                    "d MMM yyyy",
                                    "EEEE d MMMM yyyy",
                                    "EEE d MMM yyyy"),
                            List.of("Publié le", "Date de publication :", "Mis en ligne le"),
                            List.of("h", "heure"),
                            List.of("min", "minutes", "mn")),
                    new Language(
                            Locale.GERMAN,
                            DateOrder.DAY_MONTH_YEAR,
                            List.of(
                                    "d. MMMM yyyy",
                                    "d. MMM yyyy",
                                    "EEEE, d. MMMM yyyy",
                                    "EE, d. MMM yyyy"),
                            List.of("Veröffentlicht am", "Veröffentlicht:", "Erschienen am"),
                            List.of("Std.", "Stunde", "h"),
                            List.of("Min.", "Minuten", "min")),
                    new Language(
                            Locale.forLanguageTag("es"),
                            DateOrder.DAY_MONTH_YEAR,
                            List.of(
                                    "d 'de' MMMM 'de' yyyy",
                                    "d MMM yyyy",
                                    "EEEE, d 'de' MMMM 'de' yyyy"),
                            List.of("Publicado el", "Publicado:", "Fecha de publicación:"),
                            List.of("h", "hora"),
                            List.of("min", "minutos")),
                    new Language(
                            Locale.ITALIAN,
                            DateOrder.DAY_MONTH_YEAR,
                            List.of("d MMMM yyyy", "d MMM yyyy", "EEEE d MMMM yyyy"),
                            List.of("Pubblicato il", "Pubblicato:", "Data di pubblicazione:"),
                            List.of("h", "ora"),
                            List.of("min", "minuti")),
                    new Language(
                            Locale.forLanguageTag("pt-BR"),
                            DateOrder.DAY_MONTH_YEAR,
                            List.of(
                                    "d 'de' MMMM 'de' yyyy",
                                    "d 'de' MMM 'de' yyyy",
                                    "EEEE, d 'de' MMMM 'de' yyyy"),
                            List.of("Publicado em", "Data de publicação:"),
                            List.of("h", "hora"),
                            List.of("min", "minutos")),
                    new Language(
                            Locale.forLanguageTag("nl"),
                            DateOrder.DAY_MONTH_YEAR,
                            List.of(
                                    "d MMMM yyyy",
                                    "d MMM yyyy",
                                    "EEEE d MMMM yyyy",
                                    "EEE d MMM yyyy"),
                            List.of("Gepubliceerd op", "Gepubliceerd:"),
                            List.of("uur", "h"),
                            List.of("min", "minuten")));

    private static final List<String> SEPARATORS = List.of(" · ", " | ", " • ", " - ", "  |  ");

    private record Case(
            String page, Locale locale, DateOrder order, LocalDate date, Duration length) {
        @Override
        public String toString() {
            return locale + ": " + page.replace("\n", " / ");
        }
    }

    static Stream<Case> cases() {
        Random random = new Random(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> draw(random));
    }

    private static Case draw(Random random) {
        Language language = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
        LocalDate date = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(40 * 366));
        List<DateTimeFormatter> formats = new ArrayList<>();
        for (String pattern : language.patterns()) {
            formats.add(DateTimeFormatter.ofPattern(pattern, language.locale()));
        }
        formats.add(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()));
        formats.add(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language.locale()));
        String printed = formats.get(random.nextInt(formats.size())).format(date);
        if (random.nextBoolean()) {
            printed = printed.toLowerCase(language.locale());
        }
        String line;
        Duration length = null;
        switch (random.nextInt(3)) {
            case 0 -> line = printed;
            case 1 -> line = pick(random, language.labels()) + " " + printed;
            default -> {
                int hours = random.nextInt(3);
                int minutes = 1 + random.nextInt(59);
                length = Duration.ofMinutes(hours * 60L + minutes);
                String amount =
                        (hours > 0 ? hours + " " + pick(random, language.hours()) + " " : "")
                                + minutes
                                + " "
                                + pick(random, language.minutes());
                line = printed + pick(random, SEPARATORS) + amount;
            }
        }
        String page = "An episode about tides\n" + line + "\nWhat the sea leaves behind.\n";
        return new Case(page, language.locale(), language.order(), date, length);
    }

    private static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aPrintedDateIsReadBack(Case c) {
        Page page = EpisodePageParser.builder().dateOrder(c.order()).build().parsePage(c.page());
        assertThat(page.episodes()).as(c.toString()).hasSize(1);
        Episode episode = page.episodes().get(0);
        assertThat(episode.released()).as(c.toString()).contains(c.date());
        if (c.length() != null) {
            assertThat(episode.duration()).as(c.toString()).contains(c.length());
        }
    }
}
