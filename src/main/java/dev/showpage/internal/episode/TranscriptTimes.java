package dev.showpage.internal.episode;

import dev.showpage.internal.episode.EpisodeDraft.ChapterItem;
import dev.showpage.internal.session.SourceText;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * Runs of times that are a transcript's, not a chapter list, told by what follows the times: a
 * speaker's name and what they say ("[00:01:12] Jane: so we began...", "00:00 Michael Kennedy:
 * welcome to...", where a few names come back), a speaker's label on the line above each time,
 * speech on the line under each time, or speech glued to each time ("00:11So we began on a
 * Monday."), as captions are printed under a video; or by how the times fall: cues a few seconds
 * apart whose texts are sentences or come back ("00:00:11 - So we began.", "00:00:15 - Right.",
 * ...), where a chapter list's times are minutes apart.
 */
final class TranscriptTimes {

    /** A speaker's label is a name of a few words: "Jane", "Speaker 1", "Michael Kennedy". */
    private static final int LABEL_MAX_WORDS = 3;

    /** Words after a label, or under a time, that make speech rather than a title. */
    private static final int SPEECH_MIN_WORDS = 12;

    /**
     * The most entries a minute may hold, at the median gap, for a list to be chapters: a chapter
     * lasts minutes, a spoken cue seconds. At a median gap of 20 seconds or less the run is a
     * transcript's when its texts speak (statements) or repeat.
     */
    private static final long CUE_GAP_MAX = 20;

    /**
     * Under this median gap, the run is a transcript's whatever its texts: captions cut every few
     * seconds ("0:03 so today we're going to"), where no chapter of a list is this short (video
     * sites ask ten seconds of each).
     */
    private static final long CAPTION_GAP_BELOW = 10;

    /**
     * A wider median gap, up to this, is a transcript's only in a long run whose texts are nearly
     * all statements of some length: paragraphs stamped every half minute.
     */
    private static final long PARAGRAPH_GAP_MAX = 45;

    /** The fewest entries a run judged by its gaps has: four times prove nothing of a rhythm. */
    private static final int CUES_MIN = 5;

    /**
     * The fewest entries of a run judged by its gaps alone: a few short gaps may fall in any list
     * by chance, eight entries in a row less than ten seconds apart only in captions.
     */
    private static final int CAPTIONS_MIN = 8;

    /** The fewest entries of a run of stamped paragraphs. */
    private static final int PARAGRAPHS_MIN = 10;

    /** The fewest words, at the median, of the texts of a run of stamped paragraphs. */
    private static final int PARAGRAPH_MIN_WORDS = 8;

    /**
     * The fewest words of a statement that counts as speech in a run too short to show a rhythm: a
     * title of a list is a few words, even when it ends in a full stop ("Intro.", "Sponsor: Acme
     * Ropes."); a spoken sentence has a subject, a verb and what is said of it.
     */
    private static final int CUE_SENTENCE_MIN_WORDS = 5;

    /** The fewest texts that come back in a run of cues for the repeats alone to tell speech. */
    private static final int ECHOES_MIN = 2;

    private TranscriptTimes() {}

    /**
     * Whether the run's chapters are a transcript's: two thirds or more open with a speaker's label
     * followed by speech (or by nothing, the speech being on the next line) and a label comes back
     * (a speaker speaks twice); or most titles were read from the line under their time and most of
     * those are speech (a sentence, or a long line); or most times stand under a speaker's label
     * alone on its line ({@link SpeakerTurns}).
     */
    static boolean is(List<ChapterEntry> chapters) {
        int n = chapters.size();
        int labelled = 0;
        int below = 0;
        int speechBelow = 0;
        int glued = 0;
        int speechGlued = 0;
        Set<String> labels = new HashSet<>();
        for (ChapterEntry entry : chapters) {
            if (gluedTitle(entry.item)) {
                glued++;
                if (isSpeech(entry.title)) {
                    speechGlued++;
                }
            }
            String label = speakerLabel(SourceText.collapse(entry.item.title));
            if (label != null) {
                labelled++;
                labels.add(label);
            }
            if (entry.titleBelow()) {
                below++;
                if (isSpeech(entry.title)) {
                    speechBelow++;
                }
            }
        }
        boolean speakers = labelled * 3 >= n * 2 && labels.size() < labelled;
        boolean speechUnderTimes = below * 2 > n && speechBelow * 2 > below;
        boolean cues = glued * 2 > n && speechGlued * 2 > glued;
        return speakers
                || speechUnderTimes
                || cues
                || spokenCues(chapters)
                || fewSpokenCues(chapters)
                || SpeakerTurns.are(chapters);
    }

    /**
     * Whether a run too short to show a rhythm ({@link #spokenCues} asks {@value #CUES_MIN}
     * entries) is still a transcript's: every time is less than {@value #CAPTION_GAP_BELOW} seconds
     * after the one before, and most texts are speech: statements of {@value
     * #CUE_SENTENCE_MIN_WORDS} words or more, or lines too long for a title ("[00:00:00] Welcome to
     * the show, everyone. [00:00:04] I'm your host and [00:00:06] today we talk about ..."). A
     * short title with a full stop or an exclamation mark ("0:00 Intro.", "0:05 Sponsor.") is no
     * speech, nor is a question (a list of questions asked in turn is a chapter list).
     */
    static boolean fewSpokenCues(List<ChapterEntry> chapters) {
        int n = chapters.size();
        if (n < 2 || n >= CUES_MIN) {
            return false;
        }
        int speech = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && chapters.get(i).start - chapters.get(i - 1).start >= CAPTION_GAP_BELOW) {
                return false;
            }
            if (isSpokenSentence(chapters.get(i).title)) {
                speech++;
            }
        }
        return speech * 2 > n;
    }

    private static boolean isSpokenSentence(String text) {
        int words = wordCount(text);
        return (endsStatement(text) && words >= CUE_SENTENCE_MIN_WORDS)
                || words >= SPEECH_MIN_WORDS;
    }

    /**
     * Whether the run's times fall as a transcript's cues: at the median, neighbouring entries are
     * less than {@value #CAPTION_GAP_BELOW} seconds apart in a run of {@value #CAPTIONS_MIN} or
     * more (captions, whatever their texts); or {@value #CUE_GAP_MAX} seconds apart or less (three
     * entries a minute or more), and most texts end as statements do ("Perfect.", "So we...",
     * "Wow!") or some texts come back word for word (a caption repeated); or, {@value
     * #PARAGRAPH_GAP_MAX} seconds apart or less, a long run whose texts are three quarters
     * statements of {@value #PARAGRAPH_MIN_WORDS} words or more at the median. A chapter list's
     * entries are minutes apart, whatever its titles look like; and a question is no evidence,
     * since a list of questions asked in turn ("0:21 Who were you ten years ago?", "1:00 How would
     * you describe yourself?") is a chapter list however short its gaps.
     */
    static boolean spokenCues(List<ChapterEntry> chapters) {
        int n = chapters.size();
        if (n < CUES_MIN) {
            return false;
        }
        long[] gaps = new long[n - 1];
        for (int i = 1; i < n; i++) {
            gaps[i - 1] = chapters.get(i).start - chapters.get(i - 1).start;
        }
        long median = median(gaps);
        if (median > PARAGRAPH_GAP_MAX) {
            return false;
        }
        if (median < CAPTION_GAP_BELOW && n >= CAPTIONS_MIN) {
            return true;
        }
        int statements = 0;
        int echoes = 0;
        long[] words = new long[n];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String title = chapters.get(i).title;
            if (endsStatement(title)) {
                statements++;
            }
            if (!seen.add(title.toLowerCase(Locale.ROOT))) {
                echoes++;
            }
            words[i] = wordCount(title);
        }
        if (median <= CUE_GAP_MAX) {
            return statements * 2 > n || echoes >= ECHOES_MIN;
        }
        return n >= PARAGRAPHS_MIN
                && statements * 4 >= n * 3
                && median(words) >= PARAGRAPH_MIN_WORDS;
    }

    /** The lower median. */
    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }

    /**
     * Whether the text ends as a statement does, in any script: a full stop, "!", an ellipsis
     * ("...", "…"), the CJK or Devanagari ones, before any closing quotes or brackets ("(Laughs.)",
     * "\u00AB Yes. \u00BB"). A question mark is not one: chapter titles ask too.
     */
    static boolean endsStatement(String text) {
        int end = text.length();
        while (end > 0 && isClosing(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        char last = text.charAt(end - 1);
        return switch (last) {
            case '.', '!', '\u2026', '\u3002', '\uFF01', '\u0964' -> true;
            default -> false;
        };
    }

    private static boolean isClosing(char c) {
        return switch (c) {
            case '"', '\'', ')', ']', '\u201D', '\u2019', '\u00BB', '\u203A', '\u300D', '\u300F' ->
                    true;
            default -> false;
        };
    }

    /**
     * Whether the title follows its time with no blank between them ("00:11So we began."): a
     * caption's cue as a transcript prints it, its time in one element and its text in the next.
     */
    static boolean gluedTitle(ChapterItem item) {
        if (item.titleFirst) {
            return false;
        }
        Token mark = item.mark;
        CharStream input = mark.getInputStream();
        int at = mark.getStopIndex() + 1;
        if (input == null || at <= 0 || at >= input.size()) {
            return false;
        }
        String next = input.getText(Interval.of(at, at));
        return !next.isEmpty() && Character.isLetter(next.codePointAt(0));
    }

    /** "Jane: so we began ..." gives "Jane"; null when the title opens with no speaker's label. */
    static String speakerLabel(String title) {
        int colon = title.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        // Read in place, the label made only when it is one: most titles with a colon have none
        int from = stripStart(title, 0, colon);
        int to = stripEnd(title, from, colon);
        int words = 0;
        for (int word = from; word <= to; word++) {
            // each word of the label split at single spaces opens with a capital or a digit
            int end = title.indexOf(' ', word);
            end = end < 0 || end > to ? to : end;
            if (end == word
                    || ++words > LABEL_MAX_WORDS
                    || !(Character.isUpperCase(title.codePointAt(word))
                            || Character.isDigit(title.codePointAt(word)))) {
                return null;
            }
            word = end;
        }
        int restFrom = stripStart(title, colon + 1, title.length());
        int restTo = stripEnd(title, restFrom, title.length());
        return restFrom == restTo || spaceSplitWords(title, restFrom, restTo) >= SPEECH_MIN_WORDS
                ? title.substring(from, to)
                : null;
    }

    /** Where the text from {@code from} starts once stripped as {@link String#strip} does. */
    private static int stripStart(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    /** Where the text up to {@code to} ends once stripped as {@link String#strip} does. */
    private static int stripEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** {@link #wordCount} of the stripped, non-empty text from {@code from} to {@code to}. */
    private static int spaceSplitWords(String text, int from, int to) {
        int words = 1;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ' ') {
                words++;
            }
        }
        return words;
    }

    /** A sentence ("So we began."), or a line too long to be a title. */
    private static boolean isSpeech(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return last == '.'
                || last == '!'
                || last == '?'
                || last == '\u2026'
                || wordCount(text) >= SPEECH_MIN_WORDS;
    }

    private static int wordCount(String text) {
        return text.isEmpty() ? 0 : text.split(" ").length;
    }
}
