package dev.showpage.internal.episode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Person;
import dev.showpage.model.Role;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole made-up episode pages, a title, a date line and the lines under test: the guests a
 * heading's list gives when first names share a surname, and the look-alikes that name no guest or
 * only the guests they name in full (a lone word before a full name, a topic list, credits, hosts,
 * a press quote or a listener's review under a name, a speaker's or a host's card, a historical
 * figure, a numbered title quoting a saying, a listener or an event). {@code /} in a row stands for
 * a line break.
 */
class HeadedGuestListsTest {

    private static List<String> guests(String title, String lines) {
        String text = title + "\nMarch 3, 2025 · 45 min\n" + lines.replace("/", "\n") + "\n";
        return EpisodePageParser.parse(text).episodes().stream()
                .flatMap(e -> e.people().stream())
                .filter(p -> p.role() == Role.GUEST)
                .map(Person::name)
                .toList();
    }

    private static List<String> expected(String names) {
        return names == null ? List.of() : Arrays.asList(names.split(";"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Guests: Ann, Tom and Kai Reed, Ida Lund             | Ann Reed;Tom Reed;Kai Reed;Ida Lund
                    Te gast: Eva, Sanne en Bram de Wit, Joris Vermeer   | Eva de Wit;Sanne de Wit;Bram de Wit;Joris Vermeer
                    Zu Gast: Lena, Mia und Paul Berger                  | Lena Berger;Mia Berger;Paul Berger
                    Guests: Mara Quill and Tom Reed                     | Mara Quill;Tom Reed
                    """)
    void aGuestNounsListSharesASurnameAmongSeveralFirstNames(String lines, String names) {
        assertThat(guests("Episode 12: Ropes and harbours", lines))
                .containsExactlyElementsOf(expected(names));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "In this episode: Brexit, Trump and Boris Johnson",
                "In dieser Folge: Klima, Energie und Olaf Scholz",
                "Guests: Cher and Tom Reed",
                "Guests: Coldplay and Tom Reed",
                "Our guests: London and Tom Reed",
                "Featuring: Bono, Edge and Tom Reed",
                "Hosts: Ann and Tom Reed",
                "Music: Ann and Tom Reed",
                "Music: Ann, Kai and Tom Reed",
                "What the press says/Tom Critic/The Daily Harbour/\"A gripping listen from start to"
                        + " end.\"/— Tom Critic",
                "Ce qu'en dit la presse/Jeanne Critique/Le Quotidien/« Une écoute saisissante du"
                        + " début à la fin. »/— Jeanne Critique",
                "Reviews/Ann Listener/★★★★★/\"Best podcast ever, I listen every week.\"/— Ann"
                        + " Listener",
                "Mara Quill/Host/\"Welcome back to another week by the harbour.\"/— Mara Quill",
                "Moderation/Lena Berger/„Willkommen zurück am Hafen, schön dass ihr da seid.“/—"
                        + " Lena Berger",
                "Speakers/Mara Quill/Keynote, Harbour Summit 2024/\"Ropes hold more than boats.\"/—"
                    + " Mara Quill/Tom Reed/Panel moderator/\"Ask the sailors first.\"/— Tom Reed",
                "In memoriam/Albert Einstein/1879–1955/\"God does not play dice with the"
                        + " universe.\"/— Albert Einstein"
            })
    void noLookAlikeNamesAGuestWhoIsNone(String lines) {
        assertThat(guests("Episode 12: Ropes and harbours", lines)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "#215 - Winston Churchill: 'We shall fight on the beaches and in the fields'",
                "#216 - Albert Einstein: \"God does not play dice with the universe, he said\"",
                "#221 - Martin Luther King: \"I have a dream that one day this nation will rise\"",
                "#217 - Ann Listener: 'Your show got me through a hard year on the coast'",
                "#223 - Anna Host: 'Our listeners ask, we answer them all in one go'",
                "#222 - Harbour Summit: 'Five talks on the future of ropes and knots'"
            })
    void aNumberedTitleQuotingASayingNamesNoGuest(String title) {
        assertThat(guests(title, "Notes about ropes, knots and the harbour in winter.")).isEmpty();
    }
}
