package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A player's control alone on a line, and a photo's credit line, in the seven languages. */
class ControlAndPhotoCreditLinesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[ download ]",
                "Download",
                "Play",
                "\u25B6",
                "\u25B6 Play episode",
                "(Listen)",
                "Download MP3",
                "Écouter",
                "Herunterladen",
                "Descargar episodio",
                "Ascolta",
                "Ouvir",
                "Afspelen"
            })
    void aButtonsWordsAloneAreAControlLine(String line) {
        assertThat(PlayerWords.isControlLine(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[ ]",
                "Play the Long Game",
                "Download Festival Memories",
                "Listen to Your Body",
                "Harbour Lights",
                "Episode 12",
                "-"
            })
    void titlesAndSignsAreNoControlLine(String line) {
        assertThat(PlayerWords.isControlLine(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u2022 Crédits : JEAN DUPONT / AGENCE - Getty",
                "Crédits : Lena Berg / Contributeur - Getty",
                "Photo: Ana Ruiz / Reuters",
                "Photo credit: Ana Ruiz",
                "Foto: Lena Berg / dpa",
                "Fotos: Lena Berg",
                "Bild: Lena Berg",
                "Bildnachweis: Lena Berg",
                "Crédito: Ana Ruiz / EFE",
                "Foto di copertina: Lucia Neri",
                "Imagem: Rui Costa",
                "Beeld: Sanne de Vries / ANP",
                "Image credit: Ana Ruiz",
                "\u00A9 Jean Dupont / Agence"
            })
    void aPhotosCreditIsACreditLine(String line) {
        assertThat(CreditLines.isPhotoCredit(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Photo Essay: Streets of Lisbon",
                "Episode 4: Photo Finish",
                "Photo:",
                "The Picture of Dorian Gray",
                "Credits",
                "Foto: Lena Berg erzählt von ihrer Reise durch den Norden und warum sie dort"
                        + " blieb, als alle anderen längst abgereist waren"
            })
    void otherLinesAreNoPhotoCredit(String line) {
        assertThat(CreditLines.isPhotoCredit(line)).isFalse();
    }
}
