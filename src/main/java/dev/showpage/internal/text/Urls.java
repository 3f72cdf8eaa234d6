package dev.showpage.internal.text;

import static dev.showpage.internal.text.UrlCharacters.isAsciiLetter;
import static dev.showpage.internal.text.UrlCharacters.isDigit;
import static dev.showpage.internal.text.UrlCharacters.skip;

import dev.showpage.model.LinkKind;
import java.util.Locale;
import java.util.Set;

/**
 * Where the URL of a token ends, whether it is a link, and what kind of place it points at.
 *
 * <p>The lexer decides where a URL starts, and makes its token generous (often to the next blank);
 * this class reads the token once from the left, as twitter-text, autolink and linkify-it read a
 * URL, and says where it ends. It is no second URL parser: it never searches text for URLs, it only
 * reads the one the token starts with.
 *
 * <p>A URL is kept exactly as written: nothing is added ({@code example.com} stays as it is),
 * nothing is decoded or lower-cased.
 */
public final class Urls {

    /** Schemes whose links name a host on the web: their host is checked like a domain name. */
    private static final Set<String> WEB_SCHEMES =
            Set.of("http", "https", "ftp", "ftps", "ws", "wss");

    /**
     * Endings of a bare {@code name.ext} that is far more often a file than a site ({@code
     * README.md}, {@code setup.py}, {@code install.sh}): without a scheme, {@code www.} or a path
     * such a name is a word.
     */
    private static final Set<String> FILE_EXTENSIONS =
            Set.of("md", "py", "rs", "pl", "pm", "sh", "ps", "ml");

    /** The longest t.co slug Twitter hands out; a longer one is not a t.co link. */
    private static final int MAX_TCO_SLUG = 40;

    /** What {@link Url#host()} takes off the front of a host, each in turn. */
    private static final String[] HOST_PREFIXES = {"www.", "m.", "mobile."};

    private Urls() {}

    /**
     * The URL the token starts with, without what ends the sentence around it: trailing full stops,
     * commas, semicolons, colons, exclamation and question marks, asterisks, a quote that the URL
     * does not open, a bracket that the URL does not close ({@code (see
     * https://example.com/a_(b))}), and everything from a character no URL holds as written ({@code
     * <>"`}, a blank, CJK text and punctuation, direction marks). The host ends where a known
     * top-level domain runs into CJK text ({@code example.comだよね} ends at {@code com}).
     */
    static String trim(String token) {
        return read(token).text();
    }

    /**
     * Whether a token without a scheme ({@code www.example.com/path}, {@code transistor.fm}) is a
     * link; the link is then {@link #trim(String) trim(token)}. It must end in a known top-level
     * domain with well-formed labels, and be no e-mail address ({@code @} before the path), no file
     * name ({@code README.md}), no mistyped {@code www} ({@code ww.example.com}) and no two
     * sentences run together ({@code today.Today}).
     */
    public static boolean isLink(String token) {
        return read(token).isLink();
    }

    /** The host part, lower case, without a {@code www.} prefix; empty when there is none. */
    static String host(String url) {
        return read(url).host();
    }

    /**
     * Whether the URL has a usable host. On the web ({@code http}, {@code https}, {@code ftp}) that
     * is a dotted name whose labels are well formed and whose top-level part is two or more letters
     * (any script, or punycode), an IPv4 address, or {@code localhost}: {@code https://h} is a URL
     * cut short, not a host. An app's link ({@code overcast://}, {@code pktc://}) needs something
     * after its scheme. Without a scheme, it is {@link #isLink(String)}.
     */
    static boolean hasHost(String url) {
        return read(url).hasHost();
    }

    /** What the URL points at, by its host; with or without a scheme. */
    public static LinkKind kind(String url) {
        return read(url).kind();
    }

    /**
     * {@code ww.}, {@code wwww.}, {@code w.} before a name: a {@code www.} mistyped, so the name it
     * leads to is not the one meant ({@code w.org} alone stays a name).
     */
    private static boolean isMistypedWww(String label) {
        return label.length() != 3 && label.chars().allMatch(c -> c == 'w' || c == 'W');
    }

    /** "Today", "New": a word that starts a sentence glued to the one before, not a domain. */
    private static boolean isCapitalised(String tld) {
        return tld.length() > 1
                && Character.isUpperCase(tld.charAt(0))
                && !tld.chars().skip(1).allMatch(Character::isUpperCase);
    }

    /**
     * One reading of the URL a token starts with, made once and asked everything: {@code schemeEnd}
     * is the index after {@code ://} (0 without a scheme), the host is {@code [hostStart, hostEnd)}
     * with its top-level part from {@code tldStart}, {@code end} is where the URL ends, and {@code
     * valid} whether its host is usable.
     */
    public record Url(
            String token,
            int schemeEnd,
            int hostStart,
            int hostEnd,
            int tldStart,
            int end,
            boolean valid) {

        /** The URL, without what ends the sentence around it: see {@link Urls#trim(String)}. */
        public String text() {
            return token.substring(0, end);
        }

        /** See {@link Urls#isLink(String)}. */
        public boolean isLink() {
            if (schemeEnd > 0 || !valid) {
                return false;
            }
            String tld = token.substring(tldStart, hostEnd);
            if (!TopLevelDomains.isKnown(tld) || isCapitalised(tld)) {
                return false;
            }
            String[] labels = token.substring(0, hostEnd).split("\\.");
            if (labels.length > 2 && isMistypedWww(labels[0])) {
                return false;
            }
            boolean bare = hostEnd == end && !labels[0].equalsIgnoreCase("www");
            return !(bare
                    && labels.length == 2
                    && FILE_EXTENSIONS.contains(tld.toLowerCase(Locale.ROOT)));
        }

        /** See {@link Urls#hasHost(String)}: of the whole token. */
        boolean hasHost() {
            return schemeEnd > 0 ? valid : isLink();
        }

        /**
         * Whether the URL the token starts with, without what ends the sentence around it ({@link
         * #text()}), has a host: a link is judged by the text the page keeps of it. The whole token
         * can read otherwise: {@code app://:80?} read whole is an app's link with an empty query.
         */
        public boolean textHasHost() {
            return end == token.length() ? hasHost() : read(text()).textHasHost();
        }

        /** See {@link Urls#host(String)}. */
        String host() {
            String host = token.substring(hostStart, hostEnd).toLowerCase(Locale.ROOT);
            int from = 0;
            for (String prefix : HOST_PREFIXES) {
                if (host.startsWith(prefix, from)) {
                    from += prefix.length();
                }
            }
            return host.substring(from);
        }

        /** See {@link Urls#kind(String)}. */
        public LinkKind kind() {
            return Platform.kindOfHost(host());
        }
    }

    /** Reads the URL {@code s} starts with. */
    public static Url read(String s) {
        int schemeEnd = schemeEnd(s);
        String scheme = schemeEnd > 0 ? s.substring(0, schemeEnd - 3).toLowerCase(Locale.ROOT) : "";
        boolean web = schemeEnd == 0 || WEB_SCHEMES.contains(scheme);
        int hostStart = schemeEnd;
        if (schemeEnd > 0) {
            // User info ("user:pass@") is made of the few characters RFC 3986 allows in it, so that
            // "[a](https://a.com)[b](mailto:b@c.com)" is not read as user info up to that '@'.
            int userEnd = skip(s, schemeEnd, UrlCharacters::isUserInfoChar);
            if (userEnd < s.length() && s.charAt(userEnd) == '@') {
                hostStart = userEnd + 1;
            }
        }
        int hostEnd = UrlHosts.hostEnd(s, hostStart);
        int tldStart = s.lastIndexOf('.', hostEnd - 1) + 1;
        if (tldStart <= hostStart) {
            tldStart = hostStart;
        }
        boolean valid =
                web ? UrlHosts.isHost(s, hostStart, hostEnd, schemeEnd > 0) : hostEnd > hostStart;
        int end = hostEnd;
        if (end < s.length()
                && s.charAt(end) == ':'
                && end + 1 < s.length()
                && isDigit(s.charAt(end + 1))) {
            int portEnd = skip(s, end + 1, UrlCharacters::isDigit);
            valid &=
                    portEnd - end - 1 <= 5
                            && Integer.parseInt(s.substring(end + 1, portEnd)) <= 65535;
            end = portEnd;
        }
        if (schemeEnd == 0 && end < s.length() && s.charAt(end) == '@') {
            valid = false; // name@example.com, name.example.com@mail.com: an e-mail address
        }
        if (web && s.substring(hostStart, hostEnd).equalsIgnoreCase("t.co")) {
            return tco(s, schemeEnd, hostStart, hostEnd, tldStart, end, valid);
        }
        if (end < s.length() && "/?#".indexOf(s.charAt(end)) >= 0) {
            end = UrlEnds.pathEnd(s, end);
        } else if (!web) {
            end = UrlEnds.pathEnd(s, end); // an app's link may hold anything after its scheme
            valid = end > schemeEnd;
        }
        return new Url(s, schemeEnd, hostStart, hostEnd, tldStart, end, valid);
    }

    /** The index after {@code scheme://}, or 0: a letter, then letters, digits, {@code + - .}. */
    private static int schemeEnd(String s) {
        if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) {
            return 0;
        }
        int i = skip(s, 1, c -> isAsciiLetter(c) || isDigit(c) || c == '+' || c == '-' || c == '.');
        return s.startsWith("://", i) ? i + 3 : 0;
    }

    /**
     * A t.co link is its slug of letters and digits and an optional query, nothing more: Twitter
     * writes them glued to what follows ({@code http://t.co/abc's}, {@code http://t.co/abc-}).
     */
    private static Url tco(
            String s,
            int schemeEnd,
            int hostStart,
            int hostEnd,
            int tldStart,
            int end,
            boolean valid) {
        if (end < s.length() && s.charAt(end) == '/') {
            int slugEnd = skip(s, end + 1, c -> c < 0x80 && Character.isLetterOrDigit(c));
            valid &= slugEnd - end - 1 <= MAX_TCO_SLUG;
            end = slugEnd;
            if (end < s.length() && s.charAt(end) == '?') {
                end = UrlEnds.pathEnd(s, end);
            }
        }
        return new Url(s, schemeEnd, hostStart, hostEnd, tldStart, end, valid);
    }
}
