package dev.showpage.json;

import static java.util.Objects.requireNonNull;

import dev.showpage.model.Chapter;
import java.util.List;

/**
 * An episode's chapters written in a chapter-file format ({@link WebVttChapters}, {@link
 * FfMetadataChapters}, {@link PodloveSimpleChapters}), with what the file could not hold.
 *
 * <p>A chapter the format cannot write as the episode gives it, such as a last chapter with no end
 * in a format whose chapters need one, is left out of the file and named in {@code problems}: the
 * file never holds a made-up time.
 *
 * @param text the file, with a final line break
 * @param chapters the chapters the file holds, in its order (by start), each with the end it was
 *     written with where the format writes ends
 * @param problems what could not be written as the episode gives it, by chapter number
 */
public record ChapterFile(String text, List<Chapter> chapters, List<ChapterFile.Problem> problems) {

    /**
     * Checks that no component is null, and copies the lists.
     *
     * @param text the file, with a final line break
     * @param chapters the chapters the file holds, in its order (by start), each with the end it
     *     was written with where the format writes ends
     * @param problems what could not be written as the episode gives it, by chapter number
     */
    public ChapterFile {
        requireNonNull(text, "text is null");
        chapters = List.copyOf(chapters);
        problems = List.copyOf(problems);
    }

    /**
     * Whether the file holds no chapter: the episode has none, or none could be written.
     *
     * @return true when {@link #chapters()} is empty
     */
    public boolean isEmpty() {
        return chapters.isEmpty();
    }

    /**
     * One chapter that the file leaves out or holds changed.
     *
     * @param chapter the chapter's 1-based position in the episode's chapter list
     * @param message a sentence for people, naming the chapter and what became of it
     */
    public record Problem(int chapter, String message) {

        /**
         * Checks that chapter is at least 1 and message is not null.
         *
         * @param chapter the chapter's 1-based position in the episode's chapter list
         * @param message a sentence for people, naming the chapter and what became of it
         */
        public Problem {
            if (chapter < 1) {
                throw new IllegalArgumentException("chapter is 1-based: " + chapter);
            }
            requireNonNull(message, "message is null");
        }
    }
}
