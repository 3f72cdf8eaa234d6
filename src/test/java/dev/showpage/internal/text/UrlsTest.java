package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.showpage.internal.episode.Hosts;
import dev.showpage.model.LinkKind;
import java.time.Duration;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where a token's URL ends, whether it is a link, its host and its kind. Inputs are our own; the
 * peer suites run through the whole parser in {@code dev.showpage.conformance}.
 */
class UrlsTest {

  @Nested
  class SentencePunctuation {

    @ParameterizedTest
    @ValueSource(strings = {".", ",", ";", ":", "!", "?", "*", "...", "!!!", "?!", ".)", "\u2026",
        ",,,,,,", "'", "'.", "\u2019", "**"})
    void isNotPartOfTheUrl(String end) {
      assertThat(Urls.trim("https://harbour.fm/ep/12" + end)).isEqualTo("https://harbour.fm/ep/12");
    }

    @Test
    void insideThePathItStays() {
      assertThat(Urls.trim("https://harbour.fm/a,b;c:d!e?f=1.2")).isEqualTo("https://harbour.fm/a,b;c:d!e?f=1.2");
      assertThat(Urls.trim("https://harbour.fm/tides/.")).isEqualTo("https://harbour.fm/tides/");
      assertThat(Urls.trim("https://harbour.fm/tide.table./")).isEqualTo("https://harbour.fm/tide.table./");
      assertThat(Urls.trim("https://harbour.fm/v1.2...v1.3")).isEqualTo("https://harbour.fm/v1.2...v1.3");
    }

    @Test
    void aDashOrPlusEndsPathsAndStays() {
      assertThat(Urls.trim("https://harbour.fm/knots-")).isEqualTo("https://harbour.fm/knots-");
      assertThat(Urls.trim("https://harbour.fm/knots+")).isEqualTo("https://harbour.fm/knots+");
      assertThat(Urls.trim("https://harbour.fm/knots-.")).isEqualTo("https://harbour.fm/knots-");
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
      assertThat(Urls.trim("https://harbour.fm:8080/x")).isEqualTo("https://harbour.fm:8080/x");
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
    @CsvSource(delimiter = '|', value = {
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
      // "[the show](https://harbour.fm/ep)[notes](https://harbour.fm/notes)": the lexer's token
      // starts after "(" and runs on.
      assertThat(Urls.trim("https://harbour.fm/ep)[notes](https://harbour.fm/notes)"))
          .isEqualTo("https://harbour.fm/ep");
      assertThat(Urls.trim("https://harbour.fm)[mail](mailto:ann@harbour.fm)"))
          .isEqualTo("https://harbour.fm");
    }
  }

  @Nested
  class Quotes {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
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
    @ValueSource(strings = {"\"", "\">", "\"/>", "\");", "\u201D", "\u201D.", "`", "`code`", "<", ">",
        "<br>", "</a>", "<>"})
    void doubleQuotesBackticksAndAngleBracketsEndIt(String end) {
      assertThat(Urls.trim("https://harbour.fm/ep" + end)).isEqualTo("https://harbour.fm/ep");
    }
  }

  @Nested
  class CharactersNoUrlHolds {

    @ParameterizedTest
    @ValueSource(strings = {" ", "\t", "\n", "\r", "\u00A0", "\u2003", "\u3000", "\u2028", "\u0000",
        "\u007F", "\u0085", "\u009F", "\u200B", "\uFEFF", "\u200E", "\u202C", "\u2069"})
    void endItWherever(String stop) {
      assertThat(Urls.trim("https://harbour.fm/ep" + stop + "more")).isEqualTo("https://harbour.fm/ep");
    }

    @Test
    void cjkTextAndPunctuationEndThePath() {
      assertThat(Urls.trim("https://harbour.fm/ep/これは")).isEqualTo("https://harbour.fm/ep/");
      assertThat(Urls.trim("harbour.fm/path中国語")).isEqualTo("harbour.fm/path");
      assertThat(Urls.trim("https://harbour.fm/ep。")).isEqualTo("https://harbour.fm/ep");
      assertThat(Urls.trim("https://harbour.fm/ep、more")).isEqualTo("https://harbour.fm/ep");
      assertThat(Urls.trim("https://harbour.fm/ep\uFF5Cbar")).isEqualTo("https://harbour.fm/ep");
      assertThat(Urls.trim("https://harbour.fm/한국")).isEqualTo("https://harbour.fm/");
    }

    @Test
    void otherScriptsStayInThePath() {
      assertThat(Urls.trim("https://harbour.fm/Русские_слова")).isEqualTo("https://harbour.fm/Русские_слова");
      assertThat(Urls.trim("https://harbour.fm/ä¡¢")).isEqualTo("https://harbour.fm/ä¡¢");
      assertThat(Urls.trim("https://harbour.fm/Hatfield\u2013McCoy")).isEqualTo("https://harbour.fm/Hatfield\u2013McCoy");
      assertThat(Urls.trim("https://harbour.fm/പോലൊരാള്\u200D.html")).isEqualTo("https://harbour.fm/പോലൊരാള്\u200D.html");
      assertThat(Urls.trim("https://harbour.fm/\uD83C\uDF0A")).isEqualTo("https://harbour.fm/\uD83C\uDF0A");
    }

    @Test
    void aKnownDomainRunningIntoCjkTextEndsTheHost() {
      assertThat(Urls.trim("http://harbour.comだよね.comtest/x")).isEqualTo("http://harbour.com");
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
      assertThat(Urls.trim("https://t.co/Uq1?a=b&c=d.")).isEqualTo("https://t.co/Uq1?a=b&c=d");
    }

    @Test
    void haveSlugsOfFortyCharactersAtMost() {
      String forty = "abcdefghijklmnopqrstuvwxyz0123456789ABCD";
      assertThat(Urls.hasHost("http://t.co/" + forty)).isTrue();
      assertThat(Urls.hasHost("http://t.co/" + forty + "E")).isFalse();
    }
  }

  @Nested
  class Hosts {

    @ParameterizedTest
    @ValueSource(strings = {"https://harbour.fm", "http://a.b.cd", "https://x.com/a",
        "http://sub_domain-dash.harbour.com", "http://a_b.c-d.com", "http://a---b.com/",
        "http://5b0ee2--lounge.netlify.com/docs/", "https://harbour.c0m.fm", "HTTP://HARBOUR.FM",
        "http://ああ.com", "http://✪df.ws/x", "http://harbour.みんな/", "http://harbour.پاکستان/",
        "http://xn--ls8h.XN--ls8h.la/", "http://xn--4gbrim.xn----ymcbaaajlc6dj7bxne2c.xn--wgbh1c/",
        "http://www.bürgerentscheid-krankenhäuser.de", "https://harbour.invalid", "http://localhost",
        "http://LOCALHOST:8000/x", "http://172.26.142.48/x", "http://harbour.fm:8080",
        "http://user:pass@harbour.fm:8080", "https://git@github.com/mara/lamps",
        "ftp://files.harbour.fm", "http://a.in"})
    void areUsable(String url) {
      assertThat(Urls.hasHost(Urls.trim(url))).as(url).isTrue();
      assertThat(Urls.trim(url)).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://", "https://h", "http://no-tld", "http://harbour.c",
        "https://.com/lamps", "http://.harbour.com", "http://harbour..com", "http://-harbour.com",
        "http://harbour-.com", "http://-lead.harbour.com", "http://lead.-harbour.com",
        "http://trail-.harbour.com", "http://_lead.harbour.com", "http://lead._harbour.com",
        "http://trail_.harbour.com", "http://harbour_.com", "http://harbour_under.com",
        "http://harbour.c_o_m", "http://harbour.com_", "http://dash_23.foo-cow_4352.com",
        "http://harbour.com-and-more", "http://harbour.123", "http://xn--はじめよう.com/x",
        "http://harbour.xn--", "http://#", "http://?", "http://..", "http://1.2.3.400",
        "http://harbour.fm:500000", "http://harbour.fm:99999"})
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

  @Nested
  class OtherSchemes {

    @ParameterizedTest
    @ValueSource(strings = {"overcast://x-callback-url/add?url=https://harbour.fm/rss",
        "pktc://subscribe/harbour.fm/rss", "podcast://harbour.fm/rss", "a://b", "a+b-c://x",
        "a.b://x", "ABC://foo", "itpc://harbour"})
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
    @ValueSource(strings = {"harbour.fm", "harbour.com", "www.harbour.fm/ep/12", "t.co/abcde",
        "bit.ly/abcde", "harbour.co.jp", "www.harbour.co.uk", "MLB.tv", "GOOGLE.COM", "it.so",
        "name.al-lastname.com", "ELPAÍS.com", "s.l.o.w.io", "a-b.com", "www.a--b.com",
        "harbour.xxx", "harbour.fm:8080/x", "harbour.fm?ep=1", "harbour.fm#notes",
        "docs.harbour.md", "www.readme.md", "readme.md/raw", "президент.рф", "example.com/䨹x",
        "w.org", "ww.com", "w3.harbour.org", "wwwhat.harbour.com", "WWW.HARBOUR.COM"})
    void areLinksWithAKnownDomain(String token) {
      assertThat(Urls.isLink(token)).as(token).isTrue();
      assertThat(Urls.hasHost(Urls.trim(token))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"harbour.baz", "www.harbour.baz", "harbour.comm", "harbour.govedu",
        "wwwww.harbour", "Node.js", "e.g", "harbour.invalid", "harbour.coma", "tar.bz2",
        "harbour.123", "_harbour.com", "harbour.com_", "-harbour.com", "harbour-.com",
        "harbour_x.com", "README.md", "setup.py", "install.sh", "Lib.pm", "file.pl", "main.rs",
        "episode.Today", "done.New", "end.Show", "name@harbour.com", "john.doe.gov@mail.com",
        "harbour.fm:500000", "harbour..com", "https://harbour.fm", "", ".", "ww.harbour.com",
        "wwww.harbour.com", "w.harbour.fm.com", "WW.harbour.com"})
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
  class TopLevelDomainList {

    @ParameterizedTest
    @ValueSource(strings = {"com", "org", "net", "edu", "gov", "mil", "int", "io", "fm", "ai", "co",
        "app", "dev", "me", "tv", "info", "biz", "xyz", "ly", "gg", "so", "sh", "to", "cc", "us",
        "uk", "de", "jp", "COM", "Fm", "рф", "中国", "みんな", "link", "show", "social", "studio"})
    void knowsTheCommonOnes(String tld) {
      assertThat(TopLevelDomains.isKnown(tld)).as(tld).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "py0", "zip", "mov", "baz", "comm", "bz2", "jpg", "pdf", "txt",
        "html", "exe", "", "c", "x", "example", "invalid", "localhost", "test"})
    void knowsNoFileExtensionsOrReservedNames(String tld) {
      assertThat(TopLevelDomains.isKnown(tld)).as(tld).isFalse();
    }
  }

  @Nested
  class LongTokens {

    /** Each token is read in one pass, however it is made: a page may hold a megabyte of it. */
    @ParameterizedTest
    @ValueSource(strings = {"http://a.", "http://a.com/", "a.", "http://a.com/x", "http://"})
    void takeLinearTime(String start) {
      String[] bodies = {"b".repeat(200_000) + "あ".repeat(200_000), "bあ".repeat(200_000),
          "'.".repeat(200_000), "(".repeat(200_000) + ")".repeat(200_000), "'".repeat(400_000),
          "x.".repeat(200_000), "a@".repeat(200_000), "a-".repeat(200_000) + "com"};
      assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
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

  // ---------------------------------------------------------------- properties

  /**
   * Seeded, repeatable property tests over generated URLs: each seed builds one URL of random
   * labels, path, query and fragment that ends in a letter or digit, and the properties hold for
   * it. {@code -Durls.seeds=N} runs more.
   */
  @Nested
  class Properties {

    static LongStream seeds() {
      return LongStream.rangeClosed(1, Long.getLong("urls.seeds", 300));
    }

    @ParameterizedTest
    @MethodSource("dev.showpage.internal.text.UrlsTest$Properties#seeds")
    void aGeneratedUrlIsItsOwnTrim(long seed) {
      String url = url(new Random(seed));
      assertThat(Urls.trim(url)).isEqualTo(url);
      assertThat(Urls.hasHost(url)).as(url).isTrue();
    }

    @ParameterizedTest
    @MethodSource("dev.showpage.internal.text.UrlsTest$Properties#seeds")
    void punctuationBlanksAndClosersAfterItAreTakenOff(long seed) {
      Random random = new Random(seed);
      String url = url(random);
      String after = tail(random);
      assertThat(Urls.trim(url + after)).as(url + after).isEqualTo(url);
    }

    @ParameterizedTest
    @MethodSource("dev.showpage.internal.text.UrlsTest$Properties#seeds")
    void withoutItsSchemeItIsTheSameLinkOfTheSameKind(long seed) {
      Random random = new Random(seed);
      String url = url(random);
      String bare = url.substring(url.indexOf("://") + 3);
      String after = tail(random);
      assertThat(Urls.isLink(bare + after)).as(bare + after).isTrue();
      assertThat(Urls.trim(bare + after)).isEqualTo(bare);
      assertThat(Urls.kind(bare)).isEqualTo(Urls.kind(url));
      assertThat(Urls.host(bare)).isEqualTo(Urls.host(url));
    }

    @ParameterizedTest
    @MethodSource("dev.showpage.internal.text.UrlsTest$Properties#seeds")
    void anyTextGivesAPrefixThatIsItsOwnTrim(long seed) {
      Random random = new Random(seed);
      String text = (random.nextBoolean() ? "https://" : "") + noise(random);
      String trimmed = Urls.trim(text);
      assertThat(text).startsWith(trimmed);
      assertThat(Urls.trim(trimmed)).isEqualTo(trimmed);
      assertThat(Urls.hasHost(trimmed)).isEqualTo(Urls.hasHost(Urls.trim(trimmed)));
      Urls.kind(text);
      Urls.isLink(text);
    }

    private static final String[] SCHEMES = {"http://", "https://", "HTTPS://"};
    private static final String[] TLDS = {"com", "fm", "io", "co.uk", "org", "dev", "jp", "social"};
    private static final String[] HOSTS = {"twitter.com", "x.com", "github.com", "youtube.com",
        "youtu.be", "bsky.app", "instagram.com", "linkedin.com", "fosstodon.org"};
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String PATH = LETTERS + "-_~.%+=&;:,!*@$éжü";
    private static final String TAILS = ".,;:!?*)]}\"'>\u201D\u3002\u2026";

    /** A URL whose path, query and fragment end in a letter or digit. */
    static String url(Random random) {
      StringBuilder url = new StringBuilder(SCHEMES[random.nextInt(SCHEMES.length)]);
      if (random.nextInt(4) == 0) {
        url.append(HOSTS[random.nextInt(HOSTS.length)]);
      } else {
        if (random.nextBoolean()) {
          url.append("www.");
        }
        for (int i = random.nextInt(3); i >= 0; i--) {
          url.append(label(random)).append('.');
        }
        url.append(TLDS[random.nextInt(TLDS.length)]);
      }
      if (random.nextInt(4) == 0) {
        url.append(':').append(1 + random.nextInt(65535));
      }
      for (int i = random.nextInt(4); i > 0; i--) {
        url.append('/').append(segment(random));
      }
      if (random.nextBoolean()) {
        url.append("?").append(segment(random)).append('=').append(segment(random));
      }
      if (random.nextInt(3) == 0) {
        url.append("#").append(segment(random));
      }
      if (random.nextInt(5) == 0) {
        url.append("/(").append(segment(random)).append(")");
      }
      return url.toString();
    }

    private static String label(Random random) {
      StringBuilder label = new StringBuilder();
      label.append(LETTERS.charAt(random.nextInt(26)));
      for (int i = random.nextInt(10); i > 0; i--) {
        label.append(random.nextInt(8) == 0 ? '-' : LETTERS.charAt(random.nextInt(LETTERS.length())));
      }
      label.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
      return label.toString();
    }

    private static String segment(Random random) {
      StringBuilder segment = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        segment.append(PATH.charAt(random.nextInt(PATH.length())));
      }
      return segment.append(LETTERS.charAt(random.nextInt(LETTERS.length()))).toString();
    }

    /**
     * Sentence punctuation and closers, then maybe a blank and more text. One single quote at
     * most: a second one would close the first, and {@code /a''} keeps both.
     */
    private static String tail(Random random) {
      StringBuilder tail = new StringBuilder();
      for (int i = random.nextInt(4); i > 0; i--) {
        char c = TAILS.charAt(random.nextInt(TAILS.length()));
        if (c != '\'' || tail.indexOf("'") < 0) {
          tail.append(c);
        }
      }
      if (random.nextBoolean()) {
        tail.append(random.nextBoolean() ? " " : "\n").append("and more (see http://x.com)");
      }
      return tail.toString();
    }

    private static String noise(Random random) {
      String alphabet = LETTERS + "./:?#@()[]{}<>'\"-_ \u3002あ\u202A\uD83C\uDF0A";
      StringBuilder noise = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        noise.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      return noise.toString();
    }
  }

  /** The card reader reads a URL token once; what it asks must be what the trimmed URL says. */
  @ParameterizedTest
  @ValueSource(strings = {"app://:80?", "https://example.com.", "https://example.com/a_(b)).",
      "example.com/path,", "https://h.", "www.example.com/x?", "overcast://!", "pktc://x?."})
  void oneReadingOfATokenAnswersAsItsTrimmedUrlDoes(String token) {
    Urls.Url reading = Urls.read(token);
    String trimmed = Urls.trim(token);

    assertThat(reading.text()).isEqualTo(trimmed);
    assertThat(reading.textHasHost()).isEqualTo(Urls.hasHost(trimmed));
    assertThat(reading.kind()).isEqualTo(Urls.kind(trimmed));
  }
}
