package dev.showpage.internal.generic;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A made-up listing of two to six episodes under a site's menu, in one of the shapes sites print
 * listings in, with what each episode should read as: its title ("(none)" where the shape has
 * none), its date and its notes. The seed decides everything, so a failing case is its seed.
 */
record Listing(String text, List<String> titles, List<LocalDate> dates, List<String> notes) {

    private static final String[] ADJECTIVES = {
        "Quiet",
        "Early",
        "Northern",
        "Hidden",
        "Salt",
        "Winter",
        "Lost",
        "Copper",
        "Wild",
        "Slow",
        "Bright",
        "Hollow"
    };
    private static final String[] NOUNS = {
        "Harbours",
        "Orchards",
        "Lanterns",
        "Ferries",
        "Kettles",
        "Meadows",
        "Beacons",
        "Looms",
        "Bridges",
        "Marshes",
        "Kilns",
        "Gardens"
    };
    private static final String[] PLACES = {
        "the river mouth",
        "the old mill",
        "a hill farm",
        "the night market",
        "a railway yard",
        "the estuary",
        "a walled garden",
        "the shipyard"
    };
    private static final DateTimeFormatter[] DATE_SHAPES = {
        DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
        DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ENGLISH),
        DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
        DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH)
    };

    /** Where an episode's title stands, if it has one. */
    enum Shape {
        TITLE_ABOVE_DATE,
        TITLE_BELOW_DATE,
        PUBLISHED_AFTER_NOTES
    }

    static Listing random(long seed) {
        Random random = new Random(seed);
        Shape shape = Shape.values()[random.nextInt(Shape.values().length)];
        int count = 2 + random.nextInt(5);
        StringBuilder text = new StringBuilder("Menu\nArchive\n");
        List<String> titles = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> distinctTitles = new ArrayList<>(titles(random, count));
        LocalDate date =
                LocalDate.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1)
                        .plusDays(random.nextInt(28));
        for (int k = 0; k < count; k++) {
            date = date.minusDays(1 + random.nextInt(20));
            String dateLine = DATE_SHAPES[random.nextInt(DATE_SHAPES.length)].format(date);
            String place = PLACES[random.nextInt(PLACES.length)];
            String link = "https://listing.example.org/episodes/" + (k + 1);
            String title = distinctTitles.get(k);
            text.append('\n');
            switch (shape) {
                case TITLE_ABOVE_DATE -> {
                    String note = "We spend an afternoon at " + place + ", part " + (k + 1) + ".";
                    if (random.nextBoolean()) {
                        text.append(title).append('\n'); // the cover's caption
                    }
                    text.append(title)
                            .append('\n')
                            .append(dateLine)
                            .append('\n')
                            .append(note)
                            .append('\n');
                    if (random.nextBoolean()) {
                        text.append("\nNotes: ").append(link).append('\n');
                    }
                    titles.add(title);
                    notes.add(note);
                }
                case TITLE_BELOW_DATE -> {
                    String note = "We spend an afternoon at " + place + ", part " + (k + 1) + ".";
                    // A link closes each episode's notes, so the line above the next date is no
                    // title.
                    text.append(dateLine)
                            .append('\n')
                            .append(title)
                            .append('\n')
                            .append(note)
                            .append("\nMore: ")
                            .append(link)
                            .append('\n');
                    titles.add(title);
                    notes.add(note);
                }
                case PUBLISHED_AFTER_NOTES -> {
                    String note =
                            "We spend a long afternoon at "
                                    + place
                                    + " and listen to whatever the"
                                    + " day brings, part "
                                    + (k + 1)
                                    + ".";
                    text.append(note).append("\nPublished ").append(dateLine).append('\n');
                    titles.add("(none)");
                    notes.add(note);
                }
            }
            dates.add(date);
        }
        return new Listing(text.toString(), titles, dates, notes);
    }

    /** Titles in title case, two or three words, none the same as another. */
    private static Set<String> titles(Random random, int count) {
        Set<String> titles = new LinkedHashSet<>();
        while (titles.size() < count) {
            String title =
                    ADJECTIVES[random.nextInt(ADJECTIVES.length)]
                            + " "
                            + NOUNS[random.nextInt(NOUNS.length)];
            titles.add(random.nextBoolean() ? title : title + " Revisited");
        }
        return titles;
    }
}
