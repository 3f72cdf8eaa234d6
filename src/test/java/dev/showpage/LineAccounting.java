package dev.showpage;

import dev.showpage.model.Diagnostic;
import dev.showpage.model.Page;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * No line of the input is lost: every non-blank line either has a diagnostic, or each of its words
 * of three or more letters occurs (as a whole word) in {@code page.toString()}.
 *
 * <p>A copy of the check of {@link LineAccountingTest}, widened for generic pages and for words
 * that mutated pages glue together or cut, so that the reliability tests apply the same rule to
 * mutated pages.
 */
final class LineAccounting {

    /** Words that only mark structure and are not kept as text, compared without case. */
    static final Set<String> STRUCTURAL_WORDS =
            Set.of(
                    "chapters",
                    "links",
                    "mentioned",
                    "follow",
                    "show",
                    "more",
                    "faq",
                    "listener",
                    "listeners",
                    "episodes",
                    "all",
                    "best",
                    "top",
                    "min",
                    // Generic pages: the words of a release or length line are kept as the date and
                    // the length they give; headings as what they open; entity names as the
                    // character.
                    "jan",
                    "january",
                    "feb",
                    "february",
                    "mar",
                    "march",
                    "apr",
                    "april",
                    "may",
                    "jun",
                    "june",
                    "jul",
                    "july",
                    "aug",
                    "august",
                    "sep",
                    "sept",
                    "september",
                    "oct",
                    "october",
                    "nov",
                    "november",
                    "dec",
                    "december",
                    "monday",
                    "tuesday",
                    "wednesday",
                    "thursday",
                    "friday",
                    "saturday",
                    "sunday",
                    "mon",
                    "tue",
                    "wed",
                    "thu",
                    "fri",
                    "sat",
                    "sun",
                    "mins",
                    "minute",
                    "minutes",
                    "hr",
                    "hrs",
                    "hour",
                    "hours",
                    "sec",
                    "secs",
                    "second",
                    "seconds",
                    "published",
                    "released",
                    "timestamps",
                    "segments",
                    "tracklist",
                    "setlist",
                    "where",
                    "find",
                    "connect",
                    "with",
                    "amp",
                    "rsquo",
                    "lsquo",
                    "ldquo",
                    "rdquo",
                    "nbsp",
                    "quot",
                    "mdash",
                    "ndash",
                    "hellip",
                    "apos",
                    // "X - A podcast by Y": the show X, published by Y.
                    "podcast");

    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    /** The line breaks the parser counts: CRLF, lone CR and LF. */
    static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private LineAccounting() {}

    /**
     * The non-blank lines of {@code text} that {@code page} does not account for, each as {@code
     * "line N: text missing [words]"}; empty when every line is accounted for.
     */
    static List<String> unaccountedLines(String text, Page page) {
        Set<String> dumpWords = lettersRuns(page.toString());
        Set<Integer> diagnosed =
                page.diagnostics().stream().map(Diagnostic::line).collect(Collectors.toSet());
        String[] lines = LINE_BREAK.split(text, -1);
        List<String> unaccounted = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            if (line.isBlank() || diagnosed.contains(number)) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            Matcher words = WORD.matcher(line);
            while (words.find()) {
                String word = words.group();
                if (!STRUCTURAL_WORDS.contains(word.toLowerCase(Locale.ROOT))
                        && !dumpWords.contains(word)
                        && !gluedToStructure(word, dumpWords)
                        && !splitByScript(word, dumpWords)) {
                    missing.add(word);
                }
            }
            if (!missing.isEmpty()) {
                unaccounted.add(
                        "line " + number + ": " + Corpus.escape(line, 200) + " missing " + missing);
            }
        }
        return unaccounted;
    }

    /**
     * Whether {@code word} is kept in parts that change script where it is cut, as a URL ends where
     * CJK text runs into it ({@code "li焫efs"} in a URL's path: the URL keeps {@code "li"}, the
     * prose {@code "焫efs"}).
     */
    static boolean splitByScript(String word, Set<String> dumpWords) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.UnicodeScript.of(word.codePointAt(i - 1))
                            != Character.UnicodeScript.of(word.codePointAt(i))
                    && !Character.isLowSurrogate(word.charAt(i))) {
                String head = word.substring(0, i);
                String tail = word.substring(i);
                boolean headKept =
                        dumpWords.contains(head)
                                || dumpWords.stream().anyMatch(w -> w.endsWith(head));
                boolean tailKept =
                        dumpWords.contains(tail)
                                || STRUCTURAL_WORDS.contains(tail.toLowerCase(Locale.ROOT))
                                || splitByScript(tail, dumpWords);
                boolean headStructural = STRUCTURAL_WORDS.contains(head.toLowerCase(Locale.ROOT));
                if ((headKept || headStructural) && tailKept) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code word} is a structural word or a URL's scheme glued without a blank to words
     * that are in the dump, as in {@code "1 Listenershttps://x.io"} or {@code "Show moreLinks
     * Mentioned:"}: the lexer splits such a run of letters into tokens ({@code "1 Listeners"} and a
     * URL; {@code "Show more"} and {@code "Links Mentioned"}), which the model keeps apart. The
     * original check, written for real pages, never meets these; mutated pages do. The word must
     * split into parts that are each a structural word, {@code http} or {@code https}, or a run of
     * three or more letters of the dump, at least one of them of the first two sorts.
     */
    static boolean gluedToStructure(String word, Set<String> dumpWords) {
        // reachable[i][s]: the first i letters split into allowed parts; s = 1 when a structural
        // part is among them.
        int n = word.length();
        boolean[][] reachable = new boolean[n + 1][2];
        reachable[0][0] = true;
        for (int i = 0; i < n; i++) {
            for (int s = 0; s < 2; s++) {
                if (!reachable[i][s]) {
                    continue;
                }
                for (int j = i + 3; j <= n; j++) {
                    String part = word.substring(i, j);
                    String lower = part.toLowerCase(Locale.ROOT);
                    if (STRUCTURAL_WORDS.contains(lower)
                            || lower.equals("http")
                            || lower.equals("https")) {
                        reachable[j][1] = true;
                    } else if (dumpWords.contains(part)) {
                        reachable[j][s] = true;
                    }
                }
            }
        }
        return reachable[n][1];
    }

    /**
     * Every maximal run of letters of the dump. A word occurs "as a whole word" in the dump (the
     * original's {@code (?<!\p{L})word(?!\p{L})}) exactly when it is one of these runs; a set makes
     * the check linear, which matters when hundreds of mutated pages are checked.
     */
    private static Set<String> lettersRuns(String dump) {
        Set<String> runs = new HashSet<>();
        Matcher m = LETTERS.matcher(dump);
        while (m.find()) {
            runs.add(m.group());
        }
        return runs;
    }
}
