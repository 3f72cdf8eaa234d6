package dev.showpage.internal.text;

import static dev.showpage.internal.text.UrlCharacters.isAsciiLetter;
import static dev.showpage.internal.text.UrlCharacters.isDigit;
import static dev.showpage.internal.text.UrlCharacters.isHostChar;
import static dev.showpage.internal.text.UrlCharacters.isMark;
import static dev.showpage.internal.text.UrlCharacters.isUnspacedScript;

/**
 * The host of a URL: where it ends in the token, and whether it is a host a web link may name
 * (labels, length, top-level part, IPv4, {@code localhost}).
 */
final class UrlHosts {

    /** The longest label DNS allows. */
    private static final int MAX_LABEL = 63;

    /** The longest host name DNS allows. */
    private static final int MAX_HOST = 253;

    private static final String LOCALHOST = "localhost";

    /** Longer than any top-level domain we know: no need to look one up. */
    private static final int MAX_TLD = 24;

    private UrlHosts() {}

    /**
     * Where the host ends: at the first character no host name holds, or where a known top-level
     * domain runs straight into CJK text ({@code twitter.jp日本語}), as twitter-text does for pages
     * written without spaces.
     */
    static int hostEnd(String s, int start) {
        int labelStart = start;
        boolean asciiLabel = true; // the label so far is ASCII letters
        int i = start;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (!isHostChar(c)) {
                break;
            }
            if (c == '.') {
                labelStart = i + 1;
                asciiLabel = true;
            } else if (isUnspacedScript(c)
                    && asciiLabel
                    && labelStart > start
                    && i > labelStart
                    && i - labelStart <= MAX_TLD
                    && TopLevelDomains.isKnown(s.substring(labelStart, i))) {
                break;
            } else {
                asciiLabel &= isAsciiLetter(c);
            }
            i += Character.charCount(c);
        }
        while (i > start && s.charAt(i - 1) == '.') {
            i--; // "Visit example.com." ends a sentence
        }
        return i;
    }

    /**
     * Whether {@code [start, end)} is a host a web link may name: {@code localhost} or an IPv4
     * address (only after a scheme), or dotted labels of letters, digits and inner hyphens, at most
     * 63 characters each, with underscores only in sub-domains, and a top-level part of two or more
     * letters or punycode. A punycode label ({@code xn--}) is ASCII.
     */
    static boolean isHost(String s, int start, int end, boolean scheme) {
        boolean localhost =
                end - start == LOCALHOST.length()
                        && s.regionMatches(true, start, LOCALHOST, 0, LOCALHOST.length());
        if (scheme && (localhost || isIpv4(s.substring(start, end)))) {
            return true;
        }
        if (end - start > MAX_HOST) {
            return false;
        }
        // The labels are read in place: a page holds dozens of URLs, each checked here.
        int dots = 0;
        for (int i = start; i < end; i++) {
            if (s.charAt(i) == '.') {
                dots++;
            }
        }
        if (dots == 0) {
            return false;
        }
        int labelStart = start;
        for (int label = 0; label < dots; label++) {
            int labelEnd = s.indexOf('.', labelStart); // one of the dots counted: before end
            if (!isLabel(s, labelStart, labelEnd, label < dots - 1)) {
                return false;
            }
            labelStart = labelEnd + 1;
        }
        return isLabel(s, labelStart, end, false) && isTopLevel(s.substring(labelStart, end));
    }

    private static boolean isLabel(String s, int start, int end, boolean subdomain) {
        if (start == end || s.codePointCount(start, end) > MAX_LABEL) {
            return false;
        }
        char first = s.charAt(start);
        char last = s.charAt(end - 1);
        if (first == '-' || first == '_' || last == '-' || last == '_') {
            return false;
        }
        if (!subdomain) {
            for (int i = start; i < end; i++) {
                if (s.charAt(i) == '_') {
                    return false;
                }
            }
        }
        if (end - start >= 4 && s.regionMatches(true, start, "xn--", 0, 4)) {
            for (int i = start; i < end; i++) {
                char c = s.charAt(i);
                if (c >= 0x80 || !(Character.isLetterOrDigit(c) || c == '-')) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Two or more letters (any script, with their marks), or ASCII punycode. */
    private static boolean isTopLevel(String label) {
        if (label.regionMatches(true, 0, "xn--", 0, 4)) {
            return label.length() > 4;
        }
        if (label.codePointCount(0, label.length()) < 2) {
            return false;
        }
        for (int i = 0; i < label.length(); ) {
            int c = label.codePointAt(i);
            if (!Character.isLetter(c) && !isMark(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static boolean isIpv4(String host) {
        if (host.isEmpty() || !isDigit(host.charAt(0))) {
            return false; // the usual case, told without splitting
        }
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty()
                    || part.length() > 3
                    || !part.chars().allMatch(UrlCharacters::isDigit)
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}
