package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded show-note blocks that mix one guest, introduced in one of many ways and languages, with
 * hosts, credits, thanks, sponsors and people merely named, in random order: only the guest is
 * reported as a guest. Every name is made of made-up first names and surnames, and no two people of
 * a block share one.
 */
class GuestMixPropertyTest {

    private static final String[] FIRST = {
        "Mara", "Oskar", "Ida", "Tomas", "Noor", "Edda", "Rafe", "Selma", "Bastien", "Ilse",
        "Lucía", "Davide", "Joana", "Anouk", "Tarek", "Jorunn", "Femi", "Zofia", "Lane", "Ivo"
    };
    private static final String[] LAST = {
        "Quill",
        "Lind",
        "Brenner",
        "Vik",
        "Haddad",
        "Vale",
        "Calloway",
        "Okafor",
        "Dufresne",
        "Haverkamp",
        "Castellano",
        "Marchetti",
        "Ferreira",
        "de Vries",
        "Oduya",
        "Strand",
        "Adeyemi",
        "Kowalczyk-Berg",
        "Harrow",
        "MacDermot"
    };

    /** Ways to introduce the guest {@code {G}}: a title (null: a neutral one) and a line. */
    private static final String[][] GUEST_SHAPES = {
        {null, "This week I talk with {G} about harbour lamps."},
        {null, "In this episode we sit down with lamp maker {G} to discuss tides."},
        {null, "{G} joins me to talk about nets."},
        {null, "Our guest today is {G}."},
        {null, "We are joined by a very special guest, {G}."},
        {null, "Guests:\n{G}, harbour master"},
        {null, "Invités :\n{G} (gardien de phare)"},
        {null, "Cette semaine, je discute avec {G} des phares."},
        {null, "Heute spreche ich mit {G} über Leuchttürme."},
        {null, "Hoy charlamos con {G} sobre faros."},
        {null, "Oggi parliamo con {G} di fari."},
        {null, "Hoje conversamos com {G} sobre faróis."},
        {null, "Deze week praat ik met {G} over vuurtorens."},
        {"Harbour lamps with {G}", "Stories from the quay."},
        {"Nets and knots (feat. {G})", "Stories from the quay."},
        {"Lamps | {G} (Head of Light at Beacon)", "Stories from the quay."},
        {"#314 - {G} - Salt and iron", "{G} is a smith from the north."},
        {"EP.41 - GM {G}", "A game from the north."},
        {"Rope maker {G} on knots", "Stories from the quay."},
        {"Phares, avec {G}", "Histoires du port."},
    };

    /** Lines that name someone who is no guest ({@code {P}}). */
    private static final String[] OTHER_SHAPES = {
        "Hosted by {P}.",
        "Host: {P}",
        "Produced by {P}.",
        "Executive Producer: {P}",
        "Edited by {P}.",
        "Engineer: {P}",
        "Music by {P}.",
        "Theme Song: {P}",
        "Artwork: {P}",
        "Special thanks to {P} for the recordings.",
        "Thanks to {P} for the tour of the lighthouse.",
        "This episode is brought to you by {P}.",
        "Sponsored by {P}.",
        "Merci à {P} pour la musique.",
        "Danke an {P} für den Schnitt.",
        "Producido por {P}.",
        "Grazie a {P} per la sigla.",
        "Met dank aan {P}.",
        "We read the logbook {P} kept in 1820.",
        "Her favourite book is Tides of Iron by {P}.",
    };

    static List<Long> seeds() {
        List<Long> seeds = new ArrayList<>();
        for (long s = 1; s <= 120; s++) {
            seeds.add(s * 7919);
        }
        return seeds;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void onlyTheGuestIsAGuest(long seed) {
        Random random = new Random(seed);
        List<Integer> firsts = shuffled(FIRST.length, random);
        List<Integer> lasts = shuffled(LAST.length, random);
        String guest = FIRST[firsts.get(0)] + " " + LAST[lasts.get(0)];
        String[] shape = GUEST_SHAPES[random.nextInt(GUEST_SHAPES.length)];

        List<String> lines = new ArrayList<>();
        lines.add(shape[1].replace("{G}", guest));
        int others = 1 + random.nextInt(4);
        for (int k = 1; k <= others; k++) {
            String other = FIRST[firsts.get(k)] + " " + LAST[lasts.get(k)];
            lines.add(OTHER_SHAPES[random.nextInt(OTHER_SHAPES.length)].replace("{P}", other));
        }
        // The guest's line first half of the time, else anywhere.
        if (random.nextBoolean()) {
            Collections.shuffle(lines.subList(1, lines.size()), random);
        } else {
            Collections.shuffle(lines, random);
        }
        String notes = String.join(random.nextBoolean() ? "\n\n" : "\n", lines);
        String title = shape[0] == null ? "Harbour nights" : shape[0].replace("{G}", guest);

        Episode card = Pages.episode(Pages.oneCard(title, notes));
        Episode showNotes = GuestPrecisionTest.showNotes(title, notes);

        assertThat(GuestPrecisionTest.guests(card)).as(title + "\n" + notes).containsExactly(guest);
        assertThat(GuestPrecisionTest.guests(showNotes))
                .as(title + "\n" + notes)
                .containsExactly(guest);
    }

    private static List<Integer> shuffled(int n, Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        return order;
    }
}
