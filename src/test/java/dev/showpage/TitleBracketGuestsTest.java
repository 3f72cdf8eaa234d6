package dev.showpage;

import static dev.showpage.GuestPrecisionTest.guests;
import static dev.showpage.GuestPrecisionTest.showNotes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Guests in a title's brackets after "with" and its kin, as rewatch and interview shows print them:
 * a title of office before a name ("Fmr Press Secretary", "Senator", "Prof."), a part number before
 * "with" ("(Part I, with ...)"), lists with commas and each language's "and". The words before such
 * a bracket are the episode's topic, never a guest. Every title and name is made up; each row's
 * expected guests are the names its title's bracket gives.
 */
class TitleBracketGuestsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    4.02: Harbour Lights, Part II (with Ana Paz)                               | Ana Paz
                    4.00: Salt and Rope (with Ana Paz and Fmr Press Secretary Oskar Lind)     | Ana Paz;Oskar Lind
                    3.21: Two Harbours (Part I, with Ana Paz and Oskar Lind)                  | Ana Paz;Oskar Lind
                    3.22: Two Harbours (Part II)                                              |
                    S2 E5: Low Tide (with Former Ambassador Ana Paz & Oskar Lind)             | Ana Paz;Oskar Lind
                    Ep 12: Knots (feat. Dr. Ana Paz)                                          | Ana Paz
                    Folge 7: Knoten (mit Prof. Greta Hansen und Henrik Vogt)                  | Greta Hansen;Henrik Vogt
                    Épisode 3 : Les phares (avec Théo Brandt et Camille Roux)                 | Théo Brandt;Camille Roux
                    Knots and Nets (with Ana Paz, Oskar Lind and Inés Calder)                 | Ana Paz;Oskar Lind;Inés Calder
                    Knots and Nets (with Senator Ana Paz, Governor Oskar Lind, and Inés Calder) | Ana Paz;Oskar Lind;Inés Calder
                    Dikes (with Sebastian van Dijk)                                           | Sebastian van Dijk
                    Dikes (with Pieter de Wit and Florent de Vries)                           | Pieter de Wit;Florent de Vries
                    Low Tide (Teil 2)                                                         |
                    """)
    void theBracketNamesTheGuests(String title, String names) {
        Episode episode = showNotes(title, "We talk about the quay and its lamps.");

        assertThat(guests(episode)).containsExactlyElementsOf(expected(names));
    }

    /** A list in prose after "joined by" or "with": a role between commas ends it. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    We are joined by Ana Paz, Oskar Lind, and Inés Calder.              | Ana Paz;Oskar Lind;Inés Calder
                    I talk with Ana Paz, Oskar Walker and Inés Calder about nets.        | Ana Paz;Oskar Walker;Inés Calder
                    I talk with Ana Paz, Harbour Radio CEO, about the lamps.             | Ana Paz
                    I talk with Ana Paz, Senior Editor, about the lamps.                 | Ana Paz
                    I talk with Ana Paz, Harbour Lights and the quay.                    | Ana Paz
                    """)
    void aListInProseNamesEachGuest(String sentence, String names) {
        Episode episode = showNotes("Lamps and nets", "Notes from the quay.\n\n" + sentence);

        assertThat(guests(episode)).containsExactlyElementsOf(expected(names));
    }

    private static List<String> expected(String names) {
        return names == null || names.isBlank() ? List.of() : List.of(names.trim().split(";"));
    }
}
