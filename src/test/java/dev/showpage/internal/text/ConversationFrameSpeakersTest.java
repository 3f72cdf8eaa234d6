package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sentence that frames a conversation ("In conversation with X, Y talks", "Im Gespräch mit X
 * spricht Y") introduces neither of its two people in the paragraph, since the speaker is the host
 * as often as the guest; it gives the pair, for the episode's host lines to decide. Made-up
 * sentences of the seven languages; and near-misses that frame nothing, whose "with" introduces its
 * name as usual.
 */
class ConversationFrameSpeakersTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Welcome to the show with Mara Quill. In conversation with Oskar Lind, Mara Quill"
                        + " talks about his new novel.|Oskar Lind|Mara Quill",
                "Your host Mara Quill is back. In conversation with Oskar Lind, Mara Quill talks"
                        + " about the sea.|Oskar Lind|Mara Quill",
                "Im Gespräch mit Lea Brandt spricht Jonas Weber über ihr neues Buch.|Lea"
                        + " Brandt|Jonas Weber",
                "In gesprek met Pieter de Vries vertelt Joris van Dam over zijn boek.|Pieter de"
                        + " Vries|Joris van Dam",
                "En conversación con Lucía Pérez, Pedro Sousa habla de su libro.|Lucía"
                        + " Pérez|Pedro Sousa",
                "Em conversa com Rui Costa, Pedro Sousa fala do seu livro.|Rui Costa|Pedro Sousa",
                "En conversation avec Claire Dubois, Marc Petit parle de son roman.|Claire"
                        + " Dubois|Marc Petit",
            })
    void aFrameIntroducesNeitherAndGivesThePair(String text, String with, String speaker) {
        assertThat(guests(text)).doesNotContain(with, speaker);
        assertThat(Names.framedConversations(text))
                .extracting(f -> f.with().name() + "|" + f.speaker().name())
                .containsExactly(with + "|" + speaker);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // No framing "in" at the sentence's start, or no verb of speaking after the name
                "In conversation with Mara Quill, we look at the harbour.|Mara Quill",
                "Wir sind im Gespräch mit Lea Brandt über ihre Bücher.|Lea Brandt",
                "Im Gespräch mit Lea Brandt geht es um das Meer.|Lea Brandt",
                // The speaker is described by a role first: perhaps the crew, so the "with" stands
                "Im Gespräch mit der Autorin Lea Brandt spricht Moderator Jonas Weber über ihr"
                        + " neues Buch.|Lea Brandt",
                "In gesprek met Sabine Vermeer vertelt presentator Joris van Dam over haar"
                        + " boek.|Sabine Vermeer",
            })
    void noFrameLeavesTheNameAfterWith(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
        assertThat(Names.framedConversations(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // The speaker is a pronoun or lies past the line's end: no one is told
                "Im Gespräch mit Lea Brandt spricht sie über ihre Bücher.",
                "Seit Jahren schreibt er. Im Gespräch mit Lea Brandt spricht",
            })
    void anUnnamedSpeakerTellsNoOne(String text) {
        assertThat(guests(text)).isEmpty();
        assertThat(Names.framedConversations(text)).isEmpty();
    }
}
