package dev.showpage.internal.generic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a column of a table holds, by the words its header cell prints: the column names TV and
 * podcast databases, broadcasters' archives and wikis give their episode lists, in English, French,
 * German, Spanish, Italian, Portuguese and Dutch, and the names of the columns that tell a table of
 * something else. A header not named here is not read (a guest column among them: its cells stay in
 * the episode's notes, where the people rules read them).
 *
 * <p>A table lists episodes only with the episode's number under a word for "episode" ({@link
 * #EPISODE}) and a title ({@link #TITLE} or {@link #NAME}). A first broadcast beside a title is as
 * likely a presenter's shows or a channel's programmes; a plain date ("Date", "Datum", "Data",
 * "Fecha") or a release date ("Published", "Released") beside a name a concert schedule, a holiday
 * list, a match day or a book list; a plain number ("Nr.", "No.", "#") heads a squad, a chart, a
 * ranking or a track list as often as an episode list. Those columns are read in an episode table,
 * but never make one. A season ("Season", "Staffel") or a count of episodes ("Episodes", "Folgen")
 * heads an overview of seasons, whose rows are no episodes even beside an "Episode" column.
 */
enum TableColumns {
    /** The episode's number under a word for "episode". */
    EPISODE,
    /** Some other running number. */
    NUMBER,
    /** The day an episode was first broadcast. */
    AIRDATE,
    /** A date that may be any day: of a release, a concert, a match. */
    DATE,
    /** The episode's title, under a word for "title". */
    TITLE,
    /** A name: the episode's title where no column is headed as its title. */
    NAME,
    LENGTH,
    /** A clock time into a recording or a day: a chapter table or a schedule, no episode list. */
    TIME,
    /** A season, or a count of a season's episodes: an overview of seasons, no episode list. */
    SEASON;

    private static final Map<String, TableColumns> NAMES = new HashMap<>();

    /**
     * The first word of each name, as printed and without a closing dot or colon ("pub.", "pub",
     * "date"): a line whose first word opens no name is no row of names, whatever follows.
     */
    private static final Set<String> FIRST_WORDS = new HashSet<>();

    static {
        name(
                EPISODE,
                "ep",
                "episode",
                "folge",
                "aflevering",
                "afl",
                "épisode",
                "episodio",
                "episódio",
                "puntata");
        // "#" numbers the rows of any list (a ranking, a squad, a track list): no word for
        // "episode".
        name(
                NUMBER, "#", "no", "nr", "n°", "nº", "num", "number", "número", "numéro", "nummer",
                "numero");
        name(
                AIRDATE,
                "airdate",
                "air date",
                "aired",
                "original air date",
                "first aired",
                "ausstrahlung",
                "erstausstrahlung",
                "sendedatum",
                "uitzenddatum",
                "date de diffusion",
                "diffusion",
                "fecha de emisión",
                "emisión",
                "messa in onda",
                "data di messa in onda",
                "data de exibição",
                "data de emissão",
                "emissão");
        // "Data" is the word for a date in Italian and Portuguese only; an English "Data" column
        // holds other things, which then do not fit a date column and end the table.
        name(
                DATE,
                "date",
                "datum",
                "fecha",
                "data",
                "released",
                "release date",
                "published",
                "publié",
                "veröffentlicht",
                "gepubliceerd",
                "publicado",
                "pubblicato",
                "pub. date",
                "pub date",
                "publication date",
                "date de publication",
                "veröffentlichungsdatum",
                "erscheinungsdatum",
                "publicatiedatum",
                "fecha de publicación",
                "data di pubblicazione",
                "data de publicação");
        name(
                TITLE,
                "title",
                "episode title",
                "titel",
                "titre",
                "título",
                "titolo",
                "folgentitel",
                "afleveringtitel");
        name(NAME, "name", "naam", "nom", "nome");
        name(
                LENGTH,
                "length",
                "duration",
                "runtime",
                "running time",
                "dauer",
                "laufzeit",
                "länge",
                "duur",
                "lengte",
                "durée",
                "duración",
                "durata",
                "duração");
        name(
                TIME,
                "time",
                "timestamp",
                "start",
                "zeit",
                "uhrzeit",
                "tijd",
                "heure",
                "temps",
                "hora",
                "tiempo",
                "ora",
                "orario");
        // A season's number and the count of its episodes: the plural of each language's word for
        // "episode" is a count.
        name(
                SEASON,
                "season",
                "series",
                "staffel",
                "stagione",
                "saison",
                "temporada",
                "seizoen",
                "episodes",
                "folgen",
                "afleveringen",
                "épisodes",
                "episodios",
                "episódios",
                "puntate");
    }

    private static void name(TableColumns column, String... names) {
        for (String name : names) {
            NAMES.put(name, column);
            int blank = name.indexOf(' ');
            String first = blank < 0 ? name : name.substring(0, blank);
            FIRST_WORDS.add(first);
            FIRST_WORDS.add(withoutClosingMarks(first));
        }
    }

    /** The column a header cell names ("Air date", "Nr.", "Titel:"), or null if it names none. */
    static TableColumns named(String header) {
        String name = BLANKS.matcher(header.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        return NAMES.get(withoutClosingMarks(name));
    }

    private static String withoutClosingMarks(String name) {
        while (name.endsWith(".") || name.endsWith(":")) {
            name = name.substring(0, name.length() - 1).strip();
        }
        return name;
    }

    /** Characters of a row of column names at most: a longer line is no table's header. */
    private static final int LABEL_ROW_MAX_CHARS = 80;

    /** Words of one column's name at most ("data di messa in onda"). */
    private static final int NAME_MAX_WORDS = 5;

    /** Columns a row of names has at least when only blanks part them ("Date Title Length"). */
    private static final int SPACED_ROW_MIN_COLUMNS = 3;

    /** Where a scraper glued two header cells: a capital right after a small letter or a dot. */
    private static final Pattern GLUED = Pattern.compile("(?<=[\\p{Ll}.])(?=\\p{Lu})");

    /** A tab or a bar between two header cells. */
    private static final Pattern CELL_BREAK = Pattern.compile("\\s*[|\\t]\\s*");

    private static final Pattern BLANKS = Pattern.compile("\\s+");

    /**
     * The columns a table's header row names, when line {@code text} is only such names: "Pub.
     * DateTitleDuration" (the cells glued together by a scraper), "Datum | Titel | Dauer", "Date
     * Title Length"; null for any other line. Two names at least, one of them a title, a name or a
     * date; names that only blanks part make a row with three at least, so that a title of two
     * words that happen to be column names ("No Time") is not one.
     */
    static List<TableColumns> labelRow(String text) {
        if (text.length() > LABEL_ROW_MAX_CHARS || !opensWithNameWord(text)) {
            return null;
        }
        List<TableColumns> columns = new ArrayList<>();
        boolean parted = false;
        String[] cells = CELL_BREAK.split(text.strip());
        for (String cell : cells) {
            String[] glued = GLUED.split(cell);
            parted |= glued.length > 1;
            for (String part : glued) {
                if (!readNames(BLANKS.split(part.strip()), columns)) {
                    return null;
                }
            }
        }
        parted |= cells.length > 1;
        boolean dateOrTitle =
                columns.contains(TITLE)
                        || columns.contains(NAME)
                        || columns.contains(DATE)
                        || columns.contains(AIRDATE);
        boolean enough = columns.size() >= (parted ? 2 : SPACED_ROW_MIN_COLUMNS);
        return dateOrTitle && enough ? columns : null;
    }

    /**
     * Whether the line's first word, as {@link #labelRow} would part it (at a blank, a bar, a tab
     * or a glued capital), opens a column's name: most lines are turned away here before they are
     * split three ways and every run of their words looked up.
     */
    private static boolean opensWithNameWord(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && !endsWord(text, end, start)) {
            end++;
        }
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        return FIRST_WORDS.contains(word) || FIRST_WORDS.contains(withoutClosingMarks(word));
    }

    /** Whether a word that began at {@code start} ends before character {@code at}. */
    private static boolean endsWord(String text, int at, int start) {
        char c = text.charAt(at);
        if (c == ' '
                || c == '\t'
                || c == '\n'
                || c == '\u000B'
                || c == '\f'
                || c == '\r'
                || c == '|') {
            return true; // the blanks of BLANKS and CELL_BREAK, and a cell's bar
        }
        if (at == start || Character.getType(c) != Character.UPPERCASE_LETTER) {
            return false;
        }
        char before = text.charAt(at - 1);
        return before == '.' || Character.getType(before) == Character.LOWERCASE_LETTER; // GLUED
    }

    /** Reads {@code words} as column names, the longest name first; false if a word is in none. */
    private static boolean readNames(String[] words, List<TableColumns> columns) {
        int at = 0;
        while (at < words.length) {
            int taken = 0;
            for (int n = Math.min(NAME_MAX_WORDS, words.length - at); n >= 1 && taken == 0; n--) {
                TableColumns column =
                        named(String.join(" ", Arrays.asList(words).subList(at, at + n)));
                if (column != null) {
                    columns.add(column);
                    taken = n;
                }
            }
            if (taken == 0) {
                return false;
            }
            at += taken;
        }
        return true;
    }

    /**
     * Whether the columns are an episode list's: the episode's number beside a title, and neither
     * clock times ("# | Time | Title" is a chapter table) nor seasons.
     */
    static boolean listEpisodes(List<TableColumns> columns) {
        return columns.contains(EPISODE)
                && (columns.contains(TITLE) || columns.contains(NAME))
                && !columns.contains(TIME)
                && !columns.contains(SEASON);
    }

    /** The column the table's titles are read from: a title's over a name's. */
    static TableColumns titleColumn(List<TableColumns> columns) {
        return columns.contains(TITLE) ? TITLE : NAME;
    }

    /** The column the table's dates are read from: a first broadcast's over a plain date's. */
    static TableColumns dateColumn(List<TableColumns> columns) {
        return columns.contains(AIRDATE) ? AIRDATE : DATE;
    }
}
