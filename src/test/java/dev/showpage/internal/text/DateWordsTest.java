package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The words of dates, from CLDR, and the vocabularies of units and labels. */
class DateWordsTest {

    @Test
    void everyMonthNameCldrPrintsNamesItsMonth() {
        for (Locale locale : DateWords.LOCALES) {
            for (Month month : Month.values()) {
                for (TextStyle style : TextStyle.values()) {
                    String name = month.getDisplayName(style, locale);
                    if (style == TextStyle.NARROW || style == TextStyle.NARROW_STANDALONE) {
                        continue; // "J": no page writes a month so
                    }
                    assertThat(DateWords.month(name))
                            .as("%s in %s", name, locale)
                            .isEqualTo(month.getValue());
                    assertThat(DateWords.month(name.toUpperCase(locale)))
                            .isEqualTo(month.getValue());
                }
            }
        }
    }

    @Test
    void everyWeekdayNameCldrPrintsIsAWeekday() {
        for (Locale locale : DateWords.LOCALES) {
            for (DayOfWeek day : DayOfWeek.values()) {
                for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.SHORT}) {
                    String name = day.getDisplayName(style, locale);
                    assertThat(DateWords.isWeekday(name)).as("%s in %s", name, locale).isTrue();
                }
            }
        }
    }

    @Test
    void everyWeekdayNameAndAbbreviationCldrPrintsNamesItsDay() {
        for (Locale locale : DateWords.LOCALES) {
            for (DayOfWeek day : DayOfWeek.values()) {
                for (TextStyle style :
                        new TextStyle[] {
                            TextStyle.FULL,
                            TextStyle.FULL_STANDALONE,
                            TextStyle.SHORT,
                            TextStyle.SHORT_STANDALONE
                        }) {
                    String name = day.getDisplayName(style, locale);
                    assertThat(DateWords.weekdayOf(name))
                            .as("%s in %s", name, locale)
                            .isEqualTo(day);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} names {1}")
    @CsvSource(
            nullValues = "none",
            value = {
                "Dienstag, TUESDAY", "Di, TUESDAY", "MERCREDI, WEDNESDAY", "jue., THURSDAY",
                "venerdi, FRIDAY", "sáb, SATURDAY", "segunda-feira, MONDAY", "zo, SUNDAY",
                "Donn, none", "Mittw, none", "März, none", "Tide, none"
            })
    void aFullNameOrAnAbbreviationNamesItsWeekdayAndAStartNone(String word, DayOfWeek day) {
        assertThat(DateWords.weekdayOf(word)).isEqualTo(day);
    }

    @ParameterizedTest(name = "{0} is month {1}")
    @CsvSource({
        "Sept, 9", "sept., 9", "Maerz, 3", "fevrier, 2", "DÉC., 12", "mrt, 3", "gen, 1",
        "jui, 0", "ju, 0", "mardi, 0", "Tides, 0", "Mayo, 5", "out., 10", "dez, 12"
    })
    void aWordNamesAMonthWhenOnlyOneMonthStartsSo(String word, int month) {
        assertThat(DateWords.month(word)).isEqualTo(month);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thurs", "mié", "segunda-feira", "Di.", "zo", "sáb", "mer."})
    void weekdaysAndTheirShortForms(String word) {
        assertThat(DateWords.isWeekday(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tides", "x", "Monsoon", "sunset"})
    void otherWordsAreNoWeekdays(String word) {
        assertThat(DateWords.isWeekday(word)).isFalse();
    }

    @ParameterizedTest(name = "{0} is {1} s")
    @CsvSource({
        "min, 60", "Min., 60", "Std., 3600", "uur, 3600", "minuti, 60", "minutos, 60",
        "Sekunden, 1", "horas, 3600", "giorni, 86400", "Tides, 0", "St., 0", "minutes., 0"
    })
    void unitWordsInEachLanguage(String word, long seconds) {
        assertThat(TimeUnits.seconds(word)).isEqualTo(seconds);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Dauer, LENGTH",
        "durée, LENGTH",
        "Duración, LENGTH",
        "durata, LENGTH",
        "Duração, LENGTH",
        "duur, LENGTH",
        "Veröffentlicht, PUBLISHED",
        "Publié, PUBLISHED",
        "Publicado, PUBLISHED",
        "Pubblicato, PUBLISHED",
        "Gepubliceerd, PUBLISHED",
        "Tides, NONE"
    })
    void labelsInEachLanguage(String word, ValueLabels.Kind kind) {
        assertThat(ValueLabels.of(word)).isEqualTo(kind);
    }

    @Test
    void labelsOfSeveralWords() {
        assertThat(ValueLabels.of("Date", "de", "publication"))
                .isEqualTo(ValueLabels.Kind.PUBLISHED);
        assertThat(ValueLabels.of("Running", "time")).isEqualTo(ValueLabels.Kind.LENGTH);
        assertThat(ValueLabels.of("Running", "late")).isEqualTo(ValueLabels.Kind.NONE);
    }

    /** The prepositions of a date's label, in any case, and no word of another length. */
    @ParameterizedTest
    @CsvSource({
        "on, true, true",
        "Le, true, true",
        "AM, true, true",
        "vom, false, true",
        "Del, false, true",
        "van, false, true",
        "du, false, true",
        "o, false, false",
        "onn, false, false",
        "vomm, false, false",
        "İn, false, false",
        "the, false, false"
    })
    void prepositionsOfADate(String word, boolean dayPreposition, boolean preposition) {
        assertThat(ValueLabels.isDayPreposition(word)).isEqualTo(dayPreposition);
        assertThat(ValueLabels.isPreposition(word)).isEqualTo(preposition);
    }

    /**
     * Every word that opens a value opens it as pages print it: in any case, with a full stop, and
     * with its accents (the folded forms are looked up without folding when they are ASCII); a
     * letter more or less than a known word is no opener unless that word is one too.
     */
    @Test
    void openersAreKnownInAnyCaseAndWithAFullStop() {
        java.util.Random random = new java.util.Random(11);
        java.util.Set<String> openers = DateWords.openers();
        assertThat(openers).contains("jan", "dec");
        for (String word : openers) {
            StringBuilder mixed = new StringBuilder();
            for (char c : word.toCharArray()) {
                mixed.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
            }
            for (String variant :
                    java.util.List.of(
                            word, word.toUpperCase(Locale.ROOT), mixed.toString(), word + ".")) {
                assertThat(DateWords.opensValue(variant)).as(variant).isTrue();
            }
            String longer = word + "q";
            assertThat(DateWords.opensValue(longer)).as(longer).isEqualTo(openers.contains(longer));
            assertThat(DateWords.opensValue(word + ".."))
                    .as(word + "..")
                    .isEqualTo(openers.contains(word + "."));
        }
        assertThat(DateWords.opensValue("Mär")).isTrue();
        assertThat(DateWords.opensValue("MÄRZ.")).isTrue();
        assertThat(DateWords.opensValue("Harbour")).isFalse();
    }
}
