package dev.showpage.internal.generic;

import dev.showpage.internal.text.Durations;
import java.util.ArrayList;
import java.util.List;

/**
 * Listings that print each episode on one line of its own, as newsletters and a station's
 * selections do: the title, a sign that links it or a dash, the programme it belongs to and its
 * length in brackets ("Title 🔗 Programme name (37 min)", "Title - Programme (5 min)", "Title |
 * Programme (1 h 05)"). Two such lines or more, with nothing but blank lines between them, are a
 * listing: each line is an episode, titled by the words before the sign, of the programme after it,
 * as long as the brackets say.
 */
final class OneLineListing {

    /** Lines a listing has at least. */
    private static final int MIN_EPISODES = 2;

    /** Words of the programme's name at most. */
    private static final int PROGRAMME_MAX_WORDS = 8;

    /** Words of an entry's title at most. */
    private static final int TITLE_MAX_WORDS = 20;

    /**
     * The signs sites put between a title and what it belongs to, the link signs first: a link sign
     * is the separator wherever it stands, a dash or a bar the last one on the line (the title may
     * hold one of its own).
     */
    private static final String[] LINK_SIGNS = {
        " \uD83D\uDD17 ",
        " \u27A1\uFE0F ",
        " \u27A1 ",
        " \u2192 ",
        " \u25B6\uFE0F ",
        " \u25B6 ",
        " \u25BA ",
        " \uD83C\uDFA7 ",
        " \uD83C\uDF99\uFE0F ",
        " \uD83C\uDF99 "
    };

    private static final String[] DASHES = {" - ", " \u2013 ", " \u2014 ", " | ", " \u00B7 "};

    /** One line's parts: the title, the programme's name and the length as printed. */
    record Entry(String title, String programme, String length) {}

    private final LineTable lines;

    OneLineListing(LineTable lines) {
        this.lines = lines;
    }

    /** The listing's episodes, each a line, or none when the page prints no such run of lines. */
    List<EpisodeBlock> find() {
        List<Integer> entries = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.isBlank(i)) {
                continue;
            }
            if (isEntry(i)) {
                run.add(i);
                continue;
            }
            keepRun(run, entries);
        }
        keepRun(run, entries);
        List<EpisodeBlock> blocks = new ArrayList<>();
        for (int k = 0; k < entries.size(); k++) {
            int line = entries.get(k);
            int end = k + 1 < entries.size() ? entries.get(k + 1) : lines.size();
            blocks.add(new EpisodeBlock(line, line, -1, line + 1, end, -1, true));
        }
        return blocks;
    }

    private static void keepRun(List<Integer> run, List<Integer> entries) {
        if (run.size() >= MIN_EPISODES) {
            entries.addAll(run);
        }
        run.clear();
    }

    private boolean isEntry(int i) {
        return lines.isNote(i)
                && lines.isShort(i)
                && !lines.hasChapterLine(i, i + 1)
                && entry(lines.text(i)) != null;
    }

    /** The parts of a listing's line, or null when the line has not that shape. */
    static Entry entry(String text) {
        if (!text.endsWith(")")) {
            return null;
        }
        int open = text.lastIndexOf('(');
        if (open <= 0) {
            return null;
        }
        String length = text.substring(open + 1, text.length() - 1).strip();
        if (!Durations.isDuration(length)) {
            return null;
        }
        String head = text.substring(0, open).strip();
        int at = -1;
        int signLength = 0;
        for (String sign : LINK_SIGNS) {
            int found = head.indexOf(sign);
            if (found > 0) {
                at = found;
                signLength = sign.length();
                break;
            }
        }
        if (at < 0) {
            for (String dash : DASHES) {
                int found = head.lastIndexOf(dash);
                if (found > at) {
                    at = found;
                    signLength = dash.length();
                }
            }
        }
        if (at <= 0) {
            return null;
        }
        String title = head.substring(0, at).strip();
        String programme = head.substring(at + signLength).strip();
        if (!hasLetter(title)
                || !hasLetter(programme)
                || words(programme) > PROGRAMME_MAX_WORDS
                || words(title) > TITLE_MAX_WORDS) {
            return null;
        }
        return new Entry(title, programme, length);
    }

    private static boolean hasLetter(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split(" +").length;
    }
}
