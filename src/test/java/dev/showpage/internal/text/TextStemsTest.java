package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.CharBuffer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stem prefilter read in place, which folds case a character at a time, holds a stem exactly
 * where the lower-cased copy of the text does: made-up rows in the seven languages, with capitals,
 * accents, a dotted capital I, capital sigmas, emoji, a Kelvin sign and signs; read as a string and
 * as a view of characters.
 */
class TextStemsTest {

    private static final List<String> STEMS =
            List.of(
                    "guests",
                    "invit",
                    "gäste",
                    "with us",
                    "con nosotr",
                    "bei uns",
                    "visit",
                    "aired",
                    "ausgestrahlt",
                    "uitgezonden",
                    "i\u0307s",
                    "k",
                    "\u03c3\u03bf",
                    "");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "This week our GUESTS are Mara Quill and Oskar Lind.",
                "Unsere Gäste heute: Jonas Weber und Lea Brandt.",
                "UNSERE GÄSTE HEUTE",
                "We have Ana Gil WITH US today.",
                "Hoy está con nosotros Lucía Prado.",
                "Heute bei uns: Jonas Weber",
                "Tom Reed visits the studio",
                "First AIRED on the radio in 1998",
                "Zuerst AUSGESTRAHLT im Radio",
                "Eerder UITGEZONDEN op de radio",
                "Odile nous rend VİSİT",
                "İstanbul'da konuşuyoruz: VİSİT",
                "VİS yeni",
                "ΣΟΦΙΑ και ΣΟ",
                "ΟΔΟΣ σο",
                "The \u212Aelvin sign and Kilo",
                "🎙️ Guests 🎧 with us ▶",
                "With 🎙 us, not with us",
                "Guest",
                "g",
                "",
                "Noch nichts davon",
                "Invité·e·s : Mara Quill",
                "Sans invités ce soir",
            })
    void holdsAStemWhereTheLowerCasedCopyDoes(String text) {
        for (String stem : STEMS) {
            boolean expected = text.toLowerCase(Locale.ROOT).contains(stem);
            assertThat(TextStems.anyInPlace(text, List.of(stem))).as(stem).isEqualTo(expected);
            assertThat(TextStems.anyInPlace(CharBuffer.wrap(text.toCharArray()), List.of(stem)))
                    .as(stem)
                    .isEqualTo(expected);
        }
        boolean any =
                STEMS.subList(0, 12).stream().anyMatch(text.toLowerCase(Locale.ROOT)::contains);
        assertThat(TextStems.anyInPlace(text, STEMS.subList(0, 12))).isEqualTo(any);
        assertThat(TextStems.anyInLowerCased(text.toLowerCase(Locale.ROOT), STEMS.subList(0, 12)))
                .isEqualTo(any);
    }
}
