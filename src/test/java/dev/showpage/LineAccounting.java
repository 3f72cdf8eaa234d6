package dev.showpage;

import dev.showpage.model.Diagnostic;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * No word of the input is lost: every word of every non-blank line is kept in the model as many
 * times as the page writes it, unless a diagnostic says it is not kept.
 *
 * <ul>
 *   <li><b>Per word, not per line.</b> A diagnostic excuses only what its code says the parser did
 *       not keep ({@link #REACH}): most excuse the words at and after their column (and the word
 *       that runs into it), from where the parser stopped understanding the line; a few excuse the
 *       whole line, which the parser drops; and those that report a line whose text the model keeps
 *       all the same ("read as part of the episode's text", a chapter out of order, a missing
 *       title) excuse nothing.
 *   <li><b>Counted.</b> Each word must occur in the model's text at least as many times as the
 *       lines that need it hold it (a multiset), so a common word dropped from one line is caught
 *       even when other lines keep it. The model's text is its strings only ({@link #texts}):
 *       titles, descriptions, names, labels, URLs, the FAQ; not the diagnostics' messages, the
 *       record's field names or the values read from the words (dates, lengths, counts, kinds).
 *   <li><b>Where the model says it came from.</b> Each episode knows the line it starts on ({@link
 *       Episode#source()}). The lines from there to the next episode's start are its block: their
 *       words must be in that episode's own text or in the page's own parts (show, navigation,
 *       heading, summary, FAQ), not merely somewhere on the page. The lines above the first episode
 *       must be in the page's own parts.
 * </ul>
 *
 * <p>Words that only mark structure (the {@code structural} set of each check, compared without
 * case) are not kept as text and are never needed. A word counts as any run of letters; a word of
 * one or two letters ("a", "of", "to") counts like any other. Not needed either, because the model
 * keeps them in another form: letters glued to a number ("2h", "6th", "84min"), kept as the value;
 * a line that is the show's name or publisher, kept as the show however often the page repeats it;
 * and the name and "on" of "Monica on Twitter: URL", kept as the link labelled "Twitter" of the
 * person Monica.
 *
 * <p>Where the model keeps fewer of a word than the lines need, the check cannot tell which line
 * lost it: it names a repeated line first, then a line that no string of the model holds as
 * written, then the last lines in page order. Losses of a {@link Known} kind are listed apart, so
 * that the tests over many pages can pin how many there are.
 *
 * <p>{@link #unaccountedLines} is the check the reliability tests apply to mutated and fuzzed
 * pages: its structural words include the generic layout's date and length words, and it allows for
 * words that mutation glued to structure or cut at a change of script. {@link LineAccountingTest}
 * applies the same rules with the narrower list of the brief and none of these allowances.
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
                    "podcast",
                    // "1 h 6 min": units of a length.
                    "h",
                    "m",
                    "s");

    /** How far a diagnostic's code says the parser did not keep the text of its line. */
    enum Reach {
        /** The line's text is kept (in the model, as the code says): nothing is excused. */
        NOTHING,
        /** The words at and after the diagnostic's column: the parser stopped reading there. */
        FROM_COLUMN,
        /** The whole line: the parser dropped it or kept it in no part. */
        WHOLE_LINE,
        /** Everything from the diagnostic's position on: nothing more was read or reported. */
        REST_OF_PAGE
    }

    /**
     * What each diagnostic code excuses, decided code by code from what the parser does where it
     * reports it ({@code DiagnosticCode} in the main code; {@link LineAccountingTest} holds this
     * map to that list).
     *
     * <ul>
     *   <li>Nothing: the line is read all the same. {@code extra-head-line}, {@code
     *       extra-date-line} and {@code heading-in-card} say the line is "read as part of the
     *       episode's text"; {@code missing-title}, {@code missing-date} and {@code
     *       missing-listeners} stand at a card's first, date or last line, which is read; {@code
     *       heading-count} at the heading, which is kept; the {@code chapter-*} warnings about
     *       order, start, rollover, end, a missing title or a repair stand at a chapter that is
     *       kept; {@code ambiguous-date} and {@code relative-date} at a date that is read; {@code
     *       repeated-heading} at an "FAQ" line, a structural word; {@code empty-page} on a page
     *       with no words.
     *   <li>From the column: a value that could not be read ({@code invalid-timestamp}, {@code
     *       invalid-date}, {@code invalid-duration}, {@code empty-duration}, {@code broken-url}),
     *       text the parser does not understand after a date ({@code date-line-text}), a chapter
     *       list set aside ({@code chapter-list-ignored}), text repaired from there on ({@code
     *       mojibake-repaired}, {@code double-encoded}, {@code html-remnant}, {@code glued-text},
     *       {@code invalid-utf8}), and the recovering parser's {@code unexpected-line}, which skips
     *       tokens from the one it found.
     *   <li>The whole line: {@code unrecognised-line}, a line that belongs to no part of the page
     *       and is dropped, and {@code faq-without-answer}, a question the FAQ leaves out (it keeps
     *       only questions with their answers).
     *   <li>The rest of the page: {@code input-too-large} (nothing is parsed) and {@code
     *       too-many-diagnostics} (what is left out from its position on is not said).
     * </ul>
     */
    static final Map<String, Reach> REACH =
            Map.ofEntries(
                    Map.entry("missing-title", Reach.NOTHING),
                    Map.entry("missing-date", Reach.NOTHING),
                    Map.entry("missing-listeners", Reach.NOTHING),
                    Map.entry("extra-head-line", Reach.NOTHING),
                    Map.entry("extra-date-line", Reach.NOTHING),
                    Map.entry("date-line-text", Reach.FROM_COLUMN),
                    Map.entry("heading-count", Reach.NOTHING),
                    Map.entry("chapter-order", Reach.NOTHING),
                    Map.entry("chapter-late-start", Reach.NOTHING),
                    Map.entry("chapter-rollover", Reach.NOTHING),
                    Map.entry("chapter-list-ignored", Reach.FROM_COLUMN),
                    Map.entry("chapter-past-end", Reach.NOTHING),
                    Map.entry("chapter-without-title", Reach.NOTHING),
                    Map.entry("ambiguous-date", Reach.NOTHING),
                    Map.entry("relative-date", Reach.NOTHING),
                    Map.entry("double-encoded", Reach.FROM_COLUMN),
                    Map.entry("mojibake-repaired", Reach.FROM_COLUMN),
                    Map.entry("html-remnant", Reach.FROM_COLUMN),
                    Map.entry("chapter-repaired", Reach.NOTHING),
                    Map.entry("glued-text", Reach.FROM_COLUMN),
                    Map.entry("faq-without-answer", Reach.WHOLE_LINE),
                    Map.entry("heading-in-card", Reach.NOTHING),
                    Map.entry("repeated-heading", Reach.NOTHING),
                    Map.entry("too-many-diagnostics", Reach.REST_OF_PAGE),
                    Map.entry("empty-page", Reach.NOTHING),
                    Map.entry("invalid-timestamp", Reach.FROM_COLUMN),
                    Map.entry("invalid-date", Reach.FROM_COLUMN),
                    Map.entry("invalid-duration", Reach.FROM_COLUMN),
                    Map.entry("empty-duration", Reach.FROM_COLUMN),
                    Map.entry("invalid-utf8", Reach.FROM_COLUMN),
                    Map.entry("input-too-large", Reach.REST_OF_PAGE),
                    Map.entry("broken-url", Reach.FROM_COLUMN),
                    Map.entry("unrecognised-line", Reach.WHOLE_LINE),
                    Map.entry("unexpected-line", Reach.FROM_COLUMN));

    /**
     * Phrases whose words mark structure only together, compared without case: "Where to find
     * Nell:" opens a person's links (kept as the person's), "X - A podcast by Y" names the show and
     * its publisher. Their words are never needed there, and only there.
     */
    static final List<String> STRUCTURAL_PHRASES = List.of("where to find", "a podcast by");

    /** A word: any run of letters. */
    static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** The line breaks the parser counts: CRLF, lone CR and LF. */
    static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    /**
     * One word of one line that the model must keep; {@code repeat} when its line repeats an
     * earlier line of the page word for word, {@code verbatim} when one of the model's strings
     * holds the whole line as written.
     */
    private record Needed(int line, int column, String word, boolean repeat, boolean verbatim) {}

    /**
     * Losses of a known kind, which the parser has today outside the Goodpods layout; each is
     * listed in the report, and the tests pin how many there are.
     */
    enum Known {
        /**
         * A line that repeats an earlier line of the page word for word (a title, the navigation, a
         * paragraph printed twice): the generic layout keeps such a line once.
         */
        REPEATED_LINE,
        /**
         * "Follow Aaron:" where the episode follows Aaron already: the episode keeps one person of
         * that name, so the name is in the model once for two headings.
         */
        FOLLOWED_AGAIN
    }

    /**
     * What a check found: the lines whose words the model does not keep, and those of them that are
     * losses of a {@link Known} kind, each as {@code "line N: text missing [words]"}.
     */
    record Result(List<String> unaccounted, Map<Known, List<String>> known) {
        int knownCount() {
            return known.values().stream().mapToInt(List::size).sum();
        }
    }

    private static final Pattern FOLLOW_LINE = Pattern.compile("\\s*Follow\\b[^:]*:\\s*");

    private LineAccounting() {}

    /**
     * The lines of {@code text} that {@code page} does not account for, each as {@code "line N:
     * text missing [words]"} (the words the model does not keep from that line, in line order),
     * losses of a {@link Known} kind left out; empty when every word is accounted for. The
     * reliability tests' check: {@link #STRUCTURAL_WORDS} and {@link #STRUCTURAL_PHRASES}, with the
     * allowances for mutated text.
     */
    static List<String> unaccountedLines(String text, Page page) {
        return check(text, page).unaccounted();
    }

    /** The reliability tests' check, with the losses of a known kind. */
    static Result check(String text, Page page) {
        return check(text, page, STRUCTURAL_WORDS, STRUCTURAL_PHRASES, true);
    }

    /**
     * The check, with {@code structural} words never needed and the words of {@code phrases} not
     * needed where the phrase stands, and the allowances for words that mutation glued to structure
     * or cut at a change of script only when {@code mutated}.
     */
    static Result check(
            String text, Page page, Set<String> structural, List<String> phrases, boolean mutated) {
        String input = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = LINE_BREAK.split(input, -1);
        int[] excusedFrom = excusedFrom(page.diagnostics(), lines.length);

        Set<String> showLines = new HashSet<>();
        page.show()
                .ifPresent(
                        show -> {
                            showLines.add(show.title().strip());
                            show.publisher().ifPresent(p -> showLines.add(p.strip()));
                        });
        Map<String, Set<String>> linkLabelsByNameWord = linkLabelsByNameWord(page);

        List<String> modelTexts = texts(pageParts(page));
        page.episodes().forEach(e -> modelTexts.addAll(texts(e)));
        boolean[] verbatim = new boolean[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            verbatim[i] = !line.isEmpty() && modelTexts.stream().anyMatch(t -> t.contains(line));
        }

        List<Needed> needed = new ArrayList<>();
        Set<String> seenLines = new HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            if (showLines.contains(lines[i].strip())) {
                continue; // the show's name, kept as the show however often the page repeats it
            }
            boolean repeat = !lines[i].isBlank() && !seenLines.add(lines[i].strip());
            List<int[]> runs = new ArrayList<>();
            Matcher words = WORD.matcher(lines[i]);
            while (words.find()) {
                runs.add(new int[] {words.start(), words.end()});
            }
            for (int r = 0; r < runs.size(); r++) {
                int start = runs.get(r)[0];
                int end = runs.get(r)[1];
                String word = lines[i].substring(start, end);
                // Excused: a word at or after the column, or one that runs into it (the word
                // a repair or a broken value starts inside: "Zo" of "Zo\u221A\u00B4").
                if (end + 1 >= excusedFrom[i]
                        || structural.contains(word.toLowerCase(Locale.ROOT))
                        || inPhrase(lines[i], runs, r, phrases)
                        || (start > 0 && Character.isDigit(lines[i].charAt(start - 1)))
                        || personLinkLabel(lines[i], runs, r, linkLabelsByNameWord)) {
                    continue;
                }
                needed.add(new Needed(i + 1, start + 1, word, repeat, verbatim[i]));
            }
        }

        Map<String, Integer> pageWords = counts(texts(pageParts(page)));
        Map<String, Integer> allWords = new HashMap<>(pageWords);
        List<Map<String, Integer>> episodeWords = new ArrayList<>();
        for (Episode e : page.episodes()) {
            Map<String, Integer> own = counts(texts(e));
            episodeWords.add(own);
            own.forEach((w, n) -> allWords.merge(w, n, Integer::sum));
        }
        Set<String> dumpWords = allWords.keySet();
        if (mutated) {
            needed.removeIf(
                    n ->
                            !allWords.containsKey(n.word())
                                    && (gluedToStructure(n.word(), dumpWords)
                                            || splitByScript(n.word(), dumpWords)));
        }

        Set<Needed> missing = new HashSet<>();
        // Block by block first, where the model says each episode starts: an episode's lines
        // are kept in its own text or in the page's own parts, and a word the block lacks is
        // missing from the block's own lines.
        List<Integer> starts = blockStarts(page, lines.length);
        if (starts != null) {
            for (int b = 0; b < starts.size(); b++) {
                int from = starts.get(b);
                int to = b + 1 < starts.size() ? starts.get(b + 1) : lines.length + 1;
                List<Needed> inBlock =
                        needed.stream().filter(n -> n.line() >= from && n.line() < to).toList();
                Map<String, Integer> have = new HashMap<>(pageWords);
                if (b > 0) {
                    episodeWords.get(b - 1).forEach((w, n) -> have.merge(w, n, Integer::sum));
                }
                markShortfall(inBlock, have, missing);
            }
        }
        // Then over the whole page: the model keeps each word as often as the lines need it
        // (this is what counts where the episodes' starts are not known).
        markShortfall(needed, allWords, missing);

        Map<Integer, List<String>> byLine = new TreeMap<>();
        Map<Integer, Boolean> allRepeat = new HashMap<>();
        for (Needed n : needed) {
            if (missing.contains(n)) {
                byLine.computeIfAbsent(n.line(), k -> new ArrayList<>()).add(n.word());
                allRepeat.merge(n.line(), n.repeat(), Boolean::logicalAnd);
            }
        }
        List<String> unaccounted = new ArrayList<>();
        Map<Known, List<String>> known = new java.util.EnumMap<>(Known.class);
        byLine.forEach(
                (line, words) -> {
                    String entry =
                            "line "
                                    + line
                                    + ": "
                                    + Corpus.escape(lines[line - 1], 200)
                                    + " missing "
                                    + words;
                    Known kind =
                            FOLLOW_LINE.matcher(lines[line - 1]).matches()
                                    ? Known.FOLLOWED_AGAIN
                                    : allRepeat.get(line) ? Known.REPEATED_LINE : null;
                    if (kind == null) {
                        unaccounted.add(entry);
                    } else {
                        known.computeIfAbsent(kind, k -> new ArrayList<>()).add(entry);
                    }
                });
        return new Result(unaccounted, known);
    }

    /**
     * For each line (index 0 for line 1), the first column whose words a diagnostic excuses; past
     * the line's end when none does.
     */
    static int[] excusedFrom(List<Diagnostic> diagnostics, int lineCount) {
        int[] from = new int[lineCount];
        Arrays.fill(from, Integer.MAX_VALUE);
        int restFrom = Integer.MAX_VALUE;
        for (Diagnostic d : diagnostics) {
            Reach reach = REACH.getOrDefault(d.code(), Reach.FROM_COLUMN);
            int i = d.line() - 1;
            if (reach == Reach.NOTHING || i < 0 || i >= lineCount) {
                continue;
            }
            int column = reach == Reach.WHOLE_LINE ? 1 : Math.max(1, d.column());
            from[i] = Math.min(from[i], column);
            if (reach == Reach.REST_OF_PAGE) {
                restFrom = Math.min(restFrom, i + 1);
            }
        }
        for (int i = restFrom; i < lineCount; i++) {
            from[i] = 1;
        }
        return from;
    }

    /**
     * Marks as missing the occurrences of each word of {@code needed} beyond the number {@code
     * have} holds, counting those already marked: those on repeated lines first, then the last ones
     * in page order, since the model's text cannot tell which line it kept.
     */
    private static void markShortfall(
            List<Needed> needed, Map<String, Integer> have, Set<Needed> missing) {
        Map<String, List<Needed>> byWord = new LinkedHashMap<>();
        for (Needed n : needed) {
            byWord.computeIfAbsent(n.word(), k -> new ArrayList<>()).add(n);
        }
        byWord.forEach(
                (word, occurrences) -> {
                    int shortfall = occurrences.size() - have.getOrDefault(word, 0);
                    for (Needed n : occurrences) {
                        if (missing.contains(n)) {
                            shortfall--;
                        }
                    }
                    // A repeated line first: where a line is printed twice, it is the copy
                    // that the model may keep once.
                    // Then a line that no string of the model holds as written, before one that
                    // is there whole.
                    for (int pass = 0; pass < 3; pass++) {
                        for (int i = occurrences.size() - 1; i >= 0 && shortfall > 0; i--) {
                            Needed n = occurrences.get(i);
                            int rank = n.repeat() ? 0 : n.verbatim() ? 2 : 1;
                            if (rank == pass && missing.add(n)) {
                                shortfall--;
                            }
                        }
                    }
                });
    }

    /** Whether word {@code r} of a line is one of the words of a phrase of {@code phrases}. */
    private static boolean inPhrase(String line, List<int[]> runs, int r, List<String> phrases) {
        for (String phrase : phrases) {
            String[] words = phrase.split(" ");
            for (int first = r - words.length + 1; first <= r; first++) {
                if (first < 0 || first + words.length > runs.size()) {
                    continue;
                }
                boolean all = true;
                for (int k = 0; k < words.length && all; k++) {
                    int[] run = runs.get(first + k);
                    all = line.substring(run[0], run[1]).equalsIgnoreCase(words[k]);
                }
                if (all) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * For each word of each person's name, the labels of that person's links: "Monica on Twitter:
     * URL" is kept as the link labelled "Twitter" of the person Monica Sarbu.
     */
    private static Map<String, Set<String>> linkLabelsByNameWord(Page page) {
        Map<String, Set<String>> labels = new HashMap<>();
        for (Episode e : page.episodes()) {
            for (var person : e.people()) {
                Matcher m = WORD.matcher(person.name());
                while (m.find()) {
                    for (var link : person.links()) {
                        link.label()
                                .ifPresent(
                                        l ->
                                                labels.computeIfAbsent(
                                                                m.group(), k -> new HashSet<>())
                                                        .add(l));
                    }
                }
            }
        }
        return labels;
    }

    /**
     * Whether word {@code r} of a line is the name or the "on" of a person's link written "Name on
     * Label": the model keeps that as the person's link labelled "Label", with the name once, in
     * the person.
     */
    private static boolean personLinkLabel(
            String line, List<int[]> runs, int r, Map<String, Set<String>> labelsByNameWord) {
        for (int name = r - 1; name <= r; name++) {
            if (name < 0 || name + 2 >= runs.size()) {
                continue;
            }
            String nameWord = line.substring(runs.get(name)[0], runs.get(name)[1]);
            String on = line.substring(runs.get(name + 1)[0], runs.get(name + 1)[1]);
            Set<String> labels = labelsByNameWord.get(nameWord);
            if (labels != null && on.equals("on")) {
                String rest = line.substring(runs.get(name + 2)[0]);
                if (labels.stream().anyMatch(rest::startsWith)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The first line of each block (the page's own lines, then one block per episode), or null when
     * the episodes do not start on increasing lines of the input, where blocks would mean nothing.
     */
    private static List<Integer> blockStarts(Page page, int lineCount) {
        List<Integer> starts = new ArrayList<>();
        starts.add(1);
        int previous = 0;
        for (Episode e : page.episodes()) {
            int line = e.source().line();
            if (line <= previous || line > lineCount) {
                return null;
            }
            starts.add(line);
            previous = line;
        }
        return starts;
    }

    /** The parts of the page that belong to no episode: show, navigation, heading, summary, FAQ. */
    static List<Object> pageParts(Page page) {
        return List.of(page.show(), page.navigation(), page.heading(), page.summary(), page.faq());
    }

    /**
     * The strings a model value holds: every string of every record component, optional and list
     * element, recursively; not the values read from the words (dates, lengths, counts, kinds,
     * positions).
     */
    static List<String> texts(Object value) {
        List<String> out = new ArrayList<>();
        collect(value, out);
        return out;
    }

    private static void collect(Object value, List<String> out) {
        if (value instanceof String s) {
            out.add(s);
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> collect(v, out));
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> collect(v, out));
        } else if (value instanceof Record r) {
            try {
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    collect(c.getAccessor().invoke(r), out);
                }
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** How many times each word occurs in {@code texts}. */
    static Map<String, Integer> counts(List<String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        for (String text : texts) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                counts.merge(m.group(), 1, Integer::sum);
            }
        }
        return counts;
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
}
