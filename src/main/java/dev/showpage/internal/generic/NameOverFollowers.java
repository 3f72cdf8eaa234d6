package dev.showpage.internal.generic;

import dev.showpage.internal.text.Names;
import dev.showpage.internal.text.Platform;
import java.util.List;
import java.util.Set;

/**
 * The show's name as a directory's show page heads it: the name on the page's first line, then the
 * count of its followers ("505 abonnés", "12 subscribers"), a subscribe button ("S'abonner",
 * "Subscribe") beside the count, either side of it, on a page that states the show's episode count
 * ({@link FollowerCountLines}). Only the page's first line: further down, a name over a count is a
 * byline's author ("Ana Ruiz / 1.2K Followers / Follow") or a platform's widget ("Instagram / 12.3K
 * followers"), under an episode's title or a people label. A person's name is an author's page, or
 * a guest's, even at the top; a platform's name is the platform's.
 */
final class NameOverFollowers {

    /** Words of a show's name at most. */
    private static final int MAX_WORDS = 8;

    private final LineTable lines;

    NameOverFollowers(LineTable lines) {
        this.lines = lines;
    }

    /** The page's first line when it is a show's name over a follower count, or null. */
    String find(Set<Integer> titles) {
        int first = lines.nextText(0);
        if (first < 0
                || titles.contains(first)
                || !lines.isNote(first)
                || lines.headerFollowerCount() < 0
                || !lines.isShort(first)
                || lines.isChrome(first)
                || lines.isLabelOrStray(first)
                || lines.words(first) > MAX_WORDS
                || lines.endsSentence(first)) {
            return null;
        }
        String text = lines.text(first);
        // The line is no title for the count under it (LineTable), so the shapes of a name are
        // asked here.
        if (text.endsWith(":") || isPlatform(text) || isPersonName(text)) {
            return null;
        }
        return text;
    }

    /** "Instagram", "YouTube": the platform whose widget shows the count, not a show. */
    private static boolean isPlatform(String text) {
        List<String> words = Names.words(text);
        return !words.isEmpty() && Platform.named(Names.core(words.get(0))).isPresent();
    }

    /** "Maria Lopez": a person's name, all the line, as the people readers tell one. */
    private static boolean isPersonName(String text) {
        List<String> words = Names.words(text);
        Names.Span person = Names.personAt(words, 0);
        return person != null && person.from() == 0 && person.to() == words.size();
    }
}
