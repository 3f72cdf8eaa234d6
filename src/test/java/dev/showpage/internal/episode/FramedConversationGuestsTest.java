package dev.showpage.internal.episode;

import static dev.showpage.internal.episode.NotePages.episode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Person;
import dev.showpage.model.Role;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sentence that frames a conversation ("In conversation with X, Y talks", "Im Gespräch mit X
 * spricht Y") names a host and a guest; the episode's host lines, in any paragraph, tell which is
 * the host, and the other is the guest. With no host line naming either, neither is told. Made-up
 * notes of the seven languages; a "\n\n" starts a paragraph.
 */
class FramedConversationGuestsTest {

    private static List<String> guests(String notes) {
        return episode(notes).people().stream()
                .filter(p -> p.role() == Role.GUEST)
                .map(Person::name)
                .toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // The speaker hosts: the one spoken with is the guest
                "In conversation with Oskar Lind, Mara Quill talks about his new novel.\\n\\nHosted"
                        + " by Mara Quill.|Oskar Lind",
                "Im Gespräch mit Jonas Weber spricht Lea Brandt über sein neues Buch.\\n\\n"
                        + "Moderation: Lea Brandt|Jonas Weber",
                "En conversation avec Claire Dubois, Marc Petit parle de son roman.\\n\\nPrésenté"
                        + " par Marc Petit.|Claire Dubois",
                "In gesprek met Pieter de Vries vertelt Joris van Dam over zijn boek.\\n\\n"
                        + "Presentatie: Joris van Dam|Pieter de Vries",
                // The one spoken with hosts: the speaker is the guest
                "In conversation with Mara Quill, Oskar Lind talks about his new novel.\\n\\nHost:"
                        + " Mara Quill|Oskar Lind",
                "Im Gespräch mit Lea Brandt spricht Jonas Weber über sein neues Buch.\\n\\n"
                        + "Moderation: Lea Brandt|Jonas Weber",
                "En conversación con Lucía Pérez, Pedro Sousa habla de su libro.\\n\\nHost:"
                        + " Lucía Pérez|Pedro Sousa",
            })
    void theOneWhoIsNotTheHostIsTheGuest(String notes, String guest) {
        assertThat(guests(notes.replace("\\n", "\n"))).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // No host line: either may be the host, so no one is told
                "In conversation with Mara Quill, Oskar Lind talks about his new novel.",
                "Welcome to the show with Mara Quill. In conversation with Oskar Lind, Mara Quill"
                        + " talks about his new novel.",
                "Im Gespräch mit Lea Brandt spricht Jonas Weber über ihr neues Buch.",
                "Sie schreibt langsam. Im Gespräch mit Lea Brandt spricht Jonas Weber über Worte.",
                "Em conversa com Rui Costa, Pedro Sousa fala do seu livro.",
                "Nella chiacchierata con Giulia Conti, Paolo Neri racconta la salita.",
                // A host line that names someone else decides nothing
                "In conversation with Mara Quill, Oskar Lind talks about tides.\\n\\nHosted by Ana"
                        + " Gil.",
            })
    void noGuestWithoutAHostAmongTheTwo(String notes) {
        assertThat(guests(notes.replace("\\n", "\n"))).isEmpty();
    }
}
