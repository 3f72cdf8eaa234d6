package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.LinkKind;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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

        @Test
        void loseTheMobileAndWwwPrefixesOfTheirHostInTurn() {
            assertThat(Urls.host("https://M.YouTube.com/watch?v=2")).isEqualTo("youtube.com");
            assertThat(Urls.host("https://mobile.twitter.com/ann")).isEqualTo("twitter.com");
            assertThat(Urls.host("https://www.m.github.com/ann")).isEqualTo("github.com");
            assertThat(Urls.host("https://m.www.harbour.fm/")).isEqualTo("www.harbour.fm");
            assertThat(Urls.host("https://mobileferry.fm/")).isEqualTo("mobileferry.fm");
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

    /**
     * Each token is read in one pass, however it is made: a page may hold a megabyte of it. The
     * work is compared, not timed against a limit: the CPU time this thread spends reading one
     * token of {@link #LARGE} characters against reading {@link #SCALE} tokens of {@link #SMALL}
     * characters, the same number of characters in all. A linear reading costs about as much either
     * way (a ratio near 1); a quadratic one costs {@code SCALE} times as much on the long token. A
     * thread's CPU time does not run on while other processes have the cores, so a busy machine
     * slows both sides alike; each side is the best of several rounds, after a warm-up, so that
     * compiling and collecting do not count. The timeout is only against a hang.
     */
    @Nested
    class LongTokens {

        static final int SCALE = 16;
        static final int SMALL = 2_000;
        static final int LARGE = SMALL * SCALE;

        /**
         * The most the long token may cost per character, as a multiple of the short ones. The
         * reading as it is measures 0.04 to 1.0 (the least where it stops early in the token); with
         * the scan of the path made quadratic for a try (a count from the path's start at each
         * character), the tokens with a path measured 12, near {@link #SCALE}.
         */
        static final double MAX_RATIO = 4;

        static final int ROUNDS = 7;

        /**
         * The JDK's {@code ThreadMXBean.getCurrentThreadCpuTime}, bound to the platform bean. The
         * tests compile inside the library's module, which does not read {@code java.management};
         * they run on the class path, where the bean is there to call.
         */
        private static final MethodHandle CPU_TIME = cpuTime();

        private static MethodHandle cpuTime() {
            try {
                Class<?> factory = Class.forName("java.lang.management.ManagementFactory");
                Class<?> bean = Class.forName("java.lang.management.ThreadMXBean");
                Object threads = factory.getMethod("getThreadMXBean").invoke(null);
                assertThat(bean.getMethod("isCurrentThreadCpuTimeSupported").invoke(threads))
                        .isEqualTo(true);
                return MethodHandles.publicLookup()
                        .findVirtual(
                                bean, "getCurrentThreadCpuTime", MethodType.methodType(long.class))
                        .bindTo(threads);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }

        /** The CPU time this thread has used, in nanoseconds. */
        private static long cpuNanos() {
            try {
                return (long) CPU_TIME.invokeExact();
            } catch (Throwable e) { // invokeExact declares Throwable; the bean throws nothing
                throw new AssertionError(e);
            }
        }

        /** Where the readings' answers go, so that none of them can be left uncomputed. */
        static volatile long sunk;

        /** The shapes of body that once took quadratic time, {@code n} units long. */
        static List<IntFunction<String>> bodies() {
            return List.of(
                    n -> "b".repeat(n / 2) + "\u3042".repeat(n / 2),
                    n -> "b\u3042".repeat(n / 2),
                    n -> "'.".repeat(n / 2),
                    n -> "(".repeat(n / 2) + ")".repeat(n / 2),
                    n -> "'".repeat(n),
                    n -> "x.".repeat(n / 2),
                    n -> "a@".repeat(n / 2),
                    n -> "a-".repeat(n / 2) + "com");
        }

        @ParameterizedTest
        @ValueSource(strings = {"http://a.", "http://a.com/", "a.", "http://a.com/x", "http://"})
        @Timeout(value = 120, unit = TimeUnit.SECONDS)
        void takeLinearTime(String start) {
            List<IntFunction<String>> bodies = bodies();
            for (int b = 0; b < bodies.size(); b++) {
                String small = start + bodies.get(b).apply(SMALL);
                String large = start + bodies.get(b).apply(LARGE);
                double ratio = costRatioOf(LongTokens::readAll, small, large);
                assertThat(ratio)
                        .as(
                                "CPU time of one %d-character token over %d tokens of %d"
                                        + " characters, body %d after '%s'",
                                large.length(), SCALE, small.length(), b, start)
                        .isLessThanOrEqualTo(MAX_RATIO);
            }
            // The megabyte the javadoc speaks of still reads, once.
            readAll(start + bodies.get(0).apply(400_000));
        }

        /** What the four questions asked of a token say, folded so that none goes unused. */
        private static int readAll(String token) {
            return Urls.trim(token).length()
                    + (Urls.isLink(token) ? 1 : 0)
                    + (Urls.hasHost(token) ? 2 : 0)
                    + Urls.kind(token).ordinal()
                    + 1;
        }

        @Test
        void theComparisonCatchesAQuadraticReading() {
            // A reading that looks back over the token at every character: what the ratio is for.
            String small = "x".repeat(SMALL);
            String large = "x".repeat(LARGE);
            double ratio =
                    costRatioOf(
                            token -> {
                                int seen = 0;
                                for (int i = 0; i < token.length(); i++) {
                                    seen += token.lastIndexOf('y', i) < 0 ? 1 : 0;
                                }
                                return seen;
                            },
                            small,
                            large);

            assertThat(ratio).isGreaterThan(MAX_RATIO);
        }

        /**
         * The cost of {@code reading} one long token over that of {@link #SCALE} short ones, each
         * the best of {@link #ROUNDS} after a warm-up.
         */
        static double costRatioOf(ToIntFunction<String> reading, String small, String large) {
            long sink = 0;
            for (int i = 0; i < 3; i++) {
                sink += reading.applyAsInt(small) + reading.applyAsInt(large);
            }
            long bestSmall = Long.MAX_VALUE;
            long bestLarge = Long.MAX_VALUE;
            for (int round = 0; round < ROUNDS; round++) {
                long t0 = cpuNanos();
                for (int i = 0; i < SCALE; i++) {
                    sink += reading.applyAsInt(small);
                }
                long t1 = cpuNanos();
                sink += reading.applyAsInt(large);
                long t2 = cpuNanos();
                bestSmall = Math.min(bestSmall, t1 - t0);
                bestLarge = Math.min(bestLarge, t2 - t1);
            }
            sunk = sink;
            return (double) bestLarge / Math.max(1, bestSmall);
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
