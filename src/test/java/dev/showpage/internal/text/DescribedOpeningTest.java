package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The person an opening describes, told first by its first word where it asks no question: a name
 * or an honorific opens it, or no one is described; after questions the name may stand later. Every
 * name and sentence is made up.
 */
class DescribedOpeningTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    Mara Quill is a historian of harbour lamps.                     | Mara Quill
                    Dr. Oskar Lind is a marine biologist in Bergen.                 | Oskar Lind
                    Is the lamp still needed? Mara Quill is a historian of lamps.   | Mara Quill
                    Why lamps? Why now? Oskar Lind is an engineer at the port.      | Oskar Lind
                    today Mara Quill is a historian of harbour lamps.               |
                    The historian Mara Quill wrote a book.                          |
                    In Bergen, Oskar Lind is an engineer.                           |
                    Lamps matter? Harbour Lights is a band.                         |
                    """)
    void theOpeningsFirstWordsTellWhomItDescribes(String text, String name) {
        if (name == null) {
            assertThat(Names.describedAtStart(text)).isEmpty();
        } else {
            assertThat(Names.describedAtStart(text))
                    .extracting(Names.Mention::name)
                    .containsExactly(name);
        }
    }
}
