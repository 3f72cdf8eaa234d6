package dev.showpage;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The contract of the JSON Schema ({@code episode-page.schema.json}) on the model's text: "a value
 * the page does not give is left out (never null, never an empty string) ... text is what the page
 * says, trimmed". Walks the records of a page and names every string that is empty, blank, or has
 * blanks at either end.
 */
final class ModelContract {

    private ModelContract() {}

    static List<String> violations(Object page) {
        List<String> problems = new ArrayList<>();
        walk(page, "page", problems);
        return problems;
    }

    private static void walk(Object value, String path, List<String> problems) {
        if (value == null) {
            problems.add(path + " is null");
        } else if (value instanceof String s) {
            if (s.isEmpty()) {
                problems.add(path + " is an empty string");
            } else if (s.isBlank()) {
                problems.add(path + " is blank: \"" + Corpus.escape(s, 40) + "\"");
            } else if (isBlank(s.charAt(0)) || isBlank(s.charAt(s.length() - 1))) {
                problems.add(path + " is not trimmed: \"" + Corpus.escape(s, 80) + "\"");
            }
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(v -> walk(v, path, problems));
        } else if (value instanceof Collection<?> c) {
            int i = 0;
            for (Object element : c) {
                walk(element, path + "[" + i++ + "]", problems);
            }
        } else if (value instanceof Record r) {
            for (RecordComponent component : r.getClass().getRecordComponents()) {
                try {
                    walk(
                            component.getAccessor().invoke(r),
                            path + "." + component.getName(),
                            problems);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || c == '\u200B'
                || c == '\uFEFF';
    }
}
