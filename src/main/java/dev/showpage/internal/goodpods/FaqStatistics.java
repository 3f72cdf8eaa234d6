package dev.showpage.internal.goodpods;

import dev.showpage.DateOrder;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.text.Counts;
import dev.showpage.internal.text.Dates;
import dev.showpage.internal.text.Durations;
import dev.showpage.model.Faq;
import dev.showpage.model.FaqEntry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;

/**
 * Reads the statistics a Goodpods FAQ states from its answers, choosing what to read by what the
 * question asks.
 */
final class FaqStatistics {

    /** One question with its answer and the answer's tokens. */
    record Answered(String question, String answer, List<Token> answerTokens) {}

    private FaqStatistics() {}

    static Faq of(List<Answered> entries, DateOrder dateOrder) {
        List<FaqEntry> list = new ArrayList<>();
        OptionalInt episodeCount = OptionalInt.empty();
        List<String> topics = List.of();
        Optional<String> mostPopular = Optional.empty();
        Optional<Duration> average = Optional.empty();
        Optional<Duration> interval = Optional.empty();
        Optional<LocalDate> first = Optional.empty();
        for (Answered entry : entries) {
            list.add(new FaqEntry(entry.question(), entry.answer()));
            String q = entry.question().toLowerCase(Locale.ROOT);
            if (q.contains("how many episodes")) {
                episodeCount = firstNumber(entry.answerTokens());
            } else if (q.contains("topics")) {
                topics = topics(entry.answer());
            } else if (q.contains("most popular")) {
                mostPopular = quoted(entry.answer());
            } else if (q.contains("average")) {
                average = amount(entry.answerTokens());
            } else if (q.contains("how often")) {
                interval = amount(entry.answerTokens());
            } else if (q.contains("first episode")) {
                first = date(entry.answerTokens(), dateOrder);
            }
        }
        return new Faq(list, episodeCount, topics, mostPopular, average, interval, first);
    }

    private static OptionalInt firstNumber(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.getType() == EpisodePageLexer.NUMBER) {
                return Counts.of(t.getText());
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Compiled once: {@code String.split} compiles a pattern of more than one character per call.
     */
    private static final Pattern AND = Pattern.compile(" and ");

    /** "The podcast is about Podcasts, Technology and Education." */
    private static List<String> topics(String answer) {
        int about = answer.indexOf(" about ");
        if (about < 0) {
            return List.of();
        }
        String list = answer.substring(about + 7).trim();
        if (list.endsWith(".")) {
            list = list.substring(0, list.length() - 1);
        }
        List<String> topics = new ArrayList<>();
        for (String part : list.split(",")) {
            for (String topic : AND.split(part)) {
                if (!topic.isBlank()) {
                    topics.add(topic.trim());
                }
            }
        }
        return topics;
    }

    /** The text between the first quote mark and its partner: "The episode title 'X' is ...". */
    private static Optional<String> quoted(String answer) {
        for (String[] pair :
                new String[][] {
                    {"'", "'"}, {"\u2018", "\u2019"}, {"\u201C", "\u201D"}, {"\"", "\""}
                }) {
            int open = answer.indexOf(pair[0]);
            int close = answer.lastIndexOf(pair[1]);
            if (open >= 0 && close > open + 1) {
                String title = SourceText.collapse(answer.substring(open + 1, close));
                return title.isEmpty() ? Optional.empty() : Optional.of(title);
            }
        }
        return Optional.empty();
    }

    /** "75 minutes", "every 13 days, 3 hours": the sum of the amounts. */
    private static Optional<Duration> amount(List<Token> tokens) {
        List<String> amounts = new ArrayList<>();
        for (Token t : tokens) {
            if (t.getType() == EpisodePageLexer.QUANTITY) {
                amounts.add(t.getText());
            }
        }
        return Durations.total(amounts);
    }

    private static Optional<LocalDate> date(List<Token> tokens, DateOrder dateOrder) {
        for (Token t : tokens) {
            if (t.getType() == EpisodePageLexer.MONTH_DATE) {
                return Dates.monthName(t.getText());
            } else if (t.getType() == EpisodePageLexer.NUMERIC_DATE) {
                return Dates.numeric(t.getText(), dateOrder);
            }
        }
        return Optional.empty();
    }
}
