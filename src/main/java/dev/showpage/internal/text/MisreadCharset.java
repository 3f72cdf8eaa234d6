package dev.showpage.internal.text;

/**
 * The single-byte character sets that UTF-8 text is most often decoded in by mistake, each as the
 * 128 characters it gives the bytes 0x80 to 0xFF (the lower half is ASCII in all of them). A page
 * whose UTF-8 bytes went through one of them shows "CafÃ©" for "Café"; encoding such characters
 * back into the set gives the UTF-8 bytes again.
 *
 * <p>The tables are those of the Unicode Consortium's mapping files (the JDK's {@code
 * windows-1252}, {@code windows-1257} and {@code x-MacRoman} charsets give the same), written out
 * because a runtime image need not hold the extended charsets.
 */
enum MisreadCharset {

    /**
     * Windows-1252 and ISO-8859-1 (Latin-1) at once: the five bytes Windows-1252 leaves undefined,
     * and all of 0x80 to 0x9F in Latin-1, decode to the C1 control of the same number, as browsers
     * and most decoders do, and no character stands for two bytes.
     */
    WINDOWS_1252(
            "Windows-1252",
            "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D"
                    + "\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122"
                    + "\u0161\u203A\u0153\u009D\u017E\u0178",
            true),

    /** Windows-1257, the Baltic set: an en dash shows as "ā€“". */
    WINDOWS_1257(
            "Windows-1257",
            "\u20AC\u0000\u201A\u0000\u201E\u2026\u2020\u2021\u0000\u2030\u0000\u2039\u0000\u00A8"
                    + "\u02C7\u00B8\u0000\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u0000\u2122"
                    + "\u0000\u203A\u0000\u00AF\u02DB\u0000\u00A0\u0000\u00A2\u00A3\u00A4\u0000"
                    + "\u00A6\u00A7\u00D8\u00A9\u0156\u00AB\u00AC\u00AD\u00AE\u00C6\u00B0\u00B1"
                    + "\u00B2\u00B3\u00B4\u00B5\u00B6\u00B7\u00F8\u00B9\u0157\u00BB\u00BC\u00BD"
                    + "\u00BE\u00E6\u0104\u012E\u0100\u0106\u00C4\u00C5\u0118\u0112\u010C\u00C9"
                    + "\u0179\u0116\u0122\u0136\u012A\u013B\u0160\u0143\u0145\u00D3\u014C\u00D5"
                    + "\u00D6\u00D7\u0172\u0141\u015A\u016A\u00DC\u017B\u017D\u00DF\u0105\u012F"
                    + "\u0101\u0107\u00E4\u00E5\u0119\u0113\u010D\u00E9\u017A\u0117\u0123\u0137"
                    + "\u012B\u013C\u0161\u0144\u0146\u00F3\u014D\u00F5\u00F6\u00F7\u0173\u0142"
                    + "\u015B\u016B\u00FC\u017C\u017E\u02D9",
            false),

    /** MacRoman, the old Macintosh set: "Café" shows as "Caf√©". */
    MAC_ROMAN(
            "MacRoman",
            "\u00C4\u00C5\u00C7\u00C9\u00D1\u00D6\u00DC\u00E1\u00E0\u00E2\u00E4\u00E3\u00E5\u00E7"
                    + "\u00E9\u00E8\u00EA\u00EB\u00ED\u00EC\u00EE\u00EF\u00F1\u00F3\u00F2\u00F4"
                    + "\u00F6\u00F5\u00FA\u00F9\u00FB\u00FC\u2020\u00B0\u00A2\u00A3\u00A7\u2022"
                    + "\u00B6\u00DF\u00AE\u00A9\u2122\u00B4\u00A8\u2260\u00C6\u00D8\u221E\u00B1"
                    + "\u2264\u2265\u00A5\u00B5\u2202\u2211\u220F\u03C0\u222B\u00AA\u00BA\u03A9"
                    + "\u00E6\u00F8\u00BF\u00A1\u00AC\u221A\u0192\u2248\u2206\u00AB\u00BB\u2026"
                    + "\u00A0\u00C0\u00C3\u00D5\u0152\u0153\u2013\u2014\u201C\u201D\u2018\u2019"
                    + "\u00F7\u25CA\u00FF\u0178\u2044\u20AC\u2039\u203A\uFB01\uFB02\u2021\u00B7"
                    + "\u201A\u201E\u2030\u00C2\u00CA\u00C1\u00CB\u00C8\u00CD\u00CE\u00CF\u00CC"
                    + "\u00D3\u00D4\uF8FF\u00D2\u00DA\u00DB\u00D9\u0131\u02C6\u02DC\u00AF\u02D8"
                    + "\u02D9\u02DA\u00B8\u02DD\u02DB\u02C7",
            false);

    private final String displayName;

    /** The 128 characters of bytes 0x80 to 0xFF; U+0000 where the set defines none. */
    private final String upperHalf;

    /** The byte (0x80 to 0xFF) each character encodes to, by character; 0 for none. */
    private final byte[] byteOf = new byte[0x10000];

    MisreadCharset(String displayName, String table, boolean latin1Above) {
        this.displayName = displayName;
        // Windows-1252's upper half from 0xA0 on is Latin-1's: the table lists only 0x80 to 0x9F.
        StringBuilder half = new StringBuilder(table);
        for (int c = 0xA0; latin1Above && c <= 0xFF; c++) {
            half.append((char) c);
        }
        this.upperHalf = half.toString();
        for (int i = 0; i < 128; i++) {
            char c = upperHalf.charAt(i);
            if (c != 0) {
                byteOf[c] = (byte) (0x80 + i);
            }
        }
        if (latin1Above) {
            for (int c = 0x80; c <= 0x9F; c++) {
                if (byteOf[c] == 0) {
                    byteOf[c] = (byte) c; // a Latin-1 decoder's C1 control
                }
            }
        }
    }

    /** "Windows-1252", as a message names the set. */
    String displayName() {
        return displayName;
    }

    /** The byte (0x80 to 0xFF) that {@code c} encodes to in this set, or -1 when it has none. */
    int byteOf(char c) {
        byte b = byteOf[c];
        return b == 0 ? -1 : b & 0xFF;
    }

    /** The character this set decodes byte {@code b} (0x80 to 0xFF) to, or U+0000 for none. */
    char charOf(int b) {
        return upperHalf.charAt(b - 0x80);
    }
}
