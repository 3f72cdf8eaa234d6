package dev.showpage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages of any size in the example page's layout: its header, its ten cards repeated (each copy's
 * title and listener count made different, so that no two cards are the same text) and its FAQ,
 * with the heading's "Top N" matching the number of cards.
 */
public final class BigPages {

    /** The example page. */
    public static final Path EXAMPLE = Path.of("testdata/goodpods/database-school.txt");

    private static final String CARD_END = "\n1 Listener\n";

    private final String header;
    private final List<String> cards = new ArrayList<>();
    private final String footer;
    private final int averageCard;

    private BigPages(String example) {
        int firstCard = example.indexOf("\n\n", example.indexOf("Top 10 ")) + 2;
        int footerStart = example.indexOf("Show more best episodes");
        header = example.substring(0, firstCard);
        footer = example.substring(footerStart);
        int at = firstCard;
        while (at < footerStart) {
            int end = example.indexOf(CARD_END, at);
            if (end < 0 || end >= footerStart) {
                break;
            }
            end += CARD_END.length();
            cards.add(example.substring(at, end).strip() + "\n");
            at = end;
        }
        averageCard = cards.stream().mapToInt(String::length).sum() / Math.max(1, cards.size());
    }

    /** The example page's parts, read from {@link #EXAMPLE}. */
    public static BigPages fromExample() {
        try {
            return new BigPages(Files.readString(EXAMPLE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many cards the example page has. */
    public int cardCount() {
        return cards.size();
    }

    /** A page of {@code cardCount} cards. */
    public String withCards(int cardCount) {
        // Sized for the whole page up front: a page of 50 MB must not be copied while it grows.
        long size = header.length() + footer.length() + (long) cardCount * (averageCard + 32);
        StringBuilder page = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, size));
        page.append(header.replace("Top 10 ", "Top " + cardCount + " "));
        for (int i = 0; i < cardCount; i++) {
            String card = cards.get(i % cards.size());
            int copy = i / cards.size();
            if (copy > 0) {
                // A different listener count and, where the card has a title, a different title.
                card = card.replace(CARD_END.strip(), (copy + 1) + " Listeners");
                int titleEnd = card.indexOf('\n');
                if (!card.substring(0, titleEnd).contains("/")) {
                    card =
                            card.substring(0, titleEnd)
                                    + " (part "
                                    + (copy + 1)
                                    + ")"
                                    + card.substring(titleEnd);
                }
            }
            page.append(card).append('\n');
        }
        return page.append(footer).toString();
    }

    /** A page of at least {@code chars} characters. */
    public String ofAtLeast(int chars) {
        return withCards(cardsFor(chars));
    }

    /** How many cards make a page of at least {@code chars} characters. */
    public int cardsFor(int chars) {
        int perCard =
                (withCards(cards.size()).length() - header.length() - footer.length())
                        / cards.size();
        int count = Math.max(1, (chars - header.length() - footer.length()) / perCard + 1);
        while (withCards(count).length() < chars) {
            count++;
        }
        return count;
    }
}
