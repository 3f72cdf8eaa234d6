package dev.showpage.internal.text;

import static dev.showpage.internal.text.UrlCharacters.endsUrl;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Where the path, query and fragment of a URL end in the text around it: the brackets a URL opens
 * and closes are its own, sentence punctuation and the quotes it does not open are not.
 */
final class UrlEnds {

    private UrlEnds() {}

    /**
     * Where the path, query and fragment from {@code start} end: at the first character no URL
     * holds or at a closing bracket the URL did not open; then sentence punctuation is taken off
     * the end, and so is an opening bracket or a quote that nothing closes.
     */
    static int pathEnd(String s, int start) {
        Deque<Character> open = new ArrayDeque<>();
        int i = start;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (endsUrl(c)) {
                break;
            }
            if (c == '(' || c == '[' || c == '{') {
                open.push((char) c);
            } else if (c == ')' || c == ']' || c == '}') {
                if (open.isEmpty() || open.peek() != opening((char) c)) {
                    break;
                }
                open.pop();
            }
            i += Character.charCount(c);
        }
        int end = i;
        while (end > start) {
            char c = s.charAt(end - 1);
            if (".,;:!?*\u2026".indexOf(c) >= 0 || c == '(' || c == '[' || c == '{') {
                end--;
            } else if ((c == '\'' || c == '\u2019') && count(s, start, end - 1, c) % 2 == 0) {
                end--; // a quote the URL does not open ("'http://example.com/'"), not "/'a'"
            } else {
                break;
            }
        }
        return end;
    }

    private static char opening(char closing) {
        return closing == ')' ? '(' : closing == ']' ? '[' : '{';
    }

    private static int count(String s, int start, int end, char c) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
