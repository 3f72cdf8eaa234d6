package dev.showpage.internal.episode;

import dev.showpage.internal.text.Names;
import dev.showpage.internal.text.ValueLabels;
import dev.showpage.internal.text.Vocabulary;
import java.util.List;
import java.util.Locale;

/**
 * Runs of capitalised words that a phrase around a guest takes for a person but that name none, or
 * name one behind a service's word: a time ("Letzte Woche war X zu Gast", "This Week Mara joined
 * us": the run opens with the week, not a person), a public service and its place ("die Feuerwehr
 * Nordheim zu Gast", "la Policía Local de Vigo") or a service's word before a name ("el cuerpo de
 * Bomberos San Sebastián" names a place, "el jefe de Bomberos Juan Pérez" a person: the run gives
 * no one), and a name run on into the next sentence's first noun, as a headline glues its lines
 * together ("agora com Ana Souza Programa de debate ...": no one's surname is "Programa").
 *
 * <p>A time run or a service with what follows it is dropped rather than trimmed: the phrase that
 * took it was misled, and what it would leave is as likely someone else's name (a presenter's) as a
 * guest's. Clubs, bands and choirs are left alone: a band or a club may well be a show's guest. The
 * glued noun is read for a programme's nouns alone ({@link ValueLabels#isProgrammeNoun}): a name
 * glued to another noun ("Marco Rossi Intervista esclusiva") still passes.
 */
final class NoPersonNames {

    /**
     * The nouns of a week and of a weekend in the seven languages the parser reads ("Woche",
     * "semaine", "semana", "settimana", "week"), which make a time where they open a run (its
     * "this" or "next" left out, in lower case) or follow a word for this, last or next. Portuguese
     * writes the weekend in three words ("fim de semana"), which "semana" covers.
     */
    private static final Vocabulary TIME_NOUNS =
            Vocabulary.of("week weekend woche wochenende semaine week-end semana settimana");

    /**
     * The words for this, last, next and past that open a time before a week's noun in the seven
     * languages, with their inflections ("This Week", "Letzte Woche", "Cette Semaine", "Esta
     * Semana", "Questa Settimana", "Deze Week", "Vorige Week").
     */
    private static final Vocabulary TIME_OPENERS =
            Vocabulary.of(
                    "this last next past previous coming diese dieser diesen letzte letzten"
                            + " nächste nächsten vorige vorigen vergangene vergangenen kommende"
                            + " kommenden cette dernière prochaine esta este pasada próxima"
                            + " questa scorsa prossima passada deze vorig volgende afgelopen"
                            + " komende");

    /**
     * The words fire brigades, police and rescue services name themselves with, in the seven
     * languages the parser reads ("Feuerwehr", "Polizei", "Brandweer", "Politie", "Pompiers",
     * "Gendarmerie", "Bomberos", "Policía", "Vigili", "Polizia", "Bombeiros", "Polícia",
     * "Rettungsdienst"). None of them is a surname.
     */
    private static final Vocabulary SERVICE_WORDS =
            Vocabulary.of(
                    "feuerwehr polizei rettungsdienst bergwacht wasserwacht brandweer politie"
                            + " pompiers sapeurs-pompiers gendarmerie croix-rouge bomberos policía"
                            + " vigili polizia carabinieri bombeiros polícia");

    /**
     * The endings of German compounds that name a public service ("Jugendfeuerwehr",
     * "Kreispolizei", "Bergwacht"), lower case: German writes the kind of body at the end of one
     * word.
     */
    private static final List<String> COMPOUND_TAILS = List.of("feuerwehr", "polizei", "wacht");

    private NoPersonNames() {}

    /**
     * The person {@code name}, as a phrase around a guest took it, names: the name itself, the name
     * after a service's word that opens it, or null when it names no person.
     */
    static String personIn(String name) {
        List<String> words = Names.words(name);
        if (words.size() < 2) {
            return name;
        }
        if (TIME_NOUNS.containsCore(words.get(0))
                || TIME_OPENERS.containsCore(words.get(0))
                        && TIME_NOUNS.containsCore(words.get(1))) {
            // "Letzte Woche", "(this) Week Mara Quill": a time opens the run; a week's noun further
            // in is a name's ("Mara Week", "Vampire Weekend", "Dana Weekend Holt")
            return null;
        }
        for (String word : words) {
            if (isService(word)) {
                // "Freiwillige Feuerwehr Nordheim", "Bomberos San Sebastián", "Bomberos Juan
                // Pérez": after a service's word may stand its place as well as a person, and a
                // place of two capitalised words reads like a name, so the run gives no one
                return null;
            }
        }
        // "Ana Souza Programa": the next line's first noun glued to a name
        String last = Names.core(words.get(words.size() - 1));
        return words.size() >= 3 && ValueLabels.isProgrammeNoun(last) ? null : name;
    }

    private static boolean isService(String word) {
        return SERVICE_WORDS.containsCore(word) || isServiceCompound(Names.core(word));
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
