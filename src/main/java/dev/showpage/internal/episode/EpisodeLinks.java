package dev.showpage.internal.episode;

import dev.showpage.internal.episode.EpisodeDraft.LinkItem;
import dev.showpage.internal.episode.EpisodeDraft.Section;
import dev.showpage.internal.text.Names;
import dev.showpage.model.Link;
import dev.showpage.model.Promotion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The links of one episode, each sorted to where it belongs: to a person (under "Follow X:", or
 * labelled with a name the episode gives), to the promotions (a label that asks the listener to do
 * something, or says a lot), or to the episode's own links.
 */
final class EpisodeLinks {

    private static final Set<String> CALL_TO_ACTION =
            Set.of(
                    "want",
                    "get",
                    "check",
                    "try",
                    "join",
                    "subscribe",
                    "sign",
                    "use",
                    "download",
                    "grab",
                    "support",
                    "visit",
                    "learn",
                    "listen",
                    "buy",
                    "save",
                    "claim",
                    "start",
                    "book",
                    "register");
    private static final int PROMOTION_MIN_WORDS = 6;

    final List<Link> links = new ArrayList<>();
    final List<Promotion> promotions = new ArrayList<>();

    /** Sorts {@code items}, giving the people's links to {@code people}. */
    EpisodeLinks(List<LinkItem> items, People people) {
        for (LinkItem item : items) {
            Link link =
                    new Link(
                            Optional.ofNullable(item.label),
                            item.url,
                            item.kind,
                            Optional.ofNullable(item.note));
            if (item.section == Section.FOLLOW && !item.group.isEmpty()) {
                people.addGroupLink(item, link);
            } else if (item.section == Section.PROSE && people.addNamedLink(item, link)) {
                continue;
            } else if (item.section == Section.PROSE
                    && item.label != null
                    && isPromotion(item.label)) {
                // A note after the URL ("- use code SCHOOL") is part of what the promotion says.
                String text = item.note == null ? item.label : item.label + " - " + item.note;
                promotions.add(new Promotion(text, Optional.of(item.url)));
            } else {
                links.add(link);
            }
        }
    }

    /** Whether a label asks something, opens with a call to action, or is a sentence long. */
    private static boolean isPromotion(String label) {
        // Its first word and how many there are, read where they stand: no list of its words.
        int start = 0;
        while (start < label.length() && label.charAt(start) == ' ') {
            start++;
        }
        int end = label.indexOf(' ', start);
        String firstWord = label.substring(start, end < 0 ? label.length() : end);
        if (firstWord.isEmpty()) {
            throw new IndexOutOfBoundsException("a link's label has no word");
        }
        String first = Names.core(firstWord).toLowerCase(Locale.ROOT);
        return label.indexOf('?') >= 0
                || CALL_TO_ACTION.contains(first)
                || Names.wordCount(label) >= PROMOTION_MIN_WORDS;
    }
}
