package dev.showpage.internal.text;

import dev.showpage.model.LinkKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The social platforms the parser knows: the names pages call them by ("Twitter: @x", "Monica on
 * LinkedIn"), the hosts of their links, whether "@name" alone is an account there, and the kind of
 * link they give. This is the one table of them; every rule about platforms reads it.
 */
public enum Platform {
    TWITTER(LinkKind.TWITTER, true, List.of("twitter", "x"), List.of("twitter.com", "x.com")),
    LINKEDIN(LinkKind.LINKEDIN, false, List.of("linkedin"), List.of("linkedin.com", "lnkd.in")),
    GITHUB(LinkKind.GITHUB, true, List.of("github"), List.of("github.com")),
    YOUTUBE(LinkKind.YOUTUBE, true, List.of("youtube"), List.of("youtube.com", "youtu.be")),
    BLUESKY(LinkKind.BLUESKY, true, List.of("bluesky"), List.of("bsky.app", "bsky.social")),
    INSTAGRAM(
            LinkKind.INSTAGRAM, true, List.of("instagram"), List.of("instagram.com", "instagr.am")),
    FACEBOOK(
            LinkKind.FACEBOOK,
            false,
            List.of("facebook"),
            List.of("facebook.com", "fb.com", "fb.me")),
    /** Its servers share no domain: see {@link #isMastodonServer}. */
    MASTODON(LinkKind.MASTODON, true, List.of("mastodon"), List.of()),
    /** Platforms with accounts but no link kind of their own. */
    THREADS(LinkKind.WEBSITE, true, List.of("threads"), List.of()),
    TIKTOK(LinkKind.WEBSITE, true, List.of("tiktok"), List.of());

    /** The platforms, read once: {@code values()} copies its array at every call. */
    private static final Platform[] ALL = values();

    /** The big Mastodon servers, known by name (others have a name that says so). */
    private static final List<String> MASTODON_SERVERS =
            List.of(
                    "fosstodon.org",
                    "hachyderm.io",
                    "mas.to",
                    "mstdn.social",
                    "infosec.exchange",
                    "techhub.social",
                    "ruby.social",
                    "phpc.social",
                    "indieweb.social",
                    "toot.cafe",
                    "front-end.social",
                    "universeodon.com");

    private final LinkKind kind;
    private final boolean handles;
    private final List<String> names;
    private final List<String> hosts;

    Platform(LinkKind kind, boolean handles, List<String> names, List<String> hosts) {
        this.kind = kind;
        this.handles = handles;
        this.names = names;
        this.hosts = hosts;
    }

    /** The kind of a link to this platform. */
    public LinkKind kind() {
        return kind;
    }

    /** Whether "Name: @account" labelled with this platform is a link to an account there. */
    public boolean takesHandles() {
        return handles;
    }

    /** The platform a page calls {@code word} ("Twitter", "x"), in any case. */
    public static Optional<Platform> named(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (Platform platform : ALL) {
            if (platform.names.contains(lower)) {
                return Optional.of(platform);
            }
        }
        return Optional.empty();
    }

    /** What a link to {@code host} (lower case, without {@code www.}) points at. */
    public static LinkKind kindOfHost(String host) {
        // By index: every link asks, and an iterator over each platform's hosts is an object each.
        for (Platform platform : ALL) {
            List<String> hosts = platform.hosts;
            for (int i = 0; i < hosts.size(); i++) {
                if (isAt(host, hosts.get(i))) {
                    return platform.kind;
                }
            }
        }
        return isMastodonServer(host) ? LinkKind.MASTODON : LinkKind.WEBSITE;
    }

    /** Whether {@code host} is {@code domain} or one of its subdomains. */
    static boolean isAt(String host, String domain) {
        int cut = host.length() - domain.length();
        return host.endsWith(domain) && (cut == 0 || (cut > 0 && host.charAt(cut - 1) == '.'));
    }

    /**
     * Mastodon servers share no domain: the big ones are known by name, others by a name that says
     * so ({@code mastodon.example}, {@code mstdn.jp}).
     */
    private static boolean isMastodonServer(String host) {
        for (String server : MASTODON_SERVERS) {
            if (isAt(host, server)) {
                return true;
            }
        }
        return host.startsWith("mastodon.")
                || host.contains(".mastodon.")
                || host.startsWith("mstdn.");
    }
}
