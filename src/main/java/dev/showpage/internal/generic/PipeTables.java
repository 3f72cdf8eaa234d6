package dev.showpage.internal.generic;

import dev.showpage.internal.episode.EpisodeDraft;
import dev.showpage.internal.grammar.EpisodePageLexer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.Token;

/**
 * Episode tables as scrapers print them: a header row naming the columns ("Episode | Airdate |
 * Name"), often a separator row ("---|---|---"), then one row per episode ("6 | 31st Aug 2025 |
 * Some Name"), maybe several tables one after another. Each data row is one episode, each cell read
 * by what its column's header names ({@link TableColumns}); the last row of a cut copy may lack its
 * trailing cells.
 *
 * <p>A table is an episode table when it has a date column, or a title column beside a number
 * column: a price list, a chart, a schedule of clock times or a chapter table ("Time | Title") name
 * neither pair. Without a separator row, a header row is one whose every cell is a column name.
 */
final class PipeTables {

    private final LineTable lines;

    /** The data rows found, by line: each row's cells, and its table's columns. */
    private final Map<Integer, Row> rows = new HashMap<>();

    private record Row(List<List<Token>> cells, List<TableColumns> columns) {}

    PipeTables(LineTable lines) {
        this.lines = lines;
    }

    /** One block per data row of the page's episode tables, in page order; empty if none. */
    List<EpisodeBlock> find() {
        List<EpisodeBlock> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            List<TableColumns> columns = header(i);
            if (columns == null) {
                i++;
                continue;
            }
            int header = i;
            int first = isSeparator(i + 1) ? i + 2 : i + 1;
            int end = first;
            while (end < lines.size() && isDataRow(end)) {
                end++;
            }
            if (isEpisodeTable(columns) && end > first) {
                for (int k = header; k < first; k++) {
                    lines.markUsed(k);
                }
                for (int row = first; row < end; row++) {
                    rows.put(row, new Row(cells(row), columns));
                    blocks.add(new EpisodeBlock(row, -1, -1, row, row));
                }
            }
            i = Math.max(end, i + 1);
        }
        return blocks;
    }

    /** Whether the line is a data row of a table found. */
    boolean isRow(int i) {
        return rows.containsKey(i);
    }

    /** The episode a data row gives: its title, date and length from their columns' cells. */
    EpisodeDraft draft(int i) {
        Row row = rows.get(i);
        lines.markUsed(i);
        EpisodeDraft draft = new EpisodeDraft();
        draft.firstToken = lines.line(i).getStart();
        for (int c = 0; c < row.cells().size() && c < row.columns().size(); c++) {
            List<Token> cell = row.cells().get(c);
            TableColumns column = row.columns().get(c);
            if (cell.isEmpty() || column == null) {
                continue;
            }
            switch (column) {
                case TITLE ->
                        draft.title =
                                lines.source()
                                        .between(cell.get(0), cell.get(cell.size() - 1))
                                        .strip();
                case DATE -> {
                    if (cell.size() == 1 && isDate(cell.get(0).getType())) {
                        draft.dateToken = cell.get(0);
                    }
                }
                case LENGTH -> {
                    if (cell.stream().allMatch(t -> isLength(t.getType()))) {
                        draft.durationTokens.addAll(cell);
                    }
                }
                default -> {
                    // the number and guests are not fields an episode's draft holds
                }
            }
        }
        return draft;
    }

    /**
     * The columns a header row names, or null if the line is no header row: a line of cells over a
     * separator row, or (without one) a line of two or more cells that all name columns, over a
     * data row.
     */
    private List<TableColumns> header(int i) {
        if (lines.isBlank(i) || isSeparator(i) || !hasPipe(i)) {
            return null;
        }
        List<TableColumns> columns = new ArrayList<>();
        int named = 0;
        int filled = 0;
        for (List<Token> cell : cells(i)) {
            TableColumns column =
                    cell.isEmpty()
                            ? null
                            : TableColumns.named(
                                    lines.source().between(cell.get(0), cell.get(cell.size() - 1)));
            columns.add(column);
            filled += cell.isEmpty() ? 0 : 1;
            named += column == null ? 0 : 1;
        }
        if (isSeparator(i + 1)) {
            return named > 0 ? columns : null;
        }
        boolean allNamed = named >= 2 && named == filled;
        return allNamed && i + 1 < lines.size() && isDataRow(i + 1) ? columns : null;
    }

    /** A date column, or a title column beside the episode's number. */
    private static boolean isEpisodeTable(List<TableColumns> columns) {
        return columns.contains(TableColumns.DATE)
                || (columns.contains(TableColumns.TITLE) && columns.contains(TableColumns.NUMBER));
    }

    /**
     * A line of cells that is neither a separator row nor the header row of the next table (a
     * header over a separator, or a line of column names).
     */
    private boolean isDataRow(int i) {
        if (lines.isBlank(i) || isSeparator(i) || isSeparator(i + 1) || !hasPipe(i)) {
            return false;
        }
        int named = 0;
        int filled = 0;
        for (List<Token> cell : cells(i)) {
            if (!cell.isEmpty()) {
                filled++;
                String text = lines.source().between(cell.get(0), cell.get(cell.size() - 1));
                named += TableColumns.named(text) == null ? 0 : 1;
            }
        }
        return !(named >= 2 && named == filled);
    }

    /** "---|---|", "|---|---|", "|:---|:---:|": from its first two tokens. */
    private boolean isSeparator(int i) {
        if (i >= lines.size() || lines.isBlank(i)) {
            return false;
        }
        List<Token> tokens = lines.lineTokens(i);
        if (tokens.size() < 2) {
            return false;
        }
        int first = tokens.get(0).getType();
        int second = tokens.get(1).getType();
        if (first == EpisodePageLexer.RULE) {
            return isPipe(tokens.get(1));
        }
        return isPipe(tokens.get(0))
                && (second == EpisodePageLexer.RULE
                        || (second == EpisodePageLexer.COLON
                                && tokens.size() > 2
                                && tokens.get(2).getType() == EpisodePageLexer.RULE));
    }

    private boolean hasPipe(int i) {
        for (Token token : lines.lineTokens(i)) {
            if (isPipe(token)) {
                return true;
            }
        }
        return false;
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

    private static boolean isDate(int type) {
        return type == EpisodePageLexer.MONTH_DATE
                || type == EpisodePageLexer.NUMERIC_DATE
                || type == EpisodePageLexer.ISO_DATE;
    }

    private static boolean isLength(int type) {
        return type == EpisodePageLexer.QUANTITY
                || type == EpisodePageLexer.TIMESTAMP
                || type == EpisodePageLexer.ISO_DURATION;
    }
}
