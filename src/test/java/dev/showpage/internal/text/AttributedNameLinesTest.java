package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A person card's name line that a quotation's byline under it repeats, in made-up cards of the
 * seven languages; and bylines with no name line, of another name, or with no quotation above,
 * which name no guest. Lines are split at "/".
 */
class AttributedNameLinesTest {

    private static List<String> lines(String card) {
        return List.of(card.split(" / "));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Mara Quill / Rope historian / SEASON 2 | Episode 4 / \"Every knot tells you who"
                        + " tied it.\" / — Mara Quill",
                "Lena Berger / Leidenschaftliche Sammlerin / STAFFEL 3 | Folge 1 / „Ein Museum"
                        + " ist nie fertig.“ / – Lena Berger",
                "Claire Dubois / Conservatrice passionnée / SAISON 1 | Épisode 5 / « Chaque"
                        + " objet raconte une vie. » / — Claire Dubois",
                "Lucía Prado / Educadora de museos / TEMPORADA 4 | Episodio 2 / “El arte es para"
                        + " todos.” / — Lucía Prado",
                "Giulia Conti / Curatrice instancabile / STAGIONE 2 | Puntata 7 / «Il passato ci"
                        + " parla ancora.» / — Giulia Conti",
                "Rita Sousa / Guardiã do acervo / TEMPORADA 1 | Episódio 3 / \"Cada peça tem uma"
                        + " voz.\" / — Rita Sousa",
                "Joris van Dam / Bevlogen conservator / SEIZOEN 5 | Aflevering 2 / 'Kijk langer,"
                        + " zie meer.' / — Joris van Dam",
            })
    void theNameThatTheBylineRepeatsIsTheGuest(String card) {
        List<String> lines = lines(card);
        assertThat(AttributedNameLines.hasByline(lines)).isTrue();
        String name = lines.get(0);
        assertThat(AttributedNameLines.guestAt(lines, 0)).contains(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a listener's review: the byline has no name line above it
                "Great show / \"I listen every week.\" / — Mara Quill",
                // the byline names someone else: a quoted critic
                "Mara Quill / Rope historian / \"A gripping hour.\" / — Tom Reed",
                // no quotation above the byline
                "Mara Quill / Rope historian / — Mara Quill",
                // the name line says more of the person: a role line, not a card's name
                "Mara Quill, rope historian / \"Every knot tells.\" / — Mara Quill, rope historian",
                // the byline stands too far under the name
                "Mara Quill / a / b / c / d / \"Every knot tells.\" / — Mara Quill",
                // a new card with the same name starts before any byline
                "Mara Quill / Rope historian / Mara Quill / \"Every knot tells.\" / — Mara Quill",
            })
    void noGuestWithoutTheCardsOwnByline(String card) {
        assertThat(AttributedNameLines.guestAt(lines(card), 0)).isEmpty();
    }
}
