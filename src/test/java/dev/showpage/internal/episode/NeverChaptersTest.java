package dev.showpage.internal.episode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Times that are never chapters, however many of them stand in a row, in a Goodpods card and on a
 * generic page: subtitle cues, transcript lines labelled with a speaker and a time, a player's
 * position, times of day, scores and ratios in prose. None gives a chapter, and every line of them
 * stays in the episode's text.
 */
class NeverChaptersTest {

    private static final String[] NOTES = {
        // subtitle cues, numbered, with milliseconds after a comma (SRT) or a dot (WebVTT)
        "1\n00:00:01,000 --> 00:00:04,000\nWelcome to the harbour.\n\n"
                + "2\n00:00:04,500 --> 00:00:09,250\nToday the tide is high.\n\n"
                + "3\n00:00:09,500 --> 00:00:12,000\nLet us begin with the ropes.",
        "00:01.000 --> 00:04.000\nThe gulls came early.\n\n"
                + "00:04.500 --> 00:08.000\nThe nets were empty.\n\n"
                + "00:08.500 --> 00:11.000\nSo we went home.",
        "00:00:01 --> 00:00:04\nA lamp was lit.\n00:00:05 --> 00:00:09\nThe fog rolled in.\n"
                + "00:00:10 --> 00:00:14\nWe waited.",
        // transcript lines: a speaker and a time, the speech under them or after them
        "Speaker 1 (00:00):\nWelcome back to the show.\n\nSpeaker 2 (00:22):\nThanks for"
                + " having me.\n\nSpeaker 1 (01:18):\nLet us talk about lighthouses.",
        "Marta Ruiz 00:14:\nWe start at the pier.\nJonas Berg 00:31:\nThe pier is closed.\n"
                + "Marta Ruiz 00:52:\nThen we start at the beach.",
        "[00:01:12] Jane: So we began with the old harbour maps that nobody in town wanted to"
                + " buy from us.\n"
                + "[00:01:40] Tom: Right, and then the storm came through and the whole pier went"
                + " under water for days.\n"
                + "[00:02:05] Jane: Which is when the lamp keepers started writing everything"
                + " down in their little books.\n"
                + "[00:02:30] Tom: And those books are what we are reading from today, page by"
                + " page, on this episode.",
        "00:00 Ines Moreau: Good evening and welcome to another long night on the water with all"
                + " of you listening.\n"
                + "00:09 Paul Adler: Good evening, it is a pleasure to be back in the studio after"
                + " such a long season.\n"
                + "00:17 Ines Moreau: We have a lot to cover tonight, so let us start with the"
                + " letters you sent us.",
        "[00:00:05] Kim:\nHello and welcome to the lantern hour.\n[00:00:12] Lee:\n"
                + "Glad to be here tonight.\n[00:00:20] Kim:\nLet us get going.",
        "00:00\nSo we began with the old harbour maps and the rope that nobody wanted to buy.\n"
                + "00:15\nRight, and then the storm came through and the whole pier went under.\n"
                + "00:31\nWhich is when the keepers started writing everything down.",
        // a player's position and length, its remaining time, an empty player
        "00:00 / 45:12\nNow playing\n--:--",
        // times of day
        "Doors open at 19:30\nThe ferry leaves at 20:15\nWe are back by 23:00",
        "Einlass um 19:30\nBeginn um 20:00\nEnde um 22:30",
        "7:30 pm Doors\n8:00 pm Music\n9:15 pm Talks",
        "19:30 Uhr Einlass\n20:00 Uhr Beginn\n22:30 Uhr Ende",
        // scores and ratios in prose
        "The harbour team won 21:15, then lost 18:25, and won again 25:23 in the third set.",
        "Filmed in 16:9, cropped to 4:3 for the archive, and shown at a 3:2 ratio.",
    };

    static Stream<Arguments> notes() {
        List<Arguments> cases = new ArrayList<>();
        for (NotationPages layout : NotationPages.values()) {
            for (String notes : NOTES) {
                cases.add(Arguments.of(layout, notes));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("notes")
    void neverChaptersAndEveryLineStaysText(NotationPages layout, String notes) {
        Episode episode = layout.episode(notes, 52);

        assertThat(episode.chapters()).isEmpty();
        String text = episode.description().orElse("");
        for (String line : notes.split("\n")) {
            if (!line.isBlank()) {
                assertThat(text).contains(line.strip());
            }
        }
    }
}
