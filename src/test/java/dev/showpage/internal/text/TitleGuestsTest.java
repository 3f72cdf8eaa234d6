package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.internal.text.Names.Mention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The guests a title names ({@link Names#inTitle}), by its phrases and its shapes, with made-up
 * names, roles, companies and decorations in the languages the parser reads.
 */
class TitleGuestsTest {

    private static List<String> guests(String title, String... notes) {
        return Names.inTitle(title, List.of(notes)).stream().map(Mention::name).toList();
    }

    private static List<String> expected(String names) {
        return names.isEmpty() ? List.of() : List.of(names.split(";"));
    }

    /** Shapes that name their guest with no help from the notes. */
    @ParameterizedTest
    @CsvSource(
            delimiterString = "=>",
            quoteCharacter = '"',
            value = {
                "Knots at night with Mara Quill => Mara Quill",
                "Interview with Oskar Lind => Oskar Lind",
                "A conversation with Dr. Ida Brenner => Ida Brenner",
                "Harbour songs ft. Tomas Vik => Tomas Vik",
                "Harbour songs (feat. Tomas Vik) => Tomas Vik",
                "Lamp repairs w/ Noor Haddad => Noor Haddad",
                "La mer et ses phares, avec Bastien Dufresne => Bastien Dufresne",
                "Leuchttürme im Winter mit Ilse Haverkamp => Ilse Haverkamp",
                "Faros del norte con Lucía Castellano => Lucía Castellano",
                "Fari e tempeste con Prof. Davide Marchetti => Davide Marchetti",
                "Faróis do sul com Joana Ferreira => Joana Ferreira",
                "Vuurtorens met Anouk van der Berg => Anouk van der Berg",
                "Ropes and lamps with harbour master Jorunn Vik => Jorunn Vik",
                "Tides with Lumen CTO Rafe Calloway => Rafe Calloway",
                "EP.77 - GM Tarek Oduya => Tarek Oduya",
                "EP.164 IM Selma Okafor returns => Selma Okafor",
                "Selma Okafor returns to the quay => Selma Okafor",
                "Lighthouse economics | Lane Harrow (CPO of Beacon) => Lane Harrow",
                "Why ropes fray | Dr. Edda Lind (Head of Research, Knotworks) => Edda Lind",
                "Salt-air guitarist J. Moreau on touring the coast => J. Moreau",
                "Writer-producer LaKeisha Brandt on tidal stories => LaKeisha Brandt",
                "Punk icon Ivo MacDermot on the history of noise => Ivo MacDermot",
                "Dr Femi Adeyemi, Oceanographer @Tidal Institute, on currents => Femi Adeyemi",
                "Prof. Zofia Kowalczyk-Berg o latarniach morskich => Zofia Kowalczyk-Berg",
                "Mara Quill, founder of Ropeworks: Why knots matter => Mara Quill",
                "Talking tides with Mara Quill and Oskar Lind => Mara Quill;Oskar Lind",
                "Sailing with S.P. Raman => S.P. Raman",
                "Letters with Joshua M Greene => Joshua M Greene",
                "Ropes with Maria da Silva => Maria da Silva",
            })
    void shapesThatNameAGuest(String title, String names) {
        assertThat(guests(title)).isEqualTo(expected(names));
    }

    /**
     * A bare name in a part of the title, or before "on", is taken only when the notes speak of it
     * as a person's.
     */
    @ParameterizedTest
    @CsvSource(
            delimiterString = "=>",
            value = {
                "#412 - Oskar Lind - Salt and iron => Oskar Lind is a smith. => Oskar Lind",
                "#9: Noor Haddad => Noor Haddad hosts a radio show. => Noor Haddad",
                "Ep. 31 – Edda Lind => We visit Edda’s forge. => Edda Lind",
                "Salt and iron - Tarek Oduya => Tarek Oduya (@tarek) builds boats. => Tarek Oduya",
                "Mara Quill on the poetics of rope => Mara Quill (@mq) is a poet. => Mara Quill",
                "Bastien Dufresne on lamps => Dr. Dufresne keeps lamps. => Bastien Dufresne",
                // A first name alone after "with", when the notes give it a handle or a voice.
                "Knots with Philippa => Philippa (@pk) ties knots. => Philippa",
                "Knoten mit Jannik => Jannik erklärt den Palstek. => Jannik",
                "Knots with Philippa => Philippa is tired. => ''",
                "Cooking with Gas => Gas is expensive. => ''",
                "Cooking with Gas => Gas prices are up. => ''",
                // The same shapes with notes that speak of no person: a topic, not a guest.
                "#406: Working Solo => We talk about working alone. => ''",
                "Episode 12 - Final Thoughts => Some final thoughts on the season. => ''",
                "Deep Dive on harbour lamps => A deep dive into lamps. => ''",
                "Machine Learning on small boats => Machine learning, on a boat. => ''",
                "Night Shift | Harbour Stories => Stories from the night shift. => ''",
                // A cue of a person, but the notes print the part's words as a phrase of prose
                "Ep. 7 - Garden Disasters => With Green Disasters’ Mara Quill, and of course garden"
                        + " disasters! => ''",
            })
    void bareNamesNeedNotesThatSpeakOfAPerson(String title, String notes, String names) {
        assertThat(guests(title, notes)).isEqualTo(expected(names));
    }

    /** Titles that name no guest. */
    @ParameterizedTest
    @CsvSource(
            delimiterString = "=>",
            quoteCharacter = '"',
            value = {
                "Evening songs with The Quay Singers",
                "Cooking with Gas",
                "Building boats with Rust",
                // A possessive is someone's thing, not someone.
                "Sailing with Mara Quill's crew",
                // Site words are no name.
                "Listen on Apple Podcasts",
                "Episode 4 with All Episodes",
                // Five capitalised words are a title, not a name.
                "With Great Northern Harbour Lamp Works",
                // An honorific alone before a single word is no full name.
                "Stories with Dr. Quill",
            })
    void titlesWithoutGuests(String title) {
        assertThat(guests(title, "Notes about the harbour.")).isEmpty();
    }
}
