package dev.showpage.internal.episode;

import dev.showpage.internal.episode.EpisodeDraft.ChapterItem;
import dev.showpage.internal.session.SourceText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * Runs of times that are a transcript's, not a chapter list, told by what follows the times: a
 * speaker's name and what they say ("[00:01:12] Jane: so we began...", "00:00 Michael Kennedy:
 * welcome to...", where a few names come back), speech on the line under each time, or speech glued
 * to each time ("00:11So we began on a Monday."), as captions are printed under a video.
 */
final class TranscriptTimes {

    /** A speaker's label is a name of a few words: "Jane", "Speaker 1", "Michael Kennedy". */
    private static final int LABEL_MAX_WORDS = 3;

    /** Words after a label, or under a time, that make speech rather than a title. */
    private static final int SPEECH_MIN_WORDS = 12;

    private TranscriptTimes() {}

    /**
     * Whether the run's chapters are a transcript's: two thirds or more open with a speaker's label
     * followed by speech (or by nothing, the speech being on the next line) and a label comes back
     * (a speaker speaks twice); or most titles were read from the line under their time and most of
     * those are speech (a sentence, or a long line).
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
        return speakers || speechUnderTimes || cues;
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
        String label = title.substring(0, colon).strip();
        String[] words = label.split(" ");
        if (words.length > LABEL_MAX_WORDS) {
            return null;
        }
        for (String word : words) {
            if (word.isEmpty()
                    || !(Character.isUpperCase(word.codePointAt(0))
                            || Character.isDigit(word.codePointAt(0)))) {
                return null;
            }
        }
        String rest = title.substring(colon + 1).strip();
        return rest.isEmpty() || wordCount(rest) >= SPEECH_MIN_WORDS ? label : null;
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
