package dev.showpage.internal.episode;

import dev.showpage.internal.text.Names;
import dev.showpage.internal.text.ValueLabels;
import dev.showpage.internal.text.Vocabulary;
import java.util.List;
import java.util.Locale;

/**
 * Runs of capitalised words that a phrase around a guest takes for a person but that name none: a
 * time ("Letzte Woche war X zu Gast", "Last Week Mara joined us": the run before the verb is the
 * week, not a person), a public service or a club ("die Feuerwehr Nordheim zu Gast", "la Policía
 * Local de Vigo", "der Turnverein Oberdorf"), and a name run on into the next sentence's first
 * noun, as a headline glues its lines together ("agora com Ana Souza Programa de debate ...": no
 * one's surname is "Programa"). Such a run is dropped rather than trimmed: the phrase that took it
 * was misled, and what it would leave is as likely someone else's name (a presenter's) as a
 * guest's.
 */
final class NoPersonNames {

    /**
     * The nouns of a week and of a weekend in the seven languages the parser reads, which open a
     * time ("Letzte Woche", "Last Week", "Next Weekend", "Cette Semaine") and are no name's word.
     */
    private static final Vocabulary TIME_NOUNS =
            Vocabulary.of(
                    "week weekend woche wochenende semaine week-end semana settimana"
                            + " fim-de-semana");

    /**
     * The words public services and associations name themselves with, in the seven languages the
     * parser reads: fire brigades, police, rescue services, red cross, town councils and clubs
     * ("Feuerwehr", "Polizei", "Brandweer", "Politie", "Pompiers", "Gendarmerie", "Bomberos",
     * "Policía", "Vigili", "Polizia", "Bombeiros", "Polícia", "Rettungsdienst"). None of them is a
     * surname.
     */
    private static final Vocabulary SERVICE_WORDS =
            Vocabulary.of(
                    "feuerwehr polizei rettungsdienst bergwacht wasserwacht brandweer politie"
                            + " gemeente pompiers sapeurs-pompiers gendarmerie croix-rouge"
                            + " bomberos policía protección vigili polizia carabinieri"
                            + " bombeiros polícia prefeitura ayuntamiento comune mairie rathaus"
                            + " stadtwerke");

    /**
     * The endings of German compounds that name an association or a service ("Turnverein",
     * "Sportverband", "Jugendfeuerwehr", "Kreispolizei"), lower case: German writes the kind of
     * body at the end of one word.
     */
    private static final List<String> COMPOUND_TAILS =
            List.of("verein", "verband", "feuerwehr", "polizei", "wacht", "gemeinde");

    private NoPersonNames() {}

    /** Whether {@code name}, as a phrase around a guest took it, names no person. */
    static boolean isOne(String name) {
        List<String> words = Names.words(name);
        if (words.size() < 2) {
            return false;
        }
        for (String word : words) {
            String core = Names.core(word);
            if (TIME_NOUNS.containsCore(word)
                    || SERVICE_WORDS.containsCore(word)
                    || isServiceCompound(core)) {
                return true;
            }
        }
        // "Ana Souza Programa": the next line's first noun glued to a name
        String last = Names.core(words.get(words.size() - 1));
        return words.size() >= 3 && ValueLabels.isProgrammeNoun(last);
    }

    private static boolean isServiceCompound(String core) {
        String lower = core.toLowerCase(Locale.ROOT);
        for (String tail : COMPOUND_TAILS) {
            if (lower.length() > tail.length() && lower.endsWith(tail)) {
                return true;
            }
        }
        return false;
    }
}
