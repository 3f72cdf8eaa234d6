package dev.showpage.internal.text;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * The host's pleasure at receiving the guest, said in the first person before an infinitive of
 * welcoming: "I am delighted to welcome Mara Quill", "we're thrilled to welcome back Mara", "je
 * suis ravie d'accueillir Mara Quill", "estoy encantada de recibir a Mara Quill", "sono felice di
 * ospitare Mara Quill", "estou feliz em receber Mara Quill". German and Dutch put the infinitive
 * after its object ("X begrüßen zu dürfen") and are not read here. Someone else's pleasure ("the
 * city is happy to welcome X") names no guest of the host's.
 */
final class JoyfulWelcomes {

    private JoyfulWelcomes() {}

    /** The infinitives of welcoming and receiving a guest, in English and the Romance languages. */
    static final Vocabulary WELCOME_INFINITIVES =
            Vocabulary.of("welcome accueillir recevoir recibir receber ospitare accogliere");

    /** The words the infinitives of {@link #WELCOME_INFINITIVES} are, for the text's prefilter. */
    static final String VERBS = String.join(" ", WELCOME_INFINITIVES.words());

    /** The words that lead to an infinitive after an adjective: "to", "de", "di", "em". */
    private static final Vocabulary INFINITIVE_MARKS = Vocabulary.of("to de di em");

    /**
     * The adjectives of pleasure, pride and honour a host says before welcoming someone, in
     * English, French, Spanish, Italian and Portuguese, in their genders and numbers.
     */
    private static final Vocabulary JOY_ADJECTIVES =
            Vocabulary.of(
                    "delighted thrilled happy pleased excited honoured honored proud glad ravi"
                        + " ravie ravis ravies heureux heureuse heureuses enchanté enchantée"
                        + " enchantés enchantées fier fière fiers fières encantado encantada"
                        + " encantados encantadas feliz felices felizes contento contenta contenti"
                        + " contente felice felici lieto lieta lieti liete orgulhoso orgulhosa"
                        + " orgulhosos orgulhosas orgulloso orgullosa");

    /** The words that may strengthen the adjective: "so delighted", "très heureux", "muy feliz". */
    private static final Vocabulary INTENSIFIERS =
            Vocabulary.of("so very really truly très vraiment muy tan molto così muito tão");

    /**
     * The first-person forms of "to be" and their pronouns, which say that the one pleased is the
     * host: "I am", "we are", "je suis", "estoy", "sono", "estou".
     */
    private static final Vocabulary FIRST_PERSON_BE =
            Vocabulary.of("am suis sommes estoy estamos soy somos sono siamo estou sou");

    /** Most words from the first person to the adjective: "I am so", "we are all very". */
    private static final int FIRST_PERSON_REACH = 4;

    static void find(List<String> words, boolean[] credit, List<Mention> found) {
        for (int i = 2; i < words.size() - 1; i++) {
            String verb = unelided(words.get(i));
            int mark = verb.length() < words.get(i).length() ? i : i - 1;
            if (!isWelcomeVerb(words.get(i))
                    || Names.endsPhrase(words.get(i))
                    || (mark == i - 1 && !INFINITIVE_MARKS.containsCore(words.get(i - 1)))) {
                continue;
            }
            int adjective = mark - 1;
            if (!JOY_ADJECTIVES.containsCore(words.get(adjective))
                    || Names.endsPhrase(words.get(adjective))
                    || Names.endsPhrase(words.get(mark))
                    || !saidByHost(words, adjective)) {
                continue; // the loop starts at the third word, so the adjective is on the line
            }
            int start = i + 1;
            if (Vocabulary.coreIs(words.get(start), "back")) {
                start++; // "to welcome back Mara Quill"
            }
            if (start >= words.size()
                    || (RECEIVING.containsCore(verb) && !receivesPerson(words.get(start)))) {
                continue; // "recevoir le Prix X", "recibir el Premio X": a prize is received
            }
            Span span =
                    CompanionPhrases.nameAt(
                            words, CompanionPhrases.skipFillers(words, start), false);
            if (span != null && !credit[span.from()] && !joinsTheShow(words, span.to())) {
                NamesListedAfter.addWithNext(found, words, span, credit);
            }
        }
    }

    /**
     * The infinitives of {@link #WELCOME_INFINITIVES} that also mean receiving a thing: "recevoir
     * le Prix X", "recibir el Premio X", "receber o Prêmio X".
     */
    private static final Vocabulary RECEIVING = Vocabulary.of("recevoir recibir receber");

    /**
     * Whether the word after an infinitive of receiving opens a person received: a capitalised
     * name, or the Spanish personal "a" ("recibir a Lucía"); an article opens a thing.
     */
    private static boolean receivesPerson(String raw) {
        return CompanionPhrases.PERSONAL_A.containsCore(raw)
                || (Names.isNameWord(raw) && Character.isUpperCase(raw.charAt(0)));
    }

    /**
     * The words that, after the name in the welcome's sentence, make the one welcomed a new member
     * of the show's staff or a sponsor, not a guest: "as my new co-host", "to the team", "nella
     * redazione", "dans l'équipe comme co-animateur", in the seven languages' words for "as", a
     * team, a newsroom and a sponsor.
     */
    private static final Vocabulary STAFF_WORDS =
            Vocabulary.of(
                    "as comme come como team équipe l'équipe l’équipe redazione squadra equipo"
                            + " equipa crew staff sponsor sponsors partner partners redacción"
                            + " redação rédaction");

    /** Most words after the name read for {@link #STAFF_WORDS}. */
    private static final int STAFF_REACH = 8;

    /** Whether the welcome's sentence after the name at {@code after} makes it staff. */
    private static boolean joinsTheShow(List<String> words, int after) {
        return Names.inPhraseAfter(
                words, after, STAFF_REACH, k -> STAFF_WORDS.containsCore(words.get(k)));
    }

    /**
     * Whether a first-person pronoun or form of "to be" stands in the few words before the
     * adjective at {@code adjective}, in its clause, the words between being intensifiers or "to
     * be"; not in a quotation ("The mayor said: “I am delighted to welcome X”"), whose speaker is
     * someone else.
     */
    private static boolean saidByHost(List<String> words, int adjective) {
        for (int k = adjective - 1; k >= 0 && k >= adjective - FIRST_PERSON_REACH; k--) {
            String w = words.get(k);
            if (Names.endsPhrase(w)) {
                return false;
            }
            if (PersonWords.isFirstPerson(w) || FIRST_PERSON_BE.containsCore(w)) {
                return !inQuotation(words, k);
            }
            if (!INTENSIFIERS.containsCore(w) && !BE_OR_ALL.containsCore(w)) {
                return false;
            }
        }
        return false;
    }

    /** The words between "we" and the adjective that keep the clause's subject: "we are all". */
    private static final Vocabulary BE_OR_ALL = Vocabulary.of("are is all tous todos tutti");

    /**
     * Whether the first person at {@code k} opens a quotation or a saying: a quotation mark or a
     * colon in the two words before it ("said: “I am", "a dit : « Je suis").
     */
    private static boolean inQuotation(List<String> words, int k) {
        for (int j = Math.max(0, k - 2); j <= k; j++) {
            if (quoted(words.get(j)) || (j < k && words.get(j).endsWith(":"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word opens a quotation: a double mark or a German low one before it. */
    private static boolean quoted(String raw) {
        return QuotationMarks.closesDouble(raw.charAt(0)) || raw.charAt(0) == '\u201E';
    }

    /**
     * Whether the word is a verb of welcoming, with or without an elided "de" ("accueillir",
     * "d'accueillir"): the cue this reader needs, which the word classes' gate must let through.
     */
    static boolean isWelcomeVerb(String raw) {
        return WELCOME_INFINITIVES.containsCore(unelided(raw));
    }

    /** "d'accueillir" gives "accueillir": the French elided "de" glued to the infinitive. */
    private static String unelided(String raw) {
        // No character but 'd' and 'D' lowers to 'd': asked as it stands, the word is not lowered
        if (raw.length() > 2
                && (raw.charAt(0) == 'd' || raw.charAt(0) == 'D')
                && (raw.charAt(1) == '\'' || raw.charAt(1) == '\u2019')) {
            return raw.substring(2);
        }
        return raw;
    }
}
