package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which hosts a URL may name, and the host a URL gives: lower case, without user info. */
class UrlHostsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://harbour.fm",
                "http://a.b.cd",
                "https://x.com/a",
                "http://sub_domain-dash.harbour.com",
                "http://a_b.c-d.com",
                "http://a---b.com/",
                "http://5b0ee2--lounge.netlify.com/docs/",
                "https://harbour.c0m.fm",
                "HTTP://HARBOUR.FM",
                "http://ああ.com",
                "http://✪df.ws/x",
                "http://harbour.みんな/",
                "http://harbour.پاکستان/",
                "http://xn--ls8h.XN--ls8h.la/",
                "http://xn--4gbrim.xn----ymcbaaajlc6dj7bxne2c.xn--wgbh1c/",
                "http://www.bürgerentscheid-krankenhäuser.de",
                "https://harbour.invalid",
                "http://localhost",
                "http://LOCALHOST:8000/x",
                "http://172.26.142.48/x",
                "http://harbour.fm:8080",
                "http://user:pass@harbour.fm:8080",
                "https://git@github.com/mara/lamps",
                "ftp://files.harbour.fm",
                "http://a.in"
            })
    void areUsable(String url) {
        assertThat(Urls.hasHost(Urls.trim(url))).as(url).isTrue();
        assertThat(Urls.trim(url)).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://",
                "https://h",
                "http://no-tld",
                "http://harbour.c",
                "https://.com/lamps",
                "http://.harbour.com",
                "http://harbour..com",
                "http://-harbour.com",
                "http://harbour-.com",
                "http://-lead.harbour.com",
                "http://lead.-harbour.com",
                "http://trail-.harbour.com",
                "http://_lead.harbour.com",
                "http://lead._harbour.com",
                "http://trail_.harbour.com",
                "http://harbour_.com",
                "http://harbour_under.com",
                "http://harbour.c_o_m",
                "http://harbour.com_",
                "http://dash_23.foo-cow_4352.com",
                "http://harbour.com-and-more",
                "http://harbour.123",
                "http://xn--はじめよう.com/x",
                "http://harbour.xn--",
                "http://#",
                "http://?",
                "http://..",
                "http://1.2.3.400",
                "http://harbour.fm:500000",
                "http://harbour.fm:99999"
            })
    void areNot(String url) {
        assertThat(Urls.hasHost(Urls.trim(url))).as(url).isFalse();
    }

    @Test
    void haveLabelsOfSixtyThreeCharactersAtMost() {
        String label = "a".repeat(63);
        assertThat(Urls.hasHost("http://" + label + ".com")).isTrue();
        assertThat(Urls.hasHost("http://" + label + "a.com")).isFalse();
        assertThat(Urls.hasHost("http://" + "あ".repeat(64) + ".com")).isFalse();
    }

    @Test
    void haveTwoHundredFiftyThreeCharactersAtMost() {
        String name = ("a".repeat(49) + ".").repeat(5);
        assertThat(Urls.hasHost("http://" + name + "com")).isTrue(); // 250 + 3
        assertThat(Urls.hasHost("http://a" + name + "com")).isFalse();
    }

    @Test
    void userInfoIsNotTheHost() {
        assertThat(Urls.host("https://git@github.com/mara/lamps")).isEqualTo("github.com");
        assertThat(Urls.host("http://user:pa$$@harbour.fm:8080/x")).isEqualTo("harbour.fm");
        // The '@' of a later e-mail is not user info: brackets are no user info characters.
        assertThat(Urls.host("https://harbour.fm)[m](mailto:ann@mail.fm)")).isEqualTo("harbour.fm");
        assertThat(Urls.host("https://harbour.fm/@ann")).isEqualTo("harbour.fm");
    }

    @Test
    void areLowerCaseWithoutWww() {
        assertThat(Urls.host("https://WWW.Harbour.FM/Ep")).isEqualTo("harbour.fm");
        assertThat(Urls.host("https://m.youtube.com/x")).isEqualTo("youtube.com");
        assertThat(Urls.host("https://mobile.twitter.com/x")).isEqualTo("twitter.com");
        assertThat(Urls.host("www.harbour.fm/ep")).isEqualTo("harbour.fm");
        assertThat(Urls.host("harbour.fm")).isEqualTo("harbour.fm");
        assertThat(Urls.host("https://")).isEmpty();
    }
}
