package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A label of sitting at a table ("Aan tafel:", "At the table:") and a sentence that opens on the
 * verb of taking part ("Participa también ...") name no guest: a list after a table's label is as
 * often countries, clubs, dishes or books, each shaped like a two-word name, and the one who takes
 * part is as often a politician in the news, a presenter, a club or the relative of the one named.
 * Each sentence is made up; a reader that took them as guests would give a wrong one.
 */
class TableAndTakingPartNoGuestTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // what is on the table, or at it, is no panel
                "En la mesa: Reforma Laboral y Presupuestos Generales.",
                "Na mesa: Arroz Doce e Pastel de Nata.",
                "At the table: United States, China and South Korea.",
                "Rond de tafel: Feyenoord, Ajax en PSV Eindhoven.",
                "Aan tafel: Ajax Amsterdam en Feyenoord.",
                "Aan tafel: Great Expectations en Bleak House.",
                "Al tavolo: Juventus Torino e Inter.",
                "Al tavolo: Torta Caprese e Panna Cotta.",
                "En la mesa: Chile, Perú y Nueva Zelanda.",
                "À table : Tarte Tatin et Crème Brûlée.",
                "Am Tisch: Rote Grütze und Frische Brötchen.",
                "At the table: Great Expectations and Bleak House.",
                "We break down the hand of the year. At the table: Phil Ivey, Daniel Negreanu"
                        + " and Tom Dwan.",
                // a role before a name at the table: the host is no guest
                "Am Tisch: Gastgeber Jonas Weber und Lea Brandt.",
            })
    void aListAtATableNamesNoGuest(String text) {
        assertThat(guests(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // people in the news
                "Partecipa anche il premier Paolo Neri al vertice di Bruxelles.",
                "Participe aussi le ministre Marc Lenoir au sommet de Bruxelles.",
                "Participa también el presidente Diego Ruiz en la cumbre de Bruselas.",
                "Participa também o ministro Rui Costa na cimeira de Bruxelas.",
                // the relative of the one named
                "Participa también la hija de Diego Ruiz.",
                "Partecipa anche il figlio di Paolo Neri.",
                // a presenter, a club
                "Participa también el presentador Diego Ruiz.",
                "Participa el club Real Madrid.",
            })
    void aSentenceOpeningOnTakingPartNamesNoGuest(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
