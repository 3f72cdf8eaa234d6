package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    private static final long SEED = 20_250_312L;

    @ParameterizedTest(name = "\"{0}\" is {1} s")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    84 min               | 5040
                    52 mins              | 3120
                    75 minutes           | 4500
                    1 minute             | 60
                    1 hr 5 min           | 3900
                    1 hr 18 min          | 4680
                    1 hour, 30 sec       | 3630
                    2h 45m               | 9900
                    1h 20m               | 4800
                    3h 11m 53s           | 11513
                    3h11m53s             | 11513
                    62m45s               | 3765
                    1 h 6 min            | 3960
                    1h30                 | 5400
                    56 mins 21 secs      | 3381
                    3 hours, 11 minutes and 53 seconds | 11513
                    2 heures et 5 minutes | 7500
                    1HR 3MIN             | 3780
                    2hrs 3mins           | 7380
                    87 Min.              | 5220
                    1 hr. 5 min.         | 3900
                    2 Std. 10 Min.       | 7800
                    2 days 3 hours       | 183600
                    13 days              | 1123200
                    2.5 hours            | 9000
                    0h0m0s               | 0
                    5 s                  | 5
                    01:23:45             | 5025
                    1:02:03              | 3723
                    25:03:30             | 90210
                    25:3:30              | 90210
                    61:08                | 3668
                    1337:12              | 80232
                    00:00                | 0
                    01:02:03.05          | 3723
                    01:02:03.999         | 3723
                    PT1H24M              | 5040
                    pt1h24m              | 5040
                    PT1H0.040S           | 3600
                    PT1.5H               | 5400
                    PT90M                | 5400
                    P1DT2H               | 93600
                    P1W                  | 604800
                    P0Y0M0DT0H4M20.880S  | 260
                    T30M38S              | 1838
                    PT00H03M30SZ         | 210
                    3723                 | 3723
                    0                    | 0
                    61.08                | 61
                    """)
    void readsEveryShape(String text, long seconds) {
        assertThat(Durations.parse(text)).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                " 03:02:01",
                "1\u00A0hr\u00A018\u00A0min",
                "\u202F1 h\u20096 min\t",
                "84\u00A0min",
                "1 hr  18 min",
            })
    void blanksOfAnyKindMayStandAroundAndBetweenParts(String text) {
        assertThat(Durations.parse(text)).isPresent();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "",
                " ",
                "\u00A0",
                "invalid",
                "x:y",
                "min",
                "84 minx",
                "84 min soon",
                "84 min,",
                "1 hr and",
                "-5",
                "-1:48:27",
                "--:--",
                "1:60:00",
                "1:02:60",
                "61:60",
                "12:5",
                "1:2:3",
                "1:02:03:04",
                "01:02:03:050",
                "103:050",
                ":30",
                "1 hr 75 min",
                "1 min 60 sec",
                "2 days 24 hours",
                "5 min 3 hr",
                "3 min 2 min",
                "1.5 hr 30 min",
                "1 2",
                "3 weeks",
                "1 month",
                "P1Y",
                "P1M",
                "P",
                "PT",
                "P1DT",
                "PT1H1H",
                "PT1.5H30M",
                "Tuesday",
                "1,204",
                "9007199254740992",
                "99999999999999999999",
                "2562047788015216 h",
            })
    void refusesWhatIsNoDuration(String text) {
        assertThat(Durations.parse(text)).isEmpty();
    }

    @Test
    void nullTextIsNoDuration() {
        assertThat(Durations.parse(null)).isEmpty();
    }

    @Test
    void theLargestLengthAJsonNumberHoldsExactlyIsTheLimit() {
        assertThat(Durations.parse("9007199254740991"))
                .contains(Duration.ofSeconds(Durations.MAX_JSON_SAFE_SECONDS));
        assertThat(Durations.parse("9007199254740992 sec")).isEmpty();
        assertThat(Durations.parse("104249991374 days"))
                .isPresent(); // less than a day below 2^53 s
        assertThat(Durations.parse("104249991375 days")).isEmpty();
    }

    // ------------------------------------------------------------------- timestamp and total

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({
        "00:00, 0",
        "48:05, 2885",
        "61:08, 3668",
        "1:00:00, 3600",
        "999999:59:59, 3599999999"
    })
    void timestampsAreClockTimes(String text, long seconds) {
        assertThat(Durations.timestamp(text)).contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"12:75", "1:60:00", "1000000:00:00", "84 min", "3723"})
    void timestampsRefuseWhatIsNoClockTime(String text) {
        assertThat(Durations.timestamp(text)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "00:00",
                "48:05",
                "61:08",
                "1:00:00",
                "12:75",
                "1:60:00",
                "1000000:00:00",
                "84 min",
                "3723",
                "7:3",
                " 05:09 ",
                "1:02:03:04",
                "PT5M",
                "2:05.5",
                ""
            })
    void theSecondsOfATimestampAreWhatItsDurationHolds(String text) {
        assertThat(Durations.timestampSeconds(text))
                .isEqualTo(Durations.timestamp(text).map(Duration::getSeconds).orElse(-1L));
        assertThat(Durations.isDuration(text)).isEqualTo(Durations.parse(text).isPresent());
    }

    @Test
    void totalAddsAmountsUp() {
        assertThat(Durations.total(List.of("13 days", "3 hours")))
                .contains(Duration.ofDays(13).plusHours(3));
        assertThat(Durations.total(List.of("84 min"))).contains(Duration.ofMinutes(84));
        assertThat(Durations.total(List.of())).isEmpty();
        assertThat(Durations.total(List.of("84 min", "eighty"))).isEmpty();
        assertThat(Durations.total(List.of("9007199254740991 sec", "1 sec"))).isEmpty();
    }

    @Test
    void totalLeavesOutTheSignOfAFieldBesideALength() {
        // "· 52:18", "• 1:12:09", "| 41:07", "05:53|": the sign of a field left out.
        assertThat(Durations.total(List.of("\u00B7 52:18"))).contains(Duration.ofSeconds(3138));
        assertThat(Durations.total(List.of("\u2022 1:12:09"))).contains(Duration.ofSeconds(4329));
        assertThat(Durations.total(List.of("| 41:07"))).contains(Duration.ofSeconds(2467));
        assertThat(Durations.total(List.of("05:53|"))).contains(Duration.ofSeconds(353));
        // Other signs are no field's; a sign alone is no length.
        assertThat(Durations.total(List.of("* 52:18"))).isEmpty();
        assertThat(Durations.total(List.of("\u00B7"))).isEmpty();
    }

    // ------------------------------------------------------------------- round trips

    /** Random lengths up to 30 hours, written the ways pages write them, must read back. */
    static Stream<Arguments> writtenLengths() {
        Random random = new Random(SEED);
        return IntStream.range(0, 200)
                .mapToObj(
                        i -> {
                            long seconds = random.nextInt(30 * 3600);
                            long h = seconds / 3600;
                            long m = seconds % 3600 / 60;
                            long s = seconds % 60;
                            return Arguments.of(
                                    seconds,
                                    List.of(
                                            String.format("%d:%02d:%02d", h, m, s),
                                            String.format("%02d:%02d:%02d", h, m, s),
                                            String.format("%d:%02d", h * 60 + m, s),
                                            String.format("%d hr %d min %d sec", h, m, s),
                                            String.format("%dh%dm%ds", h, m, s),
                                            String.format(
                                                    "%d hours, %d minutes and %d seconds", h, m, s),
                                            String.format("PT%dH%dM%dS", h, m, s),
                                            String.format(
                                                    "PT%dH%dM%d.%03dS",
                                                    h, m, s, random.nextInt(1000)),
                                            String.valueOf(seconds)));
                        });
    }

    @ParameterizedTest(name = "{0} s")
    @MethodSource("writtenLengths")
    void everyWrittenFormReadsBack(long seconds, List<String> forms) {
        for (String form : forms) {
            assertThat(Durations.parse(form)).as(form).contains(Duration.ofSeconds(seconds));
        }
    }

    /** Whole hours and minutes, as show pages print them ("1 hr 18 min", "84 min"). */
    static Stream<Arguments> hoursAndMinutes() {
        Random random = new Random(SEED + 1);
        return IntStream.range(0, 100)
                .mapToObj(i -> Arguments.of(random.nextInt(10), random.nextInt(60)));
    }

    @ParameterizedTest(name = "{0} hr {1} min")
    @MethodSource("hoursAndMinutes")
    void hoursAndMinutesReadBack(int hours, int minutes) {
        Duration expected = Duration.ofHours(hours).plusMinutes(minutes);
        assertThat(Durations.parse(hours + " hr " + minutes + " min")).contains(expected);
        assertThat(Durations.parse(hours + "h " + minutes + "m")).contains(expected);
        assertThat(Durations.parse((hours * 60 + minutes) + " mins")).contains(expected);
        // A part after the first that overflows its unit is refused, not carried.
        assertThat(Durations.parse(hours + " hr " + (minutes + 60) + " min")).isEmpty();
    }
}
