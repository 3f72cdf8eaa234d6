package dev.showpage.internal.generic;

import dev.showpage.internal.text.Dates;
import dev.showpage.internal.text.Vocabulary;
import java.util.Locale;
import java.util.Set;

/**
 * The show's name as the first line of an episode's page whose next lines are the episode's
 * numbered title and its date, as directories and players print one episode:
 *
 * <pre>
 * Harbour Nights
 * #41 - The lighthouse keepers: a night on the rocks
 * 3 Mar 2025
 * </pre>
 *
 * The title's number says the line under the name is an episode's, and the date line under it
 * closes the episode's card; what stands alone over such a card is the show it belongs to. A news
 * item's kicker ("Kultur", "Podcasts") stands over a headline, which carries no episode's number (a
 * count or a chart's rank at its head is none: "10 questions", "#1 in the charts"); a person's
 * name, an event's or a work's, a company's, a badge, a date stamp, a news section, a category and
 * a word for a kind of programme are no show's name.
 */
final class NameOverNumberedTitle {

    /** Words of a show's name at most. */
    private static final int MAX_WORDS = 6;

    /**
     * Words for a kind of programme or a list of episodes in the seven languages, lower case: a
     * section's heading over the card ("Podcast", "Episodes", "Folgen", "Émissions", "Programas",
     * "Puntate", "Episódios", "Afleveringen"), never a show's name alone.
     */
    private static final Vocabulary SECTION_WORDS =
            Vocabulary.of(
                    "podcast podcasts episode episodes show shows folge folgen sendung sendungen"
                            + " émission émissions épisode épisodes programa programas episodio"
                            + " episodios puntata puntate programma programmi episódio episódios"
                            + " aflevering afleveringen uitzending uitzendingen radio audio");

    /** The dashes and bars that part a number from a title's words. */
    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014", "|", ":");

    private NameOverNumberedTitle() {}

    /** The show's name the page's first line gives over a numbered title and a date, else null. */
    static String find(LineTable lines) {
        int first = lines.nextText(0);
        if (first < 0) {
            return null;
        }
        int title = lines.nextText(first + 1);
        int date = title < 0 ? -1 : lines.nextText(title + 1);
        if (date < 0) {
            return null;
        }
        String name = lines.text(first).strip();
        String titleText = lines.text(title).strip();
        if (!numbersAnEpisode(titleText)
                || !(lines.isRelease(date) || Dates.isWrittenAsDate(lines.text(date).strip()))) {
            return null;
        }
        return isName(lines, first, name) ? name : null;
    }

    /**
     * Whether a title opens with an episode's number in an episode's shape: a word for an episode
     * or a season's code before it ("Folge 12 –", "S2E4 -"), or "#" and the number closed by a
     * colon or followed by a dash ("#41 - ", "#7: "). A bare leading number or a "#1" run into the
     * words is a headline's count or a chart's rank as often ("10 questions to ...", "#1 in the
     * charts").
     */
    private static boolean numbersAnEpisode(String title) {
        if (!EpisodeNumbers.opensWithEpisodeNumber(title)) {
            return false;
        }
        String[] words = title.split(" ", 3);
        int first = words[0].codePointAt(0);
        if (first == '#') {
            return words[0].endsWith(":") || words.length > 1 && DASHES.contains(words[1]);
        }
        return Character.isLetter(first);
    }

    private static boolean isName(LineTable lines, int i, String name) {
        return ShortNames.isOne(name, MAX_WORDS)
                && lines.isTitleLike(i)
                && !lines.endsSentence(i)
                && !lines.isChrome(i)
                && !SiteChrome.isChrome(name)
                && !StampsAndBadges.isOne(name)
                && !PodcastCategories.isCategory(name)
                && !NewsSections.isOne(name)
                && !SECTION_WORDS.contains(name.toLowerCase(Locale.ROOT))
                && !EpisodeNumbers.opensWithEpisodeNumber(name)
                && !PersonByPart.isOne(lines, i, name)
                && !WorkKinds.named(name)
                && !CompanyForms.closesName(name)
                && name.codePoints().filter(Character::isLetter).count() >= 3;
    }
}
