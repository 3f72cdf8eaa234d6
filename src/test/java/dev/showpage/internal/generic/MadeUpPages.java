package dev.showpage.internal.generic;

/**
 * The text of a made-up page, as the tests of the generic readers write one: its lines in turn, or
 * one row where a mark stands for each line break ("Home / Episode 4: The ferry / 3 Mar 2025").
 */
final class MadeUpPages {

    private MadeUpPages() {}

    /** The page of the lines, each closed with a line break; an empty line is a blank one. */
    static String ofLines(String... lines) {
        StringBuilder page = new StringBuilder();
        for (String line : lines) {
            page.append(line).append('\n');
        }
        return page.toString();
    }

    /** The lines of a row where each {@code mark} stands for a line break, the last left open. */
    static String fromRow(String row, String mark) {
        return row.replace(mark, "\n");
    }
}
