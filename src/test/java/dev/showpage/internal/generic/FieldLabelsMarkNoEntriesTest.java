package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A field that names a person or a company ("Host: Anna Keller") under a line is an episode's
 * field, not the label of a listing's entry: a page of one episode prints it under its title and
 * again under a sponsor's or a related episode's heading.
 */
class FieldLabelsMarkNoEntriesTest {

    private static List<Optional<String>> titles(String text) {
        return EpisodePageParser.parse(text).episodes().stream().map(Episode::title).toList();
    }

    @Test
    void aHostFieldPrintedTwiceMarksNoSecondEpisode() {
        String text =
                "Oak and tar\n\n"
                        + "Host: Mara Quill\n\n"
                        + "A boatbuilder and her apprentice talk about the last wooden hulls built"
                        + " on the river and the people who still order them.\n\n"
                        + "A word from our partner\n\n"
                        + "Host: Copper Kettle Bank\n\n"
                        + "The bank that helps small yards keep their slipways open has supported"
                        + " this programme since its first season.\n";

        assertThat(titles(text)).containsExactly(Optional.of("Oak and tar"));
    }

    @Test
    void aHostFieldOnAPortuguesePageMarksNoSecondEpisode() {
        String text =
                "Carvalho e alcatrão\n\n"
                        + "Host: Ana Lobo\n\n"
                        + "Uma construtora de barcos e o seu aprendiz falam dos últimos cascos de"
                        + " madeira feitos no rio e de quem ainda os encomenda.\n\n"
                        + "O nosso parceiro desta semana\n\n"
                        + "Host: Banco Do Cais\n\n"
                        + "O banco que ajuda os pequenos estaleiros a manter as rampas abertas"
                        + " apoia este programa desde a primeira temporada.\n";

        assertThat(titles(text)).containsExactly(Optional.of("Carvalho e alcatrão"));
    }

    @Test
    void aHostFieldOnASpanishPageMarksNoSecondEpisode() {
        String text =
                "Roble y brea\n\n"
                        + "Host: Lucía Gómez Ruiz\n\n"
                        + "Una carpintera de ribera y su aprendiz hablan de los últimos cascos de"
                        + " madera construidos en el río y de quién los encarga.\n\n"
                        + "Nuestro patrocinador\n\n"
                        + "Host: Banco Del Puerto\n\n"
                        + "El banco que ayuda a los pequeños astilleros apoya este programa desde"
                        + " su primera temporada y responde a sus preguntas.\n";

        assertThat(titles(text)).containsExactly(Optional.of("Roble y brea"));
    }
}
