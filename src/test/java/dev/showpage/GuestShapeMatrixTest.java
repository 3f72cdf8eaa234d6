package dev.showpage;

import static dev.showpage.GuestPrecisionTest.guests;
import static dev.showpage.GuestPrecisionTest.showNotes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way of naming a guest that the parser reads, crossed with names of many shapes: each shape
 * of title, sentence, guest list and role line, in the seven languages, is tried with every made-up
 * name (two and three words, particles, hyphens, accents, initials, honorifics), and each shape
 * that names no guest (hosts, credits, sponsors, thanks, people merely named, places after "with",
 * later episodes) must give none. The second and third guests of a list are drawn from the other
 * names by a seeded shuffle, so the matrix is the same on every run.
 */
class GuestShapeMatrixTest {

    /** A name as printed, and the name the episode must report (honorifics aside). */
    private record Name(String printed, String expected) {
        String first() {
            return expected.substring(0, expected.indexOf(' '));
        }
    }

    private static final List<Name> NAMES =
            List.of(
                    new Name("Mara Quill", "Mara Quill"),
                    new Name("Ana Sofía Marquez", "Ana Sofía Marquez"),
                    new Name("Pieter van der Brug", "Pieter van der Brug"),
                    new Name("Elise de Montfort", "Elise de Montfort"),
                    new Name("Konrad von Althaus", "Konrad von Althaus"),
                    new Name("Anne-Lise Korvald", "Anne-Lise Korvald"),
                    new Name("Léa Ibáñez", "Léa Ibáñez"),
                    new Name("J. R. Tolvane", "J. R. Tolvane"),
                    new Name("Dr. Ilse Haverkamp", "Ilse Haverkamp"),
                    new Name("Prof. Tarek Oduya", "Tarek Oduya"),
                    new Name("Niamh O’Dwyer", "Niamh O’Dwyer"),
                    new Name("Sean O'Tierney", "Sean O'Tierney"));

    /** Notes that name no one, under a title that names the guest. */
    private static final String QUIET_NOTES = "Stories from the quay, the nets and the lamps.";

    /** A title that names no one, over notes that name the guest. */
    private static final String QUIET_TITLE = "Harbour lamps and the tides";

    /** Titles that name the guest {G}, over notes that name no one. */
    private static final List<String> TITLES =
            List.of(
                    "Harbour lamps with {G}",
                    "Harbour lamps w/ {G}",
                    "Harbour lamps feat. {G}",
                    "Harbour lamps ft. {G}",
                    "Harbour lamps (with {G})",
                    "{G}, lamp keeper at Beacon Works, on harbour lamps",
                    "Interview with {G}",
                    "In conversation with {G}",
                    "Leuchttürme: im Gespräch mit {G}",
                    "Les phares, avec {G}",
                    "Los faros con {G}",
                    "I fari con {G}",
                    "Os faróis com {G}",
                    "Vuurtorens met {G}",
                    "Leuchttürme mit {G}",
                    "{G} im Gespräch",
                    "Leuchttürme: {G} im Interview",
                    "Entretien avec {G}",
                    "Entrevista con {G}",
                    "Faróis, com {G}",
                    "Harbour lamps, featuring {G}",
                    "Harbour lamps (ft. {G})",
                    "Harbour lamps [with {G}]",
                    "Harbour lamps | {G}, lamp keeper at Beacon Works",
                    "Harbour lamps - {G}, chief engineer of the lighthouse board",
                    "Interview: {G}",
                    "Entretien : {G}",
                    "Im Gespräch: {G}",
                    "Entrevista: {G}",
                    "Intervista | {G}");

    /**
     * Titles whose guest is a part of its own, which a topic's name can be as well ("Lamps | Deep
     * Water"): the notes speak of the person again, as notes do.
     */
    private static final List<String[]> PART_TITLES =
            List.of(
                    new String[] {"{G} on harbour lamps", "{G} looks back on twenty years at sea."},
                    new String[] {"{G} sur les phares", "{G} raconte vingt ans en mer."},
                    new String[] {"{G} über Leuchttürme", "{G} erzählt von zwanzig Jahren."},
                    new String[] {"Harbour lamps | {G}", "{G} looks back on twenty years at sea."},
                    new String[] {"Faros | {G}", "{G} nos cuenta veinte años en el mar."},
                    new String[] {"Vuurtorens - {G}", "{G} vertelt over twintig jaar op zee."},
                    new String[] {"Harbour lamps — {G}", "{G} looks back on twenty years at sea."},
                    new String[] {"{G}: harbour lamps and tides", "{G} talks about the lamps."},
                    new String[] {"#42 - {G} - Harbour lamps", "{G} is a lamp keeper."});

    /** Sentences of the notes that name the guest {G}, under a title that names no one. */
    private static final List<String> SENTENCES =
            List.of(
                    "My guest today is {G}.",
                    "Today I'm joined by {G}.",
                    "{G} joins us to talk about harbour lamps.",
                    "{G}, author of Salt and Iron, joins me to talk about tides.",
                    "This week we welcome {G} to the show.",
                    "This week we sit down with {G} to talk about tides.",
                    "I talk to {G} about harbour lamps.",
                    "Our guest is {G}, a lamp keeper from the north.",
                    "{G} returns to the show to talk about tides.",
                    "{G} is back on the podcast.",
                    "{G} nous rejoint pour parler des phares.",
                    "{G} vuelve al programa.",
                    "{G} torna nel podcast.",
                    "{G} volta ao programa.",
                    "{G}, who keeps the lamps in the north, joins us this week.",
                    "Mon invité est {G}.",
                    "Nous recevons {G}, gardienne de phare.",
                    "Zu Gast ist {G}.",
                    "Heute spreche ich mit {G} über Leuchttürme.",
                    "Hoy hablamos con {G} sobre faros.",
                    "Nuestro invitado es {G}.",
                    "Oggi ospite {G}.",
                    "Il nostro ospite è {G}.",
                    "Hoje conversamos com {G} sobre faróis.",
                    "Vandaag praat ik met {G} over vuurtorens.",
                    "Deze week te gast is {G}.",
                    "{G} is our guest this week.",
                    "{G} est l'invitée de la semaine.",
                    "{G} es nuestra invitada de hoy.",
                    "{G} è l'ospite della puntata.",
                    "{G} é a convidada desta semana.",
                    "This week we hear from {G} about harbour lamps.",
                    "{G} stops by to talk about harbour lamps.",
                    "{G} sits down with us to talk about tides.",
                    "Joining us this week is {G}.",
                    "With special guest {G}.",
                    "Today I'm joined in the studio by {G}.",
                    "Con la participación de {G}.",
                    "Con la partecipazione di {G}.",
                    "Avec la participation de {G}.",
                    "Com a participação de {G}.",
                    "On reçoit {G} pour parler des phares.",
                    "Ospite della puntata è {G}.",
                    "Special guest: {G}",
                    "Im Studio zu Gast: {G}",
                    "Entrevista a {G}.",
                    "Intervista a {G}.",
                    "Let me introduce you to {G}.",
                    "Insieme a {G}, già direttrice del porto, esaminiamo i fari.",
                    "Samen met {G} kijken we naar de vuurtorens.",
                    "Gemeinsam mit {G} blicken wir auf die Leuchttürme.",
                    "Junto a {G} repasamos la historia de los faros.",
                    "En compagnie de {G}, nous parlons des phares.",
                    "Along with {G}, we look at the harbour lamps.",
                    "Together with {G}, we look at the harbour lamps.",
                    "In this episode, {G} explains how the harbour lamps work.",
                    "In this episode, {G} shares twenty years of stories from the quay.",
                    "Dans cet épisode, {G} raconte vingt ans en mer.",
                    "En este episodio, {G} nos cuenta veinte años en el mar.",
                    "In questa puntata {G} racconta vent'anni in mare.",
                    "Meet {G}, the lamp keeper who never sleeps.");

    /** Openings of the notes that describe the guest {G} by a role, under a quiet title. */
    private static final List<String> ROLE_LINES =
            List.of(
                    "{G} is a professor of marine history at the University of Tromsø.",
                    "{G} is the chief engineer of the northern lighthouse board.",
                    "{G} ist Professorin für Meeresgeschichte an der Universität Kiel.",
                    "{G} est chercheuse au laboratoire des marées de Brest.",
                    "{G} es investigadora del instituto de oceanografía.",
                    "{G} è ricercatrice di storia marittima a Genova.",
                    "{G} é pesquisadora de história marítima em Lisboa.",
                    "{G}, a lamp keeper from the north, explains how the lamps work.",
                    "{G}, Direktorin des Hafenmuseums, erzählt von den Leuchttürmen.",
                    "{G}, chercheuse à Brest, raconte l'histoire des phares.");

    /** Guest lists of two or three names: {G}, {G2}, {G3}. */
    private static final List<String> LISTS =
            List.of(
                    "Guests: {G}, {G2} and {G3}",
                    "Guest: {G}",
                    "Gäste: {G} und {G2}",
                    "Invités : {G} et {G2}",
                    "Invitados: {G} y {G2}",
                    "Ospiti: {G} e {G2}",
                    "Interviewee: {G}",
                    "Panelists: {G}, {G2} and {G3}",
                    "Gesprächspartnerin: {G}",
                    "Intervenants : {G} et {G2}",
                    "Entrevistada: {G}",
                    "Intervistati: {G} e {G2}",
                    "Te gast: {G}",
                    "Gast: {G}");

    /** Sentences that name {P}, who is no guest of the episode. */
    private static final List<String> NOT_GUESTS =
            List.of(
                    "Hosted by {P}.",
                    "Your host {P} walks the quay at night.",
                    "Moderation: {P}",
                    "Présenté par {P}.",
                    "Un programma con la conduzione di {P}.",
                    "Produced by {P}.",
                    "Edited by {P}.",
                    "Music by {P}.",
                    "Musik: {P}",
                    "Thanks to {P} for the recordings.",
                    "{P} said in 1990 that the lamps would go out.",
                    "We read from a book by {P}.",
                    "Next week: {P}.",
                    "Next week we talk with {P} about nets.",
                    "{P} was a guest on another show last year.",
                    "{P} is our host this week.",
                    "{P} stops by the bakery every morning.",
                    "{P} sits down with the mayor in the story.",
                    "{P} returns to the harbour after the storm.",
                    "{P} joins the navy in the second act.",
                    "Together with {P}, the council built a new lighthouse.",
                    "Gemeinsam mit {P} gründete sie die Werft.",
                    "In 1820, {P} explains the logbook, the lamps were lit by hand.",
                    "Meet the keepers of the harbour lamps.");

    /** Lines that name no person at all: sponsors, and places or companies after "with". */
    private static final List<String[]> NO_PERSON =
            List.of(
                    new String[] {QUIET_TITLE, "Sponsored by Tidewater Bank."},
                    new String[] {QUIET_TITLE, "Thanks to our sponsor Northwind Ropes."},
                    new String[] {"Mapping the harbour with Google", QUIET_NOTES},
                    new String[] {"A night on the quay with New York", QUIET_NOTES},
                    new String[] {QUIET_TITLE, "This week we talk with Google about maps."},
                    new String[] {"Deep Water on harbour lamps", QUIET_NOTES},
                    new String[] {"Harbour lamps | Deep Water", "Deep Water takes the boats out."},
                    new String[] {QUIET_TITLE, "Harbour Lights returns for a second season."},
                    new String[] {QUIET_TITLE, "Harbour Lights ritorna in studio dopo l'estate."},
                    new String[] {QUIET_TITLE, "Harbour Lights is back in the studio."},
                    new String[] {QUIET_TITLE, "With the participation of the Harbour Choir."},
                    new String[] {QUIET_TITLE, "Con la participación de Saltmarsh Records."},
                    new String[] {
                        QUIET_TITLE, "Mara Quill, the host of the show, explains the rules."
                    },
                    new String[] {QUIET_TITLE, "Speaker 1: Welcome back to the harbour."},
                    new String[] {"Episode: Deep Water", QUIET_NOTES},
                    new String[] {"Interview: Harbour Lights Records", QUIET_NOTES},
                    new String[] {"Harbour lamps | Deep Water, the whole story", QUIET_NOTES},
                    new String[] {QUIET_TITLE, "Mara Quill joins the navy in the story."},
                    new String[] {QUIET_TITLE, "Stories with Harbour University and Los Tidos."},
                    new String[] {
                        "Harbour lamps (with Saltmarsh Records)", "Saltmarsh Records tells us."
                    });

    static Stream<Arguments> guestShapes() {
        List<Arguments> cases = new ArrayList<>();
        for (Name name : NAMES) {
            for (String title : TITLES) {
                cases.add(named(title, QUIET_NOTES, name, List.of(name)));
            }
            for (String[] shape : PART_TITLES) {
                cases.add(named(shape[0], shape[1], name, List.of(name)));
            }
            for (String sentence : SENTENCES) {
                cases.add(named(QUIET_TITLE, QUIET_NOTES + "\n\n" + sentence, name, List.of(name)));
            }
            for (String line : ROLE_LINES) {
                cases.add(named(QUIET_TITLE, line + "\n\n" + QUIET_NOTES, name, List.of(name)));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> guestLists() {
        Random random = new Random(20261204L);
        List<Arguments> cases = new ArrayList<>();
        for (Name name : NAMES) {
            List<Name> others = new ArrayList<>(NAMES);
            others.remove(name);
            Collections.shuffle(others, random);
            for (String list : LISTS) {
                List<Name> listed = new ArrayList<>(List.of(name));
                String line = list.replace("{G}", name.printed());
                for (int k = 2; k <= 3; k++) {
                    String slot = "{G" + k + "}";
                    if (line.contains(slot)) {
                        line = line.replace(slot, others.get(k - 2).printed());
                        listed.add(others.get(k - 2));
                    }
                }
                cases.add(Arguments.of(QUIET_TITLE, QUIET_NOTES + "\n\n" + line, names(listed)));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> noGuestShapes() {
        List<Arguments> cases = new ArrayList<>();
        for (Name name : NAMES) {
            for (String sentence : NOT_GUESTS) {
                cases.add(
                        Arguments.of(
                                QUIET_TITLE,
                                QUIET_NOTES + "\n\n" + sentence.replace("{P}", name.printed())));
            }
        }
        for (String[] shape : NO_PERSON) {
            cases.add(Arguments.of(shape[0], shape[1]));
        }
        return cases.stream();
    }

    private static Arguments named(String title, String notes, Name name, List<Name> guests) {
        return Arguments.of(
                title.replace("{G}", name.printed()),
                notes.replace("{G}", name.printed()).replace("{F}", name.first()),
                names(guests));
    }

    private static List<String> names(List<Name> guests) {
        return guests.stream().map(Name::expected).toList();
    }

    @ParameterizedTest
    @MethodSource("guestShapes")
    void theShapeNamesTheGuest(String title, String notes, List<String> expected) {
        assertThat(guests(showNotes(title, notes)))
                .as(title + "\n" + notes)
                .containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("guestLists")
    void theListNamesEveryGuest(String title, String notes, List<String> expected) {
        assertThat(guests(showNotes(title, notes)))
                .as(title + "\n" + notes)
                .containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("noGuestShapes")
    void theShapeNamesNoGuest(String title, String notes) {
        assertThat(guests(showNotes(title, notes))).as(title + "\n" + notes).isEmpty();
    }
}
