package dev.showpage.internal.episode;

import static dev.showpage.internal.episode.NotePages.episode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Chapter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A few times a few seconds apart, each before speech, are a transcript's cues and no chapter list,
 * however few they are; times minutes apart, or seconds apart before titles, stay chapters.
 */
class FewSpokenCuesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[00:00:00] Welcome back to the harbour hour. [00:00:04] I'm Tess and with me is"
                        + " [00:00:09] our guest, who sailed around the cape last winter in a boat"
                        + " she built herself with her brother and two friends from school.",
                "(0:00) Bonjour et bienvenue dans l'émission. (0:03) Je suis Marc, et voici"
                        + " (0:06) notre invitée du jour, qui a traversé la Manche à la rame en"
                        + " moins de dix heures l'été dernier avec son frère.",
                "[00:00] Hallo und herzlich willkommen. [00:02] Heute sprechen wir über Boote."
                        + " [00:08] Und über die Frage, warum niemand mehr Segel näht.",
                "[00:00:01] Bienvenidos al programa de hoy. [00:00:05] Hoy hablamos del mar."
                        + " [00:00:07] Y también de los barcos que ya no navegan.",
            })
    void speechSecondsApartIsNoChapterList(String notes) {
        assertThat(episode(notes).chapters()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // minutes apart: a list, whatever its titles say
                "[00:00:00] Welcome back to the harbour hour. [00:04:10] We talk about knots."
                        + " [00:19:30] Letters from listeners.",
                // seconds apart, but titles: no speech
                "[00:00] Intro [00:05] Jingle [00:09] Knots of the week",
            })
    void chaptersMinutesApartOrTitledStay(String notes) {
        List<Chapter> chapters = episode(notes).chapters();
        assertThat(chapters).hasSize(3);
        assertThat(chapters.get(0).start().toSeconds()).isZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // questions asked in turn are titles, however close
                "0:00 Intro\n0:05 Who is Tess?\n0:09 Why knots?",
                // a full stop or an exclamation mark after a few words makes no sentence
                "00:00 Intro.\n00:05 Sponsor.\n00:09 The harbour at dawn.",
                "0:00 Intro!\n0:05 Sponsor: Acme Ropes.\n0:09 Why knots?",
                "0:00 Einleitung.\n0:04 Werbung: Seilerei Brandt.\n0:08 Wie h\u00E4lt ein Knoten?",
                "0:00 Bienvenue !\n0:06 Qui est L\u00E9a ?\n0:09 Pourquoi des n\u0153uds ?",
                "[00:00] Introduzione. [00:03] Lo sponsor. [00:07] Il porto all'alba.",
                "0:00 Welkom!\n0:04 Wie is Joris?\n0:08 Knopen voor beginners.",
            })
    void shortTitlesSecondsApartStayChapters(String notes) {
        List<Chapter> chapters = episode(notes).chapters();
        assertThat(chapters).hasSize(3);
        assertThat(chapters.get(2).start().toSeconds()).isBetween(7L, 9L);
    }
}
