package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A name printed as a name of its own: not inside a word, nor in a longer name of capitalised
 * words; read as the pattern that says so reads it, with letters and numbers of any script.
 */
class PrintedAloneTest {

    /** What the name must not touch, as a pattern: the reading the method must keep. */
    private static Pattern alone(String name) {
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?<!\\p{Lu}\\p{L}{0,30} )"
                        + Pattern.quote(name)
                        + "(?![\\p{L}\\p{N}])(?! \\p{Lu})");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Port|Port|true",
                "Port|the Port is open|true",
                "Port|Night Port|false",
                "Port|Port Radio|false",
                "Port|Port radio|true",
                "Port|Portland|false",
                "Port|Newport|false",
                "Port|(Port)|true",
                "Port|²Port|false",
                "Port|Port½|false",
                "Port|Ⅻ Port|true",
                "Port|Ába Port|false",
                "Port|ába Port|true",
                "Port|Night Port, then Port again|true",
                "Port|Night Port and Port Radio|false",
                "Port|`A bcdefghijklmnopqrstuvwxyzabcde Port`|true",
                "Port|`Abcdefghijklmnopqrstuvwxyzabcde Port`|false",
                "Port|`Abcdefghijklmnopqrstuvwxyzabcdef Port`|true",
                "Port|`Ab-cd Port`|true",
                "Port|`𝐀bc Port`|false",
                "Port|`𝐀 Port`|false",
                "Port|`x𝐚Port`|true", // one character back is half a pair: no letter
                "Port|`Port 𝐀`|false",
                "Port|`Port𝐚`|false",
                "Night Port|Night Port is on|true",
                "Night Port|Late Night Port|false",
                // a name above U+FFFF is read by code point: one code point back, 32 in the window
                "Night 🌙 Port|The podcast “Night 🌙 Port” is back|true",
                "Night 🌙 Port|Fans of 𠀀Night 🌙 Port will be glad|false",
                "Night 🌙 Port|`x𝐚Night 🌙 Port`|false",
                "Night 🌙 Port|`Late Night 🌙 Port`|false",
                "𝐀b|`𝒜𝐀b`|false",
                "𝐀b|`(𝐀b)`|true",
                "𝐀b|`𝐀bc 𝐀b, 𝐀b`|true",
                "Port|`𝐀𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛 Port`|true",
                "Port 🌙|`𝐀𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛 Port 🌙`|false",
                "Port 🌙|`𝐀𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛 Port"
                        + " 🌙`|false",
                "Port 🌙|`𝐀𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛 Port"
                        + " 🌙`|true"
            })
    void aNameStandsAloneOrNot(String name, String text, boolean alone) {
        assertThat(PrintedAlone.printsAlone(text, name)).isEqualTo(alone);
        assertThat(alone(name).matcher(text).find()).isEqualTo(alone);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void madeUpLinesReadAsThePatternReadsThem(long seed) {
        String[] pieces = {
            "P",
            "o",
            "r",
            "t",
            "Po",
            "Port",
            "Port",
            " ",
            " ",
            "N",
            "a",
            "x",
            "É",
            "é",
            "1",
            "²",
            "-",
            "𝐀",
            "𝐚",
            "\uD835",
            "\uDC00",
            "ſ",
            "Abcdefghijklmnopqrstuvwxyzabcd",
            ",",
            "🌙",
            "𠀀",
            "𐐀",
            "b",
            "𝐀b",
            "Night 🌙 Port",
            "Port 🌙",
            "𝐀𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛",
            "𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛𝐛"
        };
        Random random = new Random(seed);
        for (String name :
                new String[] {
                    "Port",
                    "Po",
                    "Port a",
                    "Night 🌙 Port",
                    "Port 🌙",
                    "𝐀b",
                    "🌙",
                    "\uDC00🌙",
                    "🌙\uD835"
                }) {
            Pattern alone = alone(name);
            for (int line = 0; line < 20000; line++) {
                StringBuilder text = new StringBuilder();
                int count = 1 + random.nextInt(12);
                for (int p = 0; p < count; p++) {
                    text.append(pieces[random.nextInt(pieces.length)]);
                }
                String t = text.toString();
                assertThat(PrintedAlone.printsAlone(t, name))
                        .as("%s in %s", name, t)
                        .isEqualTo(alone.matcher(t).find());
            }
        }
    }
}
