package dev.showpage.internal.antlr;

/**
 * URLs a scraper glued to the word after them ({@code https://x.com/aNext}): the URL's last path
 * word ends in a capital and lower-case letters that may be the next field's first word. The URL is
 * left whole, since where it ends is not certain; the place is only noted. A static check on one
 * token's text, so the token source adds nothing per token to ask it.
 */
final class GluedUrls {

    private GluedUrls() {}

    /** Whether the last word of {@code url} may be the next field's first. */
    static boolean mayRunOn(String url) {
        int slash = url.lastIndexOf('/');
        if (slash < url.indexOf("://") + 3) {
            return false;
        }
        int end = url.length();
        int start = end;
        while (start > slash + 1 && Character.isLowerCase(url.charAt(start - 1))) {
            start--;
        }
        return end - start >= 2
                && start > slash + 2
                && Character.isUpperCase(url.charAt(start - 1))
                && Character.isLowerCase(url.charAt(start - 2));
    }
}
