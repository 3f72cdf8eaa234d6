package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.showpage.model.LinkKind;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whether a token is a link, with or without a scheme, and its kind; how long any token takes to
 * read. Where a URL ends is {@link UrlEndsTest}'s, its host {@link UrlHostsTest}'s, generated URLs
 * {@link UrlPropertiesTest}'s. Inputs are our own; the peer suites run through the whole parser in
 * {@code dev.showpage.conformance}.
 */
class UrlsTest {

    @Nested
    class OtherSchemes {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "overcast://x-callback-url/add?url=https://harbour.fm/rss",
                    "pktc://subscribe/harbour.fm/rss",
                    "podcast://harbour.fm/rss",
                    "a://b",
                    "a+b-c://x",
                    "a.b://x",
                    "ABC://foo",
                    "itpc://harbour"
                })
        void needOnlySomethingAfterTheScheme(String url) {
            assertThat(Urls.trim(url)).isEqualTo(url);
            assertThat(Urls.hasHost(url)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"ab://", "ab://.", "ab://)"})
        void areBrokenWithNothingAfterTheScheme(String url) {
            assertThat(Urls.hasHost(Urls.trim(url))).isFalse();
        }

        @Test
        void endLikeWebLinks() {
            assertThat(Urls.trim("overcast://add?u=x).")).isEqualTo("overcast://add?u=x");
        }
    }

    @Nested
    class WithoutScheme {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "harbour.fm",
                    "harbour.com",
                    "www.harbour.fm/ep/12",
                    "t.co/abcde",
                    "bit.ly/abcde",
                    "harbour.co.jp",
                    "www.harbour.co.uk",
                    "MLB.tv",
                    "GOOGLE.COM",
                    "it.so",
                    "name.al-lastname.com",
                    "ELPAÍS.com",
                    "s.l.o.w.io",
                    "a-b.com",
                    "www.a--b.com",
                    "harbour.xxx",
                    "harbour.fm:8080/x",
                    "harbour.fm?ep=1",
                    "harbour.fm#notes",
                    "docs.harbour.md",
                    "www.readme.md",
                    "readme.md/raw",
                    "президент.рф",
                    "example.com/䨹x",
                    "w.org",
                    "ww.com",
                    "w3.harbour.org",
                    "wwwhat.harbour.com",
                    "WWW.HARBOUR.COM"
                })
        void areLinksWithAKnownDomain(String token) {
            assertThat(Urls.isLink(token)).as(token).isTrue();
            assertThat(Urls.hasHost(Urls.trim(token))).isTrue();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "harbour.baz",
                    "www.harbour.baz",
                    "harbour.comm",
                    "harbour.govedu",
                    "wwwww.harbour",
                    "Node.js",
                    "e.g",
                    "harbour.invalid",
                    "harbour.coma",
                    "tar.bz2",
                    "harbour.123",
                    "_harbour.com",
                    "harbour.com_",
                    "-harbour.com",
                    "harbour-.com",
                    "harbour_x.com",
                    "README.md",
                    "setup.py",
                    "install.sh",
                    "Lib.pm",
                    "file.pl",
                    "main.rs",
                    "episode.Today",
                    "done.New",
                    "end.Show",
                    "name@harbour.com",
                    "john.doe.gov@mail.com",
                    "harbour.fm:500000",
                    "harbour..com",
                    "https://harbour.fm",
                    "",
                    ".",
                    "ww.harbour.com",
                    "wwww.harbour.com",
                    "w.harbour.fm.com",
                    "WW.harbour.com"
                })
        void areWordsOtherwise(String token) {
            assertThat(Urls.isLink(token)).as(token).isFalse();
        }

        @Test
        void endLikeLinksWithAScheme() {
            assertThat(Urls.trim("harbour.fm/ep/12).")).isEqualTo("harbour.fm/ep/12");
            assertThat(Urls.trim("www.harbour.fm/ep/\"")).isEqualTo("www.harbour.fm/ep/");
            assertThat(Urls.trim("harbour.fm.")).isEqualTo("harbour.fm");
            assertThat(Urls.trim("harbour.fm:")).isEqualTo("harbour.fm");
        }

        @Test
        void haveTheirKindByHost() {
            assertThat(Urls.kind("twitter.com/ann")).isEqualTo(LinkKind.TWITTER);
            assertThat(Urls.kind("www.youtube.com/watch?v=1")).isEqualTo(LinkKind.YOUTUBE);
            assertThat(Urls.kind("youtu.be/1")).isEqualTo(LinkKind.YOUTUBE);
            assertThat(Urls.kind("github.com/ann")).isEqualTo(LinkKind.GITHUB);
            assertThat(Urls.kind("harbour.fm")).isEqualTo(LinkKind.WEBSITE);
        }
    }

    @Nested
    class Kinds {

        @ParameterizedTest
        @CsvSource({
            "https://twitter.com/ann, TWITTER",
            "https://mobile.twitter.com/ann, TWITTER",
            "https://x.com/ann, TWITTER",
            "https://max.com/ann, WEBSITE",
            "https://linkedin.com/in/ann, LINKEDIN",
            "https://www.linkedin.com/in/ann, LINKEDIN",
            "https://lnkd.in/abc, LINKEDIN",
            "https://github.com/ann, GITHUB",
            "https://gist.github.com/ann/1, GITHUB",
            "https://ann.github.io, WEBSITE",
            "https://youtube.com/@ann, YOUTUBE",
            "https://m.youtube.com/watch?v=1, YOUTUBE",
            "https://music.youtube.com/x, YOUTUBE",
            "https://youtu.be/1, YOUTUBE",
            "https://bsky.app/profile/ann.bsky.social, BLUESKY",
            "https://ann.bsky.social, BLUESKY",
            "https://instagram.com/ann, INSTAGRAM",
            "https://www.instagram.com/ann, INSTAGRAM",
            "https://facebook.com/ann, FACEBOOK",
            "https://fb.me/ann, FACEBOOK",
            "https://mastodon.social/@ann, MASTODON",
            "https://fosstodon.org/@ann, MASTODON",
            "https://hachyderm.io/@ann, MASTODON",
            "https://mastodon.harbour.fm/@ann, MASTODON",
            "https://mstdn.jp/@ann, MASTODON",
            "https://medium.com/@ann, WEBSITE",
            "https://harbour.fm, WEBSITE",
            "https://twitter.com.harbour.fm, WEBSITE",
            "HTTPS://TWITTER.COM/ANN, TWITTER",
            "https://git@github.com/ann, GITHUB",
            "https://ann@twitter.com:443/x, TWITTER",
        })
        void comeFromTheHost(String url, LinkKind kind) {
            assertThat(Urls.kind(url)).isEqualTo(kind);
        }
    }

    @Nested
    class LongTokens {

        /** Each token is read in one pass, however it is made: a page may hold a megabyte of it. */
        @ParameterizedTest
        @ValueSource(strings = {"http://a.", "http://a.com/", "a.", "http://a.com/x", "http://"})
        void takeLinearTime(String start) {
            String[] bodies = {
                "b".repeat(200_000) + "あ".repeat(200_000),
                "bあ".repeat(200_000),
                "'.".repeat(200_000),
                "(".repeat(200_000) + ")".repeat(200_000),
                "'".repeat(400_000),
                "x.".repeat(200_000),
                "a@".repeat(200_000),
                "a-".repeat(200_000) + "com"
            };
            assertTimeoutPreemptively(
                    Duration.ofSeconds(5),
                    () -> {
                        for (String body : bodies) {
                            String token = start + body;
                            Urls.trim(token);
                            Urls.isLink(token);
                            Urls.hasHost(token);
                            Urls.kind(token);
                        }
                    });
        }
    }

    /** The card reader reads a URL token once; what it asks must be what the trimmed URL says. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "app://:80?",
                "https://example.com.",
                "https://example.com/a_(b)).",
                "example.com/path,",
                "https://h.",
                "www.example.com/x?",
                "overcast://!",
                "pktc://x?."
            })
    void oneReadingOfATokenAnswersAsItsTrimmedUrlDoes(String token) {
        Urls.Url reading = Urls.read(token);
        String trimmed = Urls.trim(token);

        assertThat(reading.text()).isEqualTo(trimmed);
        assertThat(reading.textHasHost()).isEqualTo(Urls.hasHost(trimmed));
        assertThat(reading.kind()).isEqualTo(Urls.kind(trimmed));
    }
}
