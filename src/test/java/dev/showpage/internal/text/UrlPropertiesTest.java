package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded, repeatable property tests over generated URLs: each seed builds one URL of random labels,
 * path, query and fragment that ends in a letter or digit, and the properties hold for it. {@code
 * -Durls.seeds=N} runs more.
 */
class UrlPropertiesTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, Long.getLong("urls.seeds", 300));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aGeneratedUrlIsItsOwnTrim(long seed) {
        String url = url(new Random(seed));
        assertThat(Urls.trim(url)).isEqualTo(url);
        assertThat(Urls.hasHost(url)).as(url).isTrue();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void punctuationBlanksAndClosersAfterItAreTakenOff(long seed) {
        Random random = new Random(seed);
        String url = url(random);
        String after = tail(random);
        assertThat(Urls.trim(url + after)).as(url + after).isEqualTo(url);
    }

    @ParameterizedTest
    @MethodSource("seeds")
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
    @MethodSource("seeds")
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
    private static final String[] HOSTS = {
        "twitter.com",
        "x.com",
        "github.com",
        "youtube.com",
        "youtu.be",
        "bsky.app",
        "instagram.com",
        "linkedin.com",
        "fosstodon.org"
    };
    private static final String LETTERS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
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
            label.append(
                    random.nextInt(8) == 0
                            ? '-'
                            : LETTERS.charAt(random.nextInt(LETTERS.length())));
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
     * Sentence punctuation and closers, then maybe a blank and more text. One single quote at most:
     * a second one would close the first, and {@code /a''} keeps both.
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
