package dev.showpage.internal.generic;

import dev.showpage.internal.text.Vocabulary;
import java.util.Locale;

/**
 * The names of a news site's sections in the seven languages read, lower case, as a news item
 * prints one as the kicker over its headline ("Kultur", "Politique", "Cultura", "Lokales"): the
 * common words newspapers and broadcasters file their items under (politics, economy, culture,
 * sport, science, health, media, local and regional news, the world, opinion, society,
 * entertainment, travel, technology). A kicker alone on a line is the site's filing, never a show's
 * name.
 */
final class NewsSections {

    private static final Vocabulary SECTIONS =
            Vocabulary.of(
                    // English
                    "politics world local opinion culture economy business sport sports science"
                            + " health media entertainment lifestyle travel tech technology"
                            + " society education environment weather breaking"
                            // German
                            + " politik ausland inland lokales regional region meinung kultur"
                            + " wirtschaft wissen gesundheit medien unterhaltung panorama reise"
                            + " digital gesellschaft bildung umwelt wetter feuilleton"
                            // French
                            + " politique monde international régions opinion opinions culture"
                            + " économie société santé médias divertissement voyage environnement"
                            + " météo faits-divers"
                            // Spanish
                            + " política mundo internacional nacional local opinión cultura"
                            + " economía deportes ciencia salud medios sociedad espectáculos"
                            + " viajes tecnología educación clima sucesos"
                            // Italian
                            + " politica mondo esteri interni cronaca opinioni cultura economia"
                            + " scienza salute spettacoli società viaggi tecnologia ambiente meteo"
                            // Portuguese
                            + " mundo opinião economia desporto esporte esportes ciência saúde"
                            + " sociedade tecnologia educação ambiente tempo"
                            // Dutch
                            + " politiek binnenland buitenland regio opinie cultuur economie"
                            + " wetenschap gezondheid maatschappij reizen onderwijs klimaat"
                            + " weer");

    private NewsSections() {}

    /** Whether the text is one section's name alone ("Kultur", "Política"). */
    static boolean isOne(String text) {
        String word = text.strip();
        return word.indexOf(' ') < 0 && SECTIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
