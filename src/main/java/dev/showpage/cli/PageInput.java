package dev.showpage.cli;

import java.nio.file.Path;

/**
 * One page to convert.
 *
 * @param file the file to read; null for standard input
 * @param name how messages name it: the path as the user reached it, or {@code -}
 * @param relative where its output goes below {@code --out}: its path below the directory it was
 *     found in, or its file name
 */
record PageInput(Path file, String name, Path relative) {

    static PageInput standardInput() {
        return new PageInput(null, "-", Path.of("stdin.txt"));
    }

    /** The output path below {@code dir}: the relative path with {@code suffix} for ".txt". */
    Path output(Path dir, String suffix) {
        String fileName = relative.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        Path parent = relative.getParent();
        Path name = Path.of(base + suffix);
        return dir.resolve(parent == null ? name : parent.resolve(name));
    }
}
