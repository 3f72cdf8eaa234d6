package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A field that names a person or a company is an episode's field, not a listing's label. */
class PersonFieldsTest {

    private static boolean personField(String text) {
        return PersonFields.isPersonField(LabelledEntryListing.opening(text), text);
    }

    @Test
    void aPersonsLabelInAnyLanguageIsAField() {
        assertThat(personField("Host: Mara Quill")).isTrue();
        assertThat(personField("Gast: Lena Vogt")).isTrue();
        assertThat(personField("Invitée : Jeanne Martin")).isTrue();
        assertThat(personField("Ospite: Giulia Romano")).isTrue();
        assertThat(personField("Presentadora – Lucía Gómez")).isTrue();
        assertThat(personField("Gastheer | Joost Bakker")).isTrue();
    }

    @Test
    void aNameAfterAnyLabelIsAField() {
        assertThat(personField("Sponsor: Copper Kettle Bank")).isTrue();
        assertThat(personField("Realização: Ana Lobo")).isTrue();
    }

    @Test
    void aGenreOrAFormatLabelIsNoField() {
        assertThat(personField("Nederlands – reizen")).isFalse();
        assertThat(personField("📐 Format: monologo")).isFalse();
        assertThat(personField("📍 Luogo: Liguria")).isFalse();
        assertThat(personField("0:00 / 0:00")).isFalse();
        assertThat(personField("Deutsch – Geschichte")).isFalse();
        assertThat(personField("Hostel reviews")).isFalse();
    }
}
