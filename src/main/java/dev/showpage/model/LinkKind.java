package dev.showpage.model;

/** What a link points at, decided from its host name. */
public enum LinkKind {
    /** twitter.com or x.com. */
    TWITTER,
    /** linkedin.com. */
    LINKEDIN,
    /** github.com. */
    GITHUB,
    /** youtube.com or youtu.be. */
    YOUTUBE,
    /** A Mastodon instance (a {@code /@user} path on a known instance). */
    MASTODON,
    /** bsky.app or bsky.social. */
    BLUESKY,
    /** instagram.com. */
    INSTAGRAM,
    /** facebook.com or fb.com. */
    FACEBOOK,
    /** Anything else. */
    WEBSITE
}
