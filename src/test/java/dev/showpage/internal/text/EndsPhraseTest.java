package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which punctuation after a word ends a phrase: not an initial's or an honorific's full stop. */
class EndsPhraseTest {

    @ParameterizedTest
    @CsvSource({
        "tide., false, true",
        "Quill., false, true",
        "J., false, false",
        "(J.), false, true",
        "S.P., false, false",
        "Dr., true, false",
        "Prof., true, false",
        "Prof., false, true",
        "'pier,', false, true",
        "pier;, false, true",
        "pier, false, false",
        "pier!, true, true",
        "'I.', false, false",
    })
    void endsAPhraseUnlessAnInitialOrHonorificStop(String raw, boolean honorific, boolean ends) {
        assertThat(NameWords.endsPhrase(raw, honorific)).as(raw).isEqualTo(ends);
    }
}
