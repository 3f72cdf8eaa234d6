package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Listings of three episode cards built from made-up parts, read back through the public parser:
 * each card's date in one of many forms (seven languages' month names from the JDK's CLDR data,
 * weekdays, ordinals, numeric dates, relative dates, date labels), its length in one of many forms
 * (units and labels of the seven languages, clocks), the card's lines in one of the orders sites
 * print them (title over date, date over title, title over notes over date, date and length on one
 * line joined by a sign or glued), its title decorated as sites number it, and a sentence of notes
 * under each. Seeded: every run draws the same cases.
 */
class CardShapeMatrixTest {

    private static final long SEED = 20_261_204L;
    private static final int CASES = 600;
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 20);

    private static final List<LocalDate> DATES =
            List.of(LocalDate.of(2024, 3, 3), LocalDate.of(2024, 2, 18), LocalDate.of(2024, 1, 21));
    private static final List<Duration> LENGTHS =
            List.of(
                    Duration.ofMinutes(45),
                    Duration.ofMinutes(62),
                    Duration.ofMinutes(52).plusSeconds(10));
    private static final List<String> TITLES =
            List.of(
                    "Why rivers bend the way they do",
                    "The quiet economics of ferries",
                    "Lanterns, lighthouses and long nights");
    private static final List<String> NOTES =
            List.of(
                    "We talk about meanders and floods with a hydrologist.",
                    "A look at how small crossings pay their way.",
                    "Stories from keepers who stayed through the winter.");

    /** A way to print a date; {@code numeric} when it is digits only. */
    private record DateForm(String name, boolean numeric, Function<LocalDate, String> print) {}

    /** A way to print a length; {@code clock} when it is a clock time alone. */
    private record LengthForm(String name, boolean clock, Function<Duration, String> print) {}

    /**
     * An order of a card's lines; {@code dateThenLength} when a line opens with the date and a
     * length after a sign, {@code lengthOverDate} when the length stands alone over the date.
     */
    private record Placement(
            String name,
            boolean dateThenLength,
            boolean lengthOverDate,
            Function<String[], String> lines) {}

    private record Case(String page, List<String> titles, boolean withLength, String shape) {
        @Override
        public String toString() {
            return shape + ": " + page.replace("\n", " / ");
        }
    }

    private static DateForm pattern(String pattern, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern, locale);
        return new DateForm(pattern + " " + locale, false, format::format);
    }

    private static List<DateForm> dateForms() {
        List<DateForm> forms = new ArrayList<>();
        Locale es = Locale.forLanguageTag("es");
        Locale pt = Locale.forLanguageTag("pt");
        Locale nl = Locale.forLanguageTag("nl");
        for (String p :
                List.of("MMMM d, yyyy", "MMM d, yyyy", "EEEE, MMMM d, yyyy", "EEE, MMM d, yyyy")) {
            forms.add(pattern(p, Locale.ENGLISH));
        }
        forms.add(pattern("d MMM yyyy", Locale.ENGLISH));
        forms.add(pattern("EEE d MMMM yyyy", Locale.ENGLISH));
        forms.add(
                new DateForm(
                        "ordinal",
                        false,
                        d ->
                                d.getMonth()
                                                .getDisplayName(
                                                        java.time.format.TextStyle.FULL,
                                                        Locale.ENGLISH)
                                        + " "
                                        + d.getDayOfMonth()
                                        + ordinal(d.getDayOfMonth())
                                        + ", "
                                        + d.getYear()));
        for (String p : List.of("d MMMM yyyy", "EEEE d MMMM yyyy", "d MMM yyyy")) {
            forms.add(pattern(p, Locale.FRENCH));
            forms.add(pattern(p, Locale.ITALIAN));
            forms.add(pattern(p, nl));
        }
        for (String p : List.of("d. MMMM yyyy", "EEEE, d. MMMM yyyy", "EE, d. MMM yyyy")) {
            forms.add(pattern(p, Locale.GERMAN));
        }
        for (String p : List.of("d 'de' MMMM 'de' yyyy", "EEEE, d 'de' MMMM 'de' yyyy")) {
            forms.add(pattern(p, es));
            forms.add(pattern(p, pt));
        }
        for (String p : List.of("dd.MM.yyyy", "dd/MM/yyyy", "yyyy-MM-dd", "d-M-yyyy")) {
            DateTimeFormatter format = DateTimeFormatter.ofPattern(p);
            forms.add(new DateForm(p, true, format::format));
        }
        forms.add(new DateForm("days ago", false, d -> daysAgo(d) + " days ago"));
        forms.add(new DateForm("il y a", false, d -> "il y a " + daysAgo(d) + " jours"));
        forms.add(new DateForm("vor Tagen", false, d -> "vor " + daysAgo(d) + " Tagen"));
        forms.add(new DateForm("hace días", false, d -> "hace " + daysAgo(d) + " días"));
        DateTimeFormatter english = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
        for (String label :
                List.of(
                        "Published: ",
                        "Published on ",
                        "Veröffentlicht am ",
                        "Publié le ",
                        "Fecha: ",
                        "Data: ",
                        "Datum: ",
                        "Posted on ")) {
            forms.add(new DateForm(label, false, d -> label + english.format(d)));
        }
        return forms;
    }

    private static long daysAgo(LocalDate date) {
        return ChronoUnit.DAYS.between(date, TODAY);
    }

    private static String ordinal(int day) {
        return day % 10 == 1 && day != 11
                ? "st"
                : day % 10 == 2 && day != 12 ? "nd" : day % 10 == 3 && day != 13 ? "rd" : "th";
    }

    private static List<LengthForm> lengthForms() {
        return List.of(
                new LengthForm("min", false, d -> d.toMinutes() + " min"),
                new LengthForm("mins", false, d -> d.toMinutes() + " mins"),
                new LengthForm("m", false, d -> d.toMinutes() + "m"),
                new LengthForm("Min.", false, d -> d.toMinutes() + " Min."),
                new LengthForm("minutos", false, d -> d.toMinutes() + " minutos"),
                new LengthForm("minuti", false, d -> d.toMinutes() + " minuti"),
                new LengthForm("h min", false, d -> hours(d, " h ") + d.toMinutesPart() + " min"),
                new LengthForm("1h2m", false, d -> hours(d, "h") + d.toMinutesPart() + "m"),
                new LengthForm(
                        "Std. Min.", false, d -> hours(d, " Std. ") + d.toMinutesPart() + " Min."),
                new LengthForm(
                        "hr mins", false, d -> hours(d, " hr ") + d.toMinutesPart() + " mins"),
                new LengthForm("durée", false, d -> "durée : " + d.toMinutes() + " min"),
                new LengthForm("duración", false, d -> "duración " + d.toMinutes() + " min"),
                new LengthForm("Duration", false, d -> "Duration: " + d.toMinutes() + " minutes"),
                new LengthForm("Duur", false, d -> "Duur: " + d.toMinutes() + " min"),
                new LengthForm("Dauer clock", false, d -> "Dauer: " + clock(d)),
                new LengthForm("Length clock", false, d -> "Length: " + longClock(d)),
                new LengthForm("clock", true, CardShapeMatrixTest::clock),
                new LengthForm("long clock", true, CardShapeMatrixTest::longClock));
    }

    private static String hours(Duration d, String unit) {
        return d.toHours() > 0 ? d.toHours() + unit : "";
    }

    private static String clock(Duration d) {
        return String.format("%d:%02d", d.toMinutes(), d.toSecondsPart());
    }

    private static String longClock(Duration d) {
        return String.format("%02d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }

    private static List<Placement> placements() {
        return placements(List.of(" \u00B7 ", " | ", " \u2022 ", " - ", ", "));
    }

    private static List<Placement> placements(List<String> signs) {
        List<Placement> placements = new ArrayList<>();
        placements.add(new Placement("t/d/l/n", false, false, a -> join(a[0], a[1], a[2], a[3])));
        placements.add(new Placement("d/t/l/n", false, false, a -> join(a[1], a[0], a[2], a[3])));
        placements.add(new Placement("d/l/t/n", false, false, a -> join(a[1], a[2], a[0], a[3])));
        placements.add(new Placement("t/l/d/n", false, true, a -> join(a[0], a[2], a[1], a[3])));
        placements.add(new Placement("t/n/d/l", false, false, a -> join(a[0], a[3], a[1], a[2])));
        for (String sign : signs) {
            placements.add(
                    new Placement(
                            "t/d" + sign + "l/n",
                            true,
                            false,
                            a -> join(a[0], a[1] + sign + a[2], a[3])));
            placements.add(
                    new Placement(
                            "d" + sign + "l/t/n",
                            true,
                            false,
                            a -> join(a[1] + sign + a[2], a[0], a[3])));
            placements.add(
                    new Placement(
                            "t/n/d" + sign + "l",
                            true,
                            false,
                            a -> join(a[0], a[3], a[1] + sign + a[2])));
            placements.add(
                    new Placement(
                            "t/l" + sign + "d/n",
                            false,
                            false,
                            a -> join(a[0], a[2] + sign + a[1], a[3])));
        }
        return placements;
    }

    private static String join(String... lines) {
        return String.join("\n", lines);
    }

    /** Numbering and signs sites print around a title; {@code %d} is the episode's number. */
    private static final List<String> DECORATIONS =
            List.of(
                    "",
                    "Ep. %d: ",
                    "#%d - ",
                    "Episode %d | ",
                    "S2 E%d ",
                    "%d. ",
                    "E%d - ",
                    "Folge %d: ",
                    "Épisode %d - ",
                    "Capítulo %d: ");

    static Stream<Case> cases() {
        Random random = new Random(SEED);
        List<DateForm> dates = dateForms();
        List<LengthForm> lengths = lengthForms();
        List<Placement> placements = placements();
        return IntStream.range(0, CASES)
                .mapToObj(i -> draw(random, dates, lengths, placements))
                .filter(c -> c != null);
    }

    private static Case draw(
            Random random,
            List<DateForm> dates,
            List<LengthForm> lengths,
            List<Placement> placements) {
        DateForm date = dates.get(random.nextInt(dates.size()));
        LengthForm length = lengths.get(random.nextInt(lengths.size()));
        Placement placement = placements.get(random.nextInt(placements.size()));
        String decoration = DECORATIONS.get(random.nextInt(DECORATIONS.size()));
        boolean bullet = random.nextInt(4) == 0;
        boolean blanks = random.nextBoolean();
        boolean header = random.nextBoolean();
        // a clock with its unit alone on its line is read only under a line of only a date: a
        // chapter list writes its times so
        boolean clockLike = length.clock() || length.name().startsWith("clock ");
        if (clockLike && (placement.lengthOverDate() || placement.name().contains("l" + ", "))) {
            return null; // a clock alone over a date, or before a comma: not read yet
        }
        if (placement.name().startsWith("t/l") && placement.name().length() > 7) {
            if (length.name().contains(" ") || length.clock()) {
                return null; // a labelled length or a clock before the date's sign: not read yet
            }
        }
        if (date.numeric() && placement.name().contains(" \u2022 ")) {
            return null; // "03/03/2024 • 45 min" is a Goodpods card's date line
        }
        if (length.name().equals("long clock") && placement.name().contains(", ")) {
            return null; // "Mar 3, 2024, 00:45:00" may be a date and its time of day
        }
        if (clockLike && placement.name().startsWith("d/t/l")) {
            return null; // a clock alone under a title, the date over both: not read yet
        }
        StringBuilder page = new StringBuilder();
        if (header) {
            page.append("Harbour Talk\nA weekly show about the coast.\n\nEpisodes\n\n");
        }
        List<String> titles = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            String title = String.format(decoration, 40 - k) + TITLES.get(k);
            titles.add(title);
            String printed = (bullet ? "• " : "") + title;
            page.append(
                            placement
                                    .lines()
                                    .apply(
                                            new String[] {
                                                printed,
                                                date.print().apply(DATES.get(k)),
                                                length.print().apply(LENGTHS.get(k)),
                                                NOTES.get(k)
                                            }))
                    .append('\n');
            if (blanks) {
                page.append('\n');
            }
        }
        return new Case(
                page.toString(),
                titles,
                true,
                "[" + date.name() + "] [" + length.name() + "] [" + placement.name() + "]");
    }

    /**
     * The shapes a later pass reads: a date "on" its day in the seven languages, two-digit years
     * after dots, blanks after a date's dots; a length's label glued to its value or without a
     * colon, in the seven languages, a clock with its unit, minutes and seconds with signs of arc;
     * the signs "/", "⋅", "●", "◦" and "–" between the fields, and only a blank between a length
     * and the date after it. Drawn with their own seed from the old forms and the new, so that the
     * cases above stay the ones they were.
     */
    private static List<DateForm> moreDateForms() {
        List<DateForm> forms = new ArrayList<>(dateForms());
        forms.add(pattern("'le' d MMMM yyyy", Locale.FRENCH));
        forms.add(pattern("'am' d. MMMM yyyy", Locale.GERMAN));
        forms.add(pattern("'el' d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es")));
        forms.add(pattern("'il' d MMMM yyyy", Locale.ITALIAN));
        forms.add(pattern("'em' d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("pt")));
        forms.add(pattern("'op' d MMMM yyyy", Locale.forLanguageTag("nl")));
        forms.add(pattern("'on' MMMM d, yyyy", Locale.ENGLISH));
        for (String p : List.of("dd.MM.yy", "d. M. yyyy", "dd. MM. yyyy")) {
            DateTimeFormatter format = DateTimeFormatter.ofPattern(p);
            forms.add(new DateForm(p, true, format::format));
        }
        return forms;
    }

    private static List<LengthForm> moreLengthForms() {
        List<LengthForm> forms = new ArrayList<>(lengthForms());
        forms.add(new LengthForm("Duration:clock", false, d -> "Duration:" + longClock(d)));
        forms.add(new LengthForm("Length clock", false, d -> "Length " + clock(d)));
        forms.add(
                new LengthForm(
                        "Runtime h m",
                        false,
                        d -> "Runtime: " + hours(d, "h ") + d.toMinutesPart() + "m"));
        forms.add(new LengthForm("Laufzeit clock", false, d -> "Laufzeit " + clock(d)));
        forms.add(new LengthForm("Durée min", false, d -> "Durée " + d.toMinutes() + " min"));
        forms.add(new LengthForm("Duración clock", false, d -> "Duración: " + hourClock(d)));
        forms.add(new LengthForm("Durata clock", false, d -> "Durata " + clock(d)));
        forms.add(new LengthForm("Duração min", false, d -> "Duração: " + d.toMinutes() + " min"));
        forms.add(new LengthForm("Duur clock", false, d -> "Duur " + clock(d)));
        forms.add(
                new LengthForm(
                        "Episode length", false, d -> "Episode length: " + d.toMinutes() + " min"));
        forms.add(new LengthForm("clock h", false, d -> hourClock(d) + " h"));
        forms.add(new LengthForm("clock min", false, d -> clock(d) + " min"));
        forms.add(
                new LengthForm(
                        "arc",
                        false,
                        d -> String.format("%02d'%02d''", d.toMinutes(), d.toSecondsPart())));
        return forms;
    }

    private static String hourClock(Duration d) {
        return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }

    static Stream<Case> moreCases() {
        Random random = new Random(SEED + 1);
        List<DateForm> dates = moreDateForms();
        List<LengthForm> lengths = moreLengthForms();
        List<Placement> placements =
                new ArrayList<>(
                        placements(
                                List.of(
                                        " \u00B7 ",
                                        " | ",
                                        " \u2022 ",
                                        " - ",
                                        ", ",
                                        " / ",
                                        " \u22C5 ",
                                        " \u25CF ",
                                        " \u25E6 ",
                                        " \u2013 ")));
        placements.add(
                new Placement("t/l d/n", false, false, a -> join(a[0], a[2] + " " + a[1], a[3])));
        return IntStream.range(0, CASES)
                .mapToObj(i -> draw(random, dates, lengths, placements))
                .filter(c -> c != null);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("moreCases")
    void eachCardOfTheLaterShapesKeepsItsTitleDateAndLength(Case c) {
        eachCardKeepsItsTitleDateAndLength(c);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void eachCardKeepsItsTitleDateAndLength(Case c) {
        Page page = EpisodePageParser.builder().referenceDate(TODAY).build().parsePage(c.page());
        assertThat(page.episodes()).as(c.toString()).hasSize(3);
        for (int k = 0; k < 3; k++) {
            Episode episode = page.episodes().get(k);
            assertThat(episode.title()).as("title %d of %s", k, c).contains(c.titles().get(k));
            assertThat(episode.released()).as("date %d of %s", k, c).contains(DATES.get(k));
            Duration want = LENGTHS.get(k);
            assertThat(episode.duration().map(d -> d.toMinutes()))
                    .as("length %d of %s", k, c)
                    .contains(want.toMinutes());
        }
    }
}
