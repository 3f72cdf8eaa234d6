package dev.showpage.internal.generic;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The categories directories file shows under, as a show's header prints them beside its name
 * ("Technology", "Society &amp; Culture", "True Crime"): a line of one is the directory's, never
 * the show's name.
 *
 * <p>The words are the top-level categories of Apple Podcasts' list (which most directories and
 * hosting platforms copy, as RSS feeds name them in {@code itunes:category}), in English and in the
 * names Apple's and Spotify's localised stores print in French, German, Spanish, Italian,
 * Portuguese and Dutch where the word differs.
 */
final class PodcastCategories {

    /**
     * The categories, lower case, "and" written as "&amp;"; a word several languages share is
     * listed under each.
     */
    private static final Set<String> CATEGORIES =
            Set.copyOf(
                    List.of(
                            // English (Apple Podcasts' top-level categories)
                            "arts",
                            "business",
                            "comedy",
                            "education",
                            "fiction",
                            "government",
                            "history",
                            "health & fitness",
                            "kids & family",
                            "leisure",
                            "music",
                            "news",
                            "religion & spirituality",
                            "science",
                            "society & culture",
                            "sports",
                            "technology",
                            "true crime",
                            "tv & film",
                            // French
                            "arts",
                            "affaires",
                            "humour",
                            "éducation",
                            "histoire",
                            "actualités",
                            "musique",
                            "sciences",
                            "société & culture",
                            "technologie",
                            // German
                            "kunst",
                            "wirtschaft",
                            "comedy",
                            "bildung",
                            "geschichte",
                            "nachrichten",
                            "musik",
                            "wissenschaft",
                            "gesellschaft & kultur",
                            "sport",
                            "technologie",
                            // Spanish
                            "arte",
                            "negocios",
                            "comedia",
                            "educación",
                            "historia",
                            "noticias",
                            "música",
                            "ciencia",
                            "ciencias",
                            "sociedad & cultura",
                            "deportes",
                            "tecnología",
                            // Italian
                            "economia",
                            "commedia",
                            "istruzione",
                            "storia",
                            "notizie",
                            "musica",
                            "scienze",
                            "società & cultura",
                            "tecnologia",
                            // Portuguese
                            "negócios",
                            "comédia",
                            "educação",
                            "notícias",
                            "ciências",
                            "sociedade & cultura",
                            "esportes",
                            // Dutch
                            "kunst",
                            "zaken",
                            "onderwijs",
                            "geschiedenis",
                            "nieuws",
                            "muziek",
                            "wetenschap",
                            "maatschappij & cultuur",
                            "technologie"));

    /** The words for "and" between a category's two words, lower case. */
    private static final Set<String> ANDS = Set.of("and", "et", "und", "y", "e", "en");

    private PodcastCategories() {}

    /** Whether the text is one category alone ("Technology", "Society and Culture"). */
    static boolean isCategory(String text) {
        String[] words = text.strip().toLowerCase(Locale.ROOT).split(" ");
        if (words.length == 3 && ANDS.contains(words[1])) {
            words[1] = "&";
        }
        return CATEGORIES.contains(String.join(" ", words));
    }
}
