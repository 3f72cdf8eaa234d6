package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where a token's URL ends: sentence punctuation, brackets and quotes around it, characters no URL
 * holds, and t.co links glued to what follows.
 */
class UrlEndsTest {

    @Nested
    class SentencePunctuation {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    ".", ",", ";", ":", "!", "?", "*", "...", "!!!", "?!", ".)", "\u2026", ",,,,,,",
                    "'", "'.", "\u2019", "**"
                })
        void isNotPartOfTheUrl(String end) {
            assertThat(Urls.trim("https://harbour.fm/ep/12" + end))
                    .isEqualTo("https://harbour.fm/ep/12");
        }

        @Test
        void insideThePathItStays() {
            assertThat(Urls.trim("https://harbour.fm/a,b;c:d!e?f=1.2"))
                    .isEqualTo("https://harbour.fm/a,b;c:d!e?f=1.2");
            assertThat(Urls.trim("https://harbour.fm/tides/."))
                    .isEqualTo("https://harbour.fm/tides/");
            assertThat(Urls.trim("https://harbour.fm/tide.table./"))
                    .isEqualTo("https://harbour.fm/tide.table./");
            assertThat(Urls.trim("https://harbour.fm/v1.2...v1.3"))
                    .isEqualTo("https://harbour.fm/v1.2...v1.3");
        }

        @Test
        void aDashOrPlusEndsPathsAndStays() {
            assertThat(Urls.trim("https://harbour.fm/knots-"))
                    .isEqualTo("https://harbour.fm/knots-");
            assertThat(Urls.trim("https://harbour.fm/knots+"))
                    .isEqualTo("https://harbour.fm/knots+");
            assertThat(Urls.trim("https://harbour.fm/knots-."))
                    .isEqualTo("https://harbour.fm/knots-");
        }

        @Test
        void aQuestionMarkWithNothingAfterItEndsTheSentence() {
            assertThat(Urls.trim("http://localhost:8000?")).isEqualTo("http://localhost:8000");
            assertThat(Urls.trim("https://harbour.fm/?")).isEqualTo("https://harbour.fm/");
            assertThat(Urls.trim("https://harbour.fm?#tide")).isEqualTo("https://harbour.fm?#tide");
        }

        @Test
        void aColonAfterTheHostIsNoPort() {
            assertThat(Urls.trim("https://harbour.fm: the show")).isEqualTo("https://harbour.fm");
            assertThat(Urls.trim("https://harbour.fm:")).isEqualTo("https://harbour.fm");
            assertThat(Urls.trim("https://harbour.fm:8080/x"))
                    .isEqualTo("https://harbour.fm:8080/x");
        }

        @Test
        void aFullStopAfterTheHostEndsTheSentence() {
            assertThat(Urls.trim("https://harbour.fm.")).isEqualTo("https://harbour.fm");
            assertThat(Urls.trim("harbour.fm...")).isEqualTo("harbour.fm");
        }
    }

    @Nested
    class Brackets {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "https://en.example.org/wiki/Lamp_(film)|https://en.example.org/wiki/Lamp_(film)",
                    "https://en.example.org/wiki/Lamp_(film))|https://en.example.org/wiki/Lamp_(film)",
                    "https://en.example.org/wiki/Lamp_(film)).|https://en.example.org/wiki/Lamp_(film)",
                    "https://harbour.fm/a[b]|https://harbour.fm/a[b]",
                    "https://harbour.fm/a{b}|https://harbour.fm/a{b}",
                    "https://harbour.fm/a(b[c]d)|https://harbour.fm/a(b[c]d)",
                    "https://harbour.fm/)|https://harbour.fm/",
                    "https://harbour.fm/]()|https://harbour.fm/",
                    "https://harbour.fm/a(b]|https://harbour.fm/a(b",
                    "https://harbour.fm/(|https://harbour.fm/",
                    "https://harbour.fm/(.|https://harbour.fm/",
                    "https://harbour.fm)|https://harbour.fm",
                    "https://harbour.fm/.)|https://harbour.fm/",
                    "https://docs.example.com]|https://docs.example.com",
                })
        void closeOnlyWhatTheUrlOpened(String token, String url) {
            assertThat(Urls.trim(token)).isEqualTo(url);
        }

        @Test
        void aMarkdownLinkEndsAtItsBracket() {
            // "[the show](https://harbour.fm/ep)[notes](https://harbour.fm/notes)": the lexer's
            // token starts after "(" and runs on.
            assertThat(Urls.trim("https://harbour.fm/ep)[notes](https://harbour.fm/notes)"))
                    .isEqualTo("https://harbour.fm/ep");
            assertThat(Urls.trim("https://harbour.fm)[mail](mailto:ann@harbour.fm)"))
                    .isEqualTo("https://harbour.fm");
        }
    }

    @Nested
    class Quotes {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                quoteCharacter = '~',
                value = {
                    "https://harbour.fm/'|https://harbour.fm/",
                    "https://harbour.fm/it's|https://harbour.fm/it's",
                    "https://harbour.fm/'a'|https://harbour.fm/'a'",
                    "https://harbour.fm/''|https://harbour.fm/''",
                    "https://harbour.fm/'''|https://harbour.fm/''",
                    "https://harbour.fm/'.|https://harbour.fm/",
                    "https://harbour.fm/\u2019s|https://harbour.fm/\u2019s",
                    "https://harbour.fm/x\u2019|https://harbour.fm/x",
                })
        void aSingleQuoteStaysWhenItClosesOneInTheUrl(String token, String url) {
            assertThat(Urls.trim(token)).isEqualTo(url);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "\"", "\">", "\"/>", "\");", "\u201D", "\u201D.", "`", "`code`", "<", ">",
                    "<br>", "</a>", "<>"
                })
        void doubleQuotesBackticksAndAngleBracketsEndIt(String end) {
            assertThat(Urls.trim("https://harbour.fm/ep" + end)).isEqualTo("https://harbour.fm/ep");
        }
    }

    @Nested
    class CharactersNoUrlHolds {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    " ", "\t", "\n", "\r", "\u00A0", "\u2003", "\u3000", "\u2028", "\u0000",
                    "\u007F", "\u0085", "\u009F", "\u200B", "\uFEFF", "\u200E", "\u202C", "\u2069"
                })
        void endItWherever(String stop) {
            assertThat(Urls.trim("https://harbour.fm/ep" + stop + "more"))
                    .isEqualTo("https://harbour.fm/ep");
        }

        @Test
        void cjkTextAndPunctuationEndThePath() {
            assertThat(Urls.trim("https://harbour.fm/ep/これは")).isEqualTo("https://harbour.fm/ep/");
            assertThat(Urls.trim("harbour.fm/path中国語")).isEqualTo("harbour.fm/path");
            assertThat(Urls.trim("https://harbour.fm/ep。")).isEqualTo("https://harbour.fm/ep");
            assertThat(Urls.trim("https://harbour.fm/ep、more")).isEqualTo("https://harbour.fm/ep");
            assertThat(Urls.trim("https://harbour.fm/ep\uFF5Cbar"))
                    .isEqualTo("https://harbour.fm/ep");
            assertThat(Urls.trim("https://harbour.fm/한국")).isEqualTo("https://harbour.fm/");
        }

        @Test
        void otherScriptsStayInThePath() {
            assertThat(Urls.trim("https://harbour.fm/Русские_слова"))
                    .isEqualTo("https://harbour.fm/Русские_слова");
            assertThat(Urls.trim("https://harbour.fm/ä¡¢")).isEqualTo("https://harbour.fm/ä¡¢");
            assertThat(Urls.trim("https://harbour.fm/Hatfield\u2013McCoy"))
                    .isEqualTo("https://harbour.fm/Hatfield\u2013McCoy");
            assertThat(Urls.trim("https://harbour.fm/പോലൊരാള്\u200D.html"))
                    .isEqualTo("https://harbour.fm/പോലൊരാള്\u200D.html");
            assertThat(Urls.trim("https://harbour.fm/\uD83C\uDF0A"))
                    .isEqualTo("https://harbour.fm/\uD83C\uDF0A");
        }

        @Test
        void aKnownDomainRunningIntoCjkTextEndsTheHost() {
            assertThat(Urls.trim("http://harbour.comだよね.comtest/x"))
                    .isEqualTo("http://harbour.com");
            assertThat(Urls.trim("harbour.jp日本語")).isEqualTo("harbour.jp");
            // An unknown ending does not cut: the whole name is the host (and a CJK host is fine).
            assertThat(Urls.trim("http://harbourこれ.com/x")).isEqualTo("http://harbourこれ.com/x");
            assertThat(Urls.trim("http://ああ.com")).isEqualTo("http://ああ.com");
            // The first label is never a top-level domain.
            assertThat(Urls.trim("http://shopこれ.com")).isEqualTo("http://shopこれ.com");
        }
    }

    @Nested
    class TcoLinks {

        @ParameterizedTest
        @ValueSource(strings = {"'s", "-", ";", ":", "+c", ".x", "#a", "/more", "\u00E9"})
        void endAfterTheirSlug(String glued) {
            assertThat(Urls.trim("http://t.co/pbY2NfTZ" + glued)).isEqualTo("http://t.co/pbY2NfTZ");
            assertThat(Urls.trim("t.co/pbY2NfTZ" + glued)).isEqualTo("t.co/pbY2NfTZ");
        }

        @Test
        void keepTheirQuery() {
            assertThat(Urls.trim("https://t.co/Uq1?amp=1")).isEqualTo("https://t.co/Uq1?amp=1");
            assertThat(Urls.trim("https://t.co/Uq1?a=b&c=d."))
                    .isEqualTo("https://t.co/Uq1?a=b&c=d");
        }

        @Test
        void haveSlugsOfFortyCharactersAtMost() {
            String forty = "abcdefghijklmnopqrstuvwxyz0123456789ABCD";
            assertThat(Urls.hasHost("http://t.co/" + forty)).isTrue();
            assertThat(Urls.hasHost("http://t.co/" + forty + "E")).isFalse();
        }
    }
}
