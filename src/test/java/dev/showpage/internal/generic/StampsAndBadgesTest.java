package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A header's date stamps and lone badges, in the seven languages, and names that are neither. */
class StampsAndBadgesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Beta",
                "BETA",
                "Neu!",
                "Nouveau",
                "Nuevo",
                "Nuovo",
                "Novo",
                "Nieuw",
                "Preview",
                "Updated: Mar 3",
                "Mis à jour : févr. 12",
                "Aktualisiert am 4. Mai",
                "Actualizado: 12 jun",
                "Aggiornato il 3 marzo",
                "Atualizado em 7 de junho",
                "Bijgewerkt op 2 april",
                "14 Nov",
                "sept. 2024",
                "3 March 2025"
            })
    void aStampOrABadgeIsOne(String text) {
        assertThat(StampsAndBadges.isOne(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Harbour Nights",
                "Beta Band Radio",
                "New Harbour Talk",
                "Neu im Hafen",
                "Les Voix du Port",
                "Ferry Tales 24",
                "Radio 1 Breakfast",
                "Marzo Talks",
                "Mayday Stories",
                "Juni",
                "Mai 68",
                "March 4 Justice",
                "Updated Weekly Show"
            })
    void aNameIsNone(String text) {
        assertThat(StampsAndBadges.isOne(text)).as(text).isFalse();
    }
}
