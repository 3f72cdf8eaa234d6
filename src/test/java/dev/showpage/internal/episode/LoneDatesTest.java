package dev.showpage.internal.episode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.DateOrder;
import dev.showpage.internal.antlr.TwoStageParse;
import dev.showpage.internal.session.Columns;
import dev.showpage.internal.session.Diagnostics;
import dev.showpage.internal.session.SourceText;
import java.time.LocalDate;
import java.util.Optional;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lone full date of a page read as one episode ({@link LoneDates}): taken in a broadcast or
 * recording slot, a post's byline with a reading time, or at the end of the first line; left in any
 * other place, and on any page with a second full date.
 */
class LoneDatesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // a slot: the weekday agrees with the day, and a time of day follows
                "L'intervista è stata registrata martedì 5 marzo 2024 alle ore 21:15.\\n"
                        + "Si è parlato di pensioni e di scuola.|2024-03-05",
                "De uitzending is op zaterdag 12 oktober 2024 om 21:30 uur te zien.\\n"
                        + "Haar gast is een schrijver uit Gent.|2024-10-12",
                "Our guest talks about rivers.\\n"
                        + "Recorded live on Friday, 7 June 2024 at 19:00 in Leeds.|2024-06-07",
                "Ein Gespräch über Brücken.\\nGesendet am Donnerstag, 14. November 2024 um 20:15"
                        + " Uhr.|2024-11-14",
                // a byline with a reading time
                "Big Ideas #3\\n"
                        + "\\n"
                        + "maria 2023-11-02 4 min read\\n"
                        + "\\n"
                        + "We talk about gardens.|2023-11-02",
                "Petits Papiers\\n\\nJean Dupuis 12 mars 2024 5 min de lecture\\n\\nUn"
                        + " épisode sur le papier.|2024-03-12",
                "Radtour\\n"
                        + "\\n"
                        + "Anna Berger 4. März 2024 6 Min. Lesezeit\\n"
                        + "\\n"
                        + "Wir fahren los.|2024-03-04",
                "Verhalen\\n\\nsanne 2024-05-09 3 min leestijd\\n\\nOver de zee.|2024-05-09",
                // the end of the first line, after a title
                "Kitchen Talk #41 March 4, 2025\\nOur guest cooks rice.|2025-03-04",
                "Charlas de radio #118 4 de marzo de 2025\\nHablamos de libros.|2025-03-04",
                "\\nConversas à Tarde – 15 de abril de 2024\\nUma conversa sobre pão.|2024-04-15",
            })
    void takesTheLoneDateInAShapeThatDatesTheAudio(String page, String day) {
        assertThat(dayOf(page.replace("\\n", "\n"))).contains(LocalDate.parse(day));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // the weekday names another day than the date's (5 March 2024 was a Tuesday)
                "È andata in onda giovedì 5 marzo 2024 alle ore 21:00.\\nUn'intervista.",
                "Un entretien.\\nDiffusé le lundi 5 mars 2024 à 21:00 sur les ondes.",
                // a month's abbreviation that is also a weekday's (4 March 2025 was a Tuesday)
                "An interview.\\nThe doors open Mar 4, 2025 at 10:00 for everyone.",
                // a weekday and a date in prose, with no time: an event the episode tells of
                "Un épisode sur un incendie.\\nLe mardi 5 mars 2024, un incendie ravage le port.",
                "Es geht um Brücken.\\nAm Dienstag, 5. März 2024 wurde die Brücke gesperrt.",
                // a slot of something else than the audio
                "Ein Wettbewerb.\\nEinsendeschluss ist Freitag, 7. Juni 2024 um 12:00 Uhr.",
                "A quiz episode.\\nDeadline for entries: Friday 7 June 2024 at 12:00.",
                "Un concorso.\\nIscrizioni aperte fino al martedì 5 marzo 2024 alle 12:00.",
                // a birth, a founding, an update, a range on the first line
                "The club was founded on March 4, 1921\\nA history episode.",
                "Updated March 4, 2025\\nA history episode.",
                "Série diffusée du 3 février au 14 mars 2024\\nUne série en six épisodes.",
                "Born 3 May 1950\\nA portrait.",
                "Hij werd geboren op 3 mei 1950\\nEen portret.",
                // a first line of prose that ends with a date
                "A walk we took on March 4, 2025\\nWe walked to the lake.",
                "Ein Spaziergang im Park am 4. März 2025\\nWir gehen los.",
                // a date in the middle of the first line, or on a later line of prose
                "Por Rádio Sul 02 Março, 2023 • 07:27 Partilhar\\nUma reportagem.",
                "A portrait of a painter.\\nShe was born in Lyon on March 4, 1921.",
                "Un retrato.\\nNació en Lyon el 4 de marzo de 1921 y vivió en París.",
                // a reading time that is not a byline's, or a length after the date
                "Big Ideas #3\\n\\nmaria 2023-11-02 4 min\\n\\nWe talk about gardens.",
                "Big Ideas #3\\n\\nThe post went up on 2023-11-02 and takes 4 min read\\nMore.",
                "Big Ideas #3\\n\\nmaria 2023-11-02 4 min read more\\n\\nWe talk about gardens.",
                // two full dates: which one dates the episode is not told
                "Kitchen Talk #41 March 4, 2025\\nUpdated March 6, 2025.",
                "Big Ideas #3\\n\\nmaria 2023-11-02 4 min read\\n\\nFirst aired 2023-10-30.",
            })
    void leavesEveryOtherDate(String page) {
        assertThat(dayOf(page.replace("\\n", "\n"))).isEmpty();
    }

    private static Optional<LocalDate> dayOf(String page) {
        return TwoStageParse.run(
                page,
                false,
                stage -> {
                    for (int i = 0; stage.tokens.get(i).getType() != Token.EOF; i++) {
                        // lex the whole page, as a parse would have before the date is asked
                    }
                    Diagnostics diagnostics = new Diagnostics(100, Columns.of(page));
                    SourceText source = new SourceText(stage.chars, stage.tokens, diagnostics);
                    Token date = LoneDates.of(source, DateOrder.DAY_MONTH_YEAR);
                    return date == null
                            ? Optional.<LocalDate>empty()
                            : ReleaseDates.of(date, DateOrder.DAY_MONTH_YEAR, Optional.empty());
                });
    }
}
