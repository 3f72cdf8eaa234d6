package dev.showpage.internal.generic;

import dev.showpage.internal.episode.EpisodeDraft;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.grammar.EpisodePageParser.TableRuleLineContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.Token;

/**
 * Episode tables as scrapers print them: a header row naming the columns ("Episode | Airdate |
 * Name"), a separator row ("---|---|---"), then one row per episode ("6 | 31st Aug 2025 | Some
 * Name"), maybe several tables one after another. Each data row is one episode: its title, date and
 * length from their columns' cells ({@link TableColumns}); every other cell (the number, the
 * guests, a column not named) and a cell that gives no value stay in the episode's notes.
 *
 * <p>A table is read only on a page where no dated episodes were found (a table in one episode's
 * notes stays in its notes), only under a separator row (a line of cells without one is as often a
 * breadcrumb or a share bar), and only when its columns are an episode list's ({@link
 * TableColumns#listEpisodes}). A row must fit its columns: no more cells than the header, a number
 * under a number column, a date (or nothing) under a date column, a length (or nothing) under a
 * length column. The first row that does not fit ends the table and is read as the page's other
 * lines are; only a table's last row may stop short, as a cut copy does, its cut cell giving no
 * value. The lines after a table are the notes of its last row.
 */
final class PipeTables {

    private final LineTable lines;

    /** The data rows found, by line: each row's cells, its table's columns, and if it is cut. */
    private final Map<Integer, Row> rows = new HashMap<>();

    private record Row(List<List<Token>> cells, List<TableColumns> columns, boolean cut) {}

    /** How a line fits a table's columns. */
    private enum Fit {
        ROW,
        CUT_ROW,
        NONE
    }

    PipeTables(LineTable lines) {
        this.lines = lines;
    }

    /** One block per data row of the page's episode tables, in page order; empty if none. */
    List<EpisodeBlock> find() {
        List<int[]> tables = new ArrayList<>(); // header, first row, end of rows
        int i = 0;
        while (i < lines.size()) {
            List<TableColumns> columns = header(i);
            if (columns == null || !TableColumns.listEpisodes(columns)) {
                i++;
                continue;
            }
            int first = i + 2;
            int end = first;
            while (end < lines.size()) {
                Fit fit = fit(end, columns);
                if (fit == Fit.NONE) {
                    break;
                }
                rows.put(end, new Row(cells(end), columns, fit == Fit.CUT_ROW));
                end++;
                if (fit == Fit.CUT_ROW) {
                    break;
                }
            }
            if (end > first) {
                lines.markUsed(i + 1); // the separator row: no words
                tables.add(new int[] {i, first, end});
            }
            i = Math.max(end, i + 1);
        }
        List<EpisodeBlock> blocks = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            int[] table = tables.get(t);
            // The lines after a table, up to the next one's first row, are its last row's notes.
            int notesEnd = t + 1 < tables.size() ? tables.get(t + 1)[1] : lines.size();
            for (int row = table[1]; row < table[2]; row++) {
                int notesTo = row + 1 == table[2] ? notesEnd : row + 1;
                blocks.add(new EpisodeBlock(row, -1, -1, row + 1, notesTo));
            }
        }
        return blocks;
    }

    /** Whether the line is a data row of a table found. */
    boolean isRow(int i) {
        return rows.containsKey(i);
    }

    /**
     * The episode a data row gives: its title, date and length from their columns' cells, and the
     * other cells as a note, a bar apart as the row prints them.
     */
    EpisodeDraft draft(int i) {
        Row row = rows.get(i);
        lines.markUsed(i);
        EpisodeDraft draft = new EpisodeDraft();
        draft.firstToken = lines.line(i).getStart();
        Token noteStart = null;
        StringBuilder note = new StringBuilder();
        for (int c = 0; c < row.cells().size(); c++) {
            List<Token> cell = row.cells().get(c);
            if (cell.isEmpty()) {
                continue;
            }
            boolean cutCell = row.cut() && c == row.cells().size() - 1;
            TableColumns column = c < row.columns().size() ? row.columns().get(c) : null;
            if (!cutCell && read(draft, column, cell)) {
                continue;
            }
            if (noteStart == null) {
                noteStart = cell.get(0);
            } else {
                note.append(" | ");
            }
            note.append(text(cell));
        }
        if (noteStart != null) {
            draft.addNote(noteStart, note.toString());
        }
        return draft;
    }

    /** Whether the cell gave the draft its field; a number or a guest is no field of a draft. */
    private boolean read(EpisodeDraft draft, TableColumns column, List<Token> cell) {
        if (column == TableColumns.TITLE && draft.title == null) {
            draft.title = text(cell);
            return true;
        }
        if ((column == TableColumns.AIRDATE || column == TableColumns.DATE)
                && draft.dateToken == null
                && cell.size() == 1
                && LabelledNotesValues.isDate(cell.get(0))) {
            draft.dateToken = cell.get(0);
            return true;
        }
        if (column == TableColumns.LENGTH
                && draft.durationTokens.isEmpty()
                && cell.stream().allMatch(t -> isLength(t.getType()))) {
            draft.durationTokens.addAll(cell);
            return true;
        }
        return false;
    }

    /**
     * The columns a header row names, or null if the line is no header row: a line of cells, with a
     * pipe, over a separator row.
     */
    private List<TableColumns> header(int i) {
        if (lines.isBlank(i) || isSeparator(i) || !isSeparator(i + 1) || !hasPipe(i)) {
            return null;
        }
        List<TableColumns> columns = new ArrayList<>();
        for (List<Token> cell : filled(cells(i))) {
            columns.add(cell.isEmpty() ? null : TableColumns.named(text(cell)));
        }
        return columns;
    }

    /** How the line fits the columns: a whole row, a row cut short, or no row. */
    private Fit fit(int i, List<TableColumns> columns) {
        if (lines.isBlank(i) || isSeparator(i) || isSeparator(i + 1) || !hasPipe(i)) {
            return Fit.NONE;
        }
        List<List<Token>> cells = filled(cells(i));
        if (cells.isEmpty() || cells.size() > columns.size()) {
            return Fit.NONE;
        }
        boolean cut = cells.size() < columns.size();
        // The cell a cut copy ends in may be cut inside its value ("9th Aug 202").
        int checked = cut ? cells.size() - 1 : cells.size();
        for (int c = 0; c < checked; c++) {
            if (!fits(columns.get(c), cells.get(c))) {
                return Fit.NONE;
            }
        }
        return cut ? Fit.CUT_ROW : Fit.ROW;
    }

    /** Whether the cell holds what its column names. */
    private static boolean fits(TableColumns column, List<Token> cell) {
        if (column == null) {
            return true;
        }
        return switch (column) {
            case EPISODE, NUMBER -> cell.size() == 1 && cell.get(0).getText().matches("\\d{1,4}");
            // a date of either order fits the column, though only a plain one is read
            case AIRDATE, DATE ->
                    cell.isEmpty()
                            || (cell.size() == 1
                                    && (cell.get(0).getType() == EpisodePageLexer.NUMERIC_DATE
                                            || LabelledNotesValues.isDate(cell.get(0))));
            case LENGTH -> cell.stream().allMatch(t -> isLength(t.getType()));
            default -> true;
        };
    }

    /** The cells without the empty ones a row's trailing bars leave ("a | b | |"). */
    private static List<List<Token>> filled(List<List<Token>> cells) {
        int n = cells.size();
        while (n > 0 && cells.get(n - 1).isEmpty()) {
            n--;
        }
        return cells.subList(0, n);
    }

    /** "---|---|", "|:---|:---:|": the grammar tells a table's separator row. */
    private boolean isSeparator(int i) {
        return i < lines.size() && lines.line(i) instanceof TableRuleLineContext;
    }

    private boolean hasPipe(int i) {
        for (Token token : lines.lineTokens(i)) {
            if (isPipe(token)) {
                return true;
            }
        }
        return false;
    }

    private String text(List<Token> cell) {
        return lines.source().between(cell.get(0), cell.get(cell.size() - 1)).strip();
    }

    /**
     * The line's cells, split at its pipes; a pipe that opens the line opens its first cell. A pipe
     * between two values is typed as a bullet by the token source, so it is told by its text.
     */
    private List<List<Token>> cells(int i) {
        List<List<Token>> cells = new ArrayList<>();
        List<Token> cell = new ArrayList<>();
        List<Token> tokens = lines.lineTokens(i);
        for (int k = 0; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (isPipe(token)) {
                if (k > 0) {
                    cells.add(cell);
                }
                cell = new ArrayList<>();
            } else {
                cell.add(token);
            }
        }
        if (!cell.isEmpty()) {
            cells.add(cell);
        }
        return cells;
    }

    private static boolean isPipe(Token token) {
        return token.getType() == EpisodePageLexer.PIPE
                || (token.getType() == EpisodePageLexer.BULLET && token.getText().equals("|"));
    }

    /** The amounts a length is printed in: "45 min", "1:02:03", "PT1H2M". */
    static boolean isLength(int type) {
        return type == EpisodePageLexer.QUANTITY
                || type == EpisodePageLexer.TIMESTAMP
                || type == EpisodePageLexer.ISO_DURATION;
    }
}
