package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * UTF-8 decoded in the wrong set is repaired, and accented text as it stands never is. The garbled
 * variants are made here: real words of many languages with quotes, dashes and emoji, encoded in
 * UTF-8 and decoded in each set, on lines of made-up episode notes (seeded, so each run is the
 * same).
 */
class MojibakeTest {

    /** Words with characters outside ASCII, from many languages, and typography. */
    private static final List<String> WORDS =
            List.of(
                    "Café",
                    "naïve",
                    "déjà",
                    "Söderström",
                    "Ñandú",
                    "Ærø",
                    "Kraków",
                    "Łódź",
                    "żółć",
                    "Straße",
                    "Über",
                    "façade",
                    "São",
                    "Dvořák",
                    "škoda",
                    "smörgåsbord",
                    "mañana",
                    "crème",
                    "brûlée",
                    "Øresund",
                    "jalapeño",
                    "Málaga",
                    "Zürich",
                    "Ελλάδα",
                    "Привет",
                    "Москва",
                    "日本語",
                    "don’t",
                    "“quoted”",
                    "it’s",
                    "—",
                    "–",
                    "…",
                    "😀",
                    "🎙",
                    "™",
                    "€10",
                    "→",
                    "•",
                    "cœur",
                    "Þórr",
                    "İstanbul",
                    "çağ",
                    "Rīga",
                    "Šiauliai",
                    "ąžuolas",
                    "Gdańsk",
                    "Ĺubica",
                    "résumé",
                    "ÉCOLE",
                    "CAFÉ",
                    "ÜBER",
                    "ŻÓŁW",
                    "Österreich",
                    "Ålesund",
                    "Éric",
                    "Ça",
                    "Ahmed’s",
                    "1–2",
                    "x²",
                    "°C",
                    "½",
                    "naïveté",
                    "Fußball",
                    "Øystein",
                    "piñata",
                    "Bogotá",
                    "Ærlig",
                    "Čapek",
                    "Ørsted",
                    "Émilie",
                    "Zoë",
                    "Beyoncé",
                    "Motörhead",
                    "façon",
                    "coöperate",
                    "Hà",
                    "Nội");

    /** UTF-8 bytes read as each set: the garbled text, or null when a byte has no character. */
    private static String misread(String text, String charset) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (charset.equals("Latin-1")) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        MisreadCharset set = MisreadCharset.valueOf(charset);
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            int v = b & 0xFF;
            char c = v < 0x80 ? (char) v : set.charOf(v);
            if (c == 0) {
                return null;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The words a set can carry garbled: MacRoman's only where their lead bytes are symbols. */
    private static boolean carries(String charset, String word) {
        if (!charset.equals("MAC_ROMAN")) {
            return true;
        }
        for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
            int v = b & 0xFF;
            if (v >= 0xC0 && !(v <= 0xC5 || v == 0xE2 || v == 0xF0)) {
                return false;
            }
        }
        return true;
    }

    static Stream<Arguments> garbledLines() {
        List<Arguments> cases = new ArrayList<>();
        for (String charset : List.of("WINDOWS_1252", "Latin-1", "WINDOWS_1257", "MAC_ROMAN")) {
            Random random = new Random(charset.hashCode());
            List<String> words = WORDS.stream().filter(w -> carries(charset, w)).toList();
            IntStream.range(0, 60)
                    .forEach(
                            n -> {
                                String a = words.get(random.nextInt(words.size()));
                                String b = words.get(random.nextInt(words.size()));
                                String line =
                                        switch (n % 4) {
                                            case 0 -> "Episode " + n + " – " + a + " and " + b;
                                            case 1 -> a + ", " + b + ": what " + a + " means";
                                            case 2 -> "(" + a + ") " + b + "!";
                                            default -> a + b + " " + n;
                                        };
                                if (misread(line, charset) != null) {
                                    cases.add(Arguments.of(charset, line));
                                }
                            });
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("garbledLines")
    void garbledTextReadsAsWritten(String charset, String line) {
        String garbled = misread(line, charset);
        String text = "Notes\n" + garbled + "\nThe end\n";

        TextDamage damage = TextDamage.find(text);

        assertThat(Repaired.apply(text, damage)).isEqualTo("Notes\n" + line + "\nThe end\n");
        int firstChange = 0;
        while (garbled.charAt(firstChange) == line.charAt(firstChange)) {
            firstChange++;
        }
        assertThat(damage.reports())
                .extracting(
                        TextDamage.Report::kind, TextDamage.Report::line, TextDamage.Report::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                TextDamage.Kind.MOJIBAKE, 2, firstChange + 1));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Söderström, Ñandú, Ærø, naïve, déjà vu",
                "JÄRVENPÄÄ” and “OLÉ”, CAFÉ’S, PERCHÈ’",
                "Ç’a été «donné…» à Paris",
                "Il l’a dit : « voilà »",
                "C’est l’été à Montréal, où ça va — très bien…",
                "Grüß Gott! Fuß… heiß” Straße–Weg",
                "IRMÃ” e SÃO PAULO, JOÃO",
                "ŁÓDŹ, Łódź, żółć, Gdańsk, Dvořák, Škoda",
                "Rīga, Šiauliai, ąžuolas, Ērgļi, Ģirts, ķēde",
                "Ærø, Øresund, smørrebrød, Ålesund, Ærlig",
                "Ελλάδα, Привет мир, 日本語のテキスト, 한국어",
                "¿Qué pasó? ¡Olé! año 2025 — señor Muñoz",
                "© 2025 ™ ® ½ ¼ ¾ ° ± × ÷ µ ¶ § « » ‹ › „ “ ” ‘ ’",
                "x ≈ y, √2, ∆t, ƒ(x), ¬p, 5 € – 10 €",
                "Việt Nam, Hà Nội, Đà Nẵng, Nguyễn",
                "İstanbul, çağ, şeker, ğ, ı, Ö, Ü",
                "Zoë, Beyoncé, Motörhead, coöperate, naïveté",
                "ÉCOLE ÉTÉ…  DÉJÀ  VU’S",
                "Ñ”, Ø–, Ü», Ö’s, ß…, ×½, Þ–",
                "„Äpfel“ und ‚Birnen‘",
            })
    void realTextIsLeftAlone(String line) {
        assertThat(TextDamage.find("Notes\n" + line + "\n").repairs()).isEmpty();
    }

    /**
     * The letters of some languages' words (ASCII and their accented ones), from their alphabets:
     * French, German, Spanish, Portuguese, Polish, Czech, Danish and Norwegian, Swedish and
     * Finnish, Latvian, Lithuanian, Hungarian, Icelandic, Turkish.
     */
    private static final List<String> ALPHABETS =
            List.of(
                    "aeioulnrstcmpéèêëàâîïôûùüÿçœæ",
                    "aeioulnrstchmgäöüß",
                    "aeioulnrstcdmpáéíóúñü",
                    "aeioulnrstcdmpáâãàçéêíóôõú",
                    "aeioulnrstcdmpąćęłńóśźż",
                    "aeioulnrstcdmpáčďéěíňóřšťúůýž",
                    "aeioulnrstdgkæøå",
                    "aeioulnrstdgkäöå",
                    "aeioulnrstdgkāčēģīķļņšūž",
                    "aeioulnrstdgkąčęėįšųūž",
                    "aeioulnrstdgkáéíóöőúüű",
                    "aeioulnrstdgkáéíóúýðþæö",
                    "aeioulnrstdgkçğıöşü");

    /** Made-up words of one language's letters, in every case, with punctuation round them. */
    static Stream<String> madeUpWords() {
        String around = "’”»…–—«“‘„ \u00A0.,;:!?()";
        Random random = new Random(20_251_203);
        return IntStream.range(0, 600)
                .mapToObj(
                        n -> {
                            String letters = ALPHABETS.get(random.nextInt(ALPHABETS.size()));
                            StringBuilder word = new StringBuilder();
                            word.append(around.charAt(random.nextInt(around.length())));
                            int length = 2 + random.nextInt(8);
                            for (int i = 0; i < length; i++) {
                                word.append(letters.charAt(random.nextInt(letters.length())));
                            }
                            word.append(around.charAt(random.nextInt(around.length())));
                            word.append(around.charAt(random.nextInt(around.length())));
                            String w = word.toString();
                            return switch (n % 3) {
                                case 0 -> w;
                                case 1 -> w.toUpperCase(java.util.Locale.ROOT);
                                default ->
                                        w.charAt(0)
                                                + w.substring(1, 2)
                                                        .toUpperCase(java.util.Locale.ROOT)
                                                + w.substring(2);
                            };
                        });
    }

    @ParameterizedTest
    @MethodSource("madeUpWords")
    void madeUpAccentedWordsAreLeftAlone(String word) {
        assertThat(TextDamage.find("Notes: " + word + " end\n").repairs()).isEmpty();
    }

    @Test
    void theRepairKeepsItsPlaceAndSaysWhatItRead() {
        TextDamage damage = TextDamage.find("Intro\nCafÃ© owner â€“ 05:10\n");

        assertThat(damage.repairs())
                .extracting(
                        TextDamage.Repair::start,
                        TextDamage.Repair::end,
                        TextDamage.Repair::replacement)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(9, 11, "é"),
                        org.assertj.core.groups.Tuple.tuple(18, 21, "–"));
        // A letter continues its word through the fill; a dash stands apart from it.
        assertThat(damage.repairs())
                .extracting(TextDamage.Repair::fill)
                .containsExactly(TextDamage.Fill.JOINED, TextDamage.Fill.SILENT);
        assertThat(damage.reports())
                .singleElement()
                .satisfies(
                        r -> {
                            assertThat(r.line()).isEqualTo(2);
                            assertThat(r.column()).isEqualTo(4);
                            assertThat(r.message())
                                    .contains("'CafÃ©' read as 'Café'")
                                    .contains("1 more");
                        });
    }

    @Test
    void aLongGarbledWordIsRepairedInLinearTime() {
        String line = "CafÃ©".repeat(100_000) + "\n";

        long start = System.nanoTime();
        TextDamage damage = TextDamage.find(line);

        assertThat(damage.repairs()).hasSize(100_000);
        assertThat(damage.reports()).hasSize(1);
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    @Test
    void anOpeningQuoteBeforeAWordLeavesNoFillToStartOne() {
        TextDamage damage = TextDamage.find("â€˜Tis and donâ€˜t\n");

        assertThat(damage.repairs())
                .extracting(TextDamage.Repair::replacement, TextDamage.Repair::fill)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("\u2018", TextDamage.Fill.SILENT),
                        org.assertj.core.groups.Tuple.tuple("\u2018", TextDamage.Fill.JOINED));
    }

    @Test
    void aControlCharacterInTheMessageIsWrittenAsAnEscape() {
        TextDamage damage = TextDamage.find("ZAÅ\u0081OÅ»ENIA\n");

        assertThat(Repaired.apply("ZAÅ\u0081OÅ»ENIA\n", damage)).isEqualTo("ZAŁOŻENIA\n");
        assertThat(damage.reports().get(0).message())
                .contains("ZAÅ\\u0081O")
                .doesNotContain("\u0081");
    }

    @Test
    void theTablesAreTheCharsetsOfTheJdkWhereItHasThem() {
        for (MisreadCharset set : MisreadCharset.values()) {
            String name =
                    switch (set) {
                        case WINDOWS_1252 -> "windows-1252";
                        case WINDOWS_1257 -> "windows-1257";
                        case MAC_ROMAN -> "x-MacRoman";
                    };
            if (!java.nio.charset.Charset.isSupported(name)) {
                continue;
            }
            java.nio.charset.Charset jdk = java.nio.charset.Charset.forName(name);
            for (int b = 0x80; b <= 0xFF; b++) {
                String decoded = new String(new byte[] {(byte) b}, jdk);
                char ours = set.charOf(b);
                if (decoded.charAt(0) != '\uFFFD') {
                    assertThat(ours).as("%s byte %x", set, b).isEqualTo(decoded.charAt(0));
                    assertThat(set.byteOf(ours)).isEqualTo(b);
                }
            }
        }
    }
}
