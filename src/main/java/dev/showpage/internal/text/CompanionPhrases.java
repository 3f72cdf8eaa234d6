package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.core;
import static dev.showpage.internal.text.Names.endsPhrase;
import static dev.showpage.internal.text.Names.isNameWord;

import dev.showpage.internal.text.Names.Span;
import java.util.List;
import java.util.Locale;

/**
 * The phrases a host says "today I am joined by X" with, in the languages the parser reads, and
 * where the name they give stands:
 *
 * <ul>
 *   <li>a verb of keeping company with the host for its object: "Hoy me acompaña X", "Hoy nos
 *       acompaña X", "Oggi mi accompagna X", "Hoje me acompanha X", "Aujourd'hui, m'accompagne X";
 *       and the subject before it: "X m'accompagne", "X me acompaña";
 *   <li>a verb of receiving in the first person: "je reçois X", "recibimos a X", "recebemos X",
 *       "oggi ospito X", "heute begrüße ich X", "vandaag ontvang ik X", "today we welcome X";
 *   <li>"with me" and a copula: "With me today is X", "Avec moi aujourd'hui, X", "Con me oggi c'è
 *       X";
 *   <li>a closing phrase after the name: "Heute ist X bei mir zu Gast", "X ist heute zu Gast",
 *       "Vandaag is X te gast", "Vandaag schuift X aan", "X schuift aan", which {@link
 *       ClosingPhrases} reads with the words of time and the articles kept here.
 * </ul>
 *
 * Between the verb and the name may stand a few words of time and place ("hoy", "today", "in this
 * episode", "en el estudio"), which {@link #FILLERS} lists. Since these phrases say who keeps the
 * host company, a first name alone ("Hoy me acompaña María, que ...") is taken there as well, but
 * never after a word for a co-host.
 */
final class CompanionPhrases {

    private CompanionPhrases() {}

    /**
     * The verbs of keeping company with an object pronoun before them ("me acompaña", "nos
     * acompaña", "mi accompagna", "ci accompagna", "me acompanha", "m'accompagne", "nous
     * accompagne").
     */
    private static final Vocabulary ACCOMPANY_VERBS =
            Vocabulary.of(
                    "acompaña acompañan acompanha acompanham accompagna accompagnano accompagne"
                            + " accompagnent");

    /** The Portuguese forms with the pronoun after the verb: "acompanha-me", "acompanha-nos". */
    private static final Vocabulary ACCOMPANY_ENCLITIC =
            Vocabulary.of("acompanha-me acompanha-nos acompanham-me acompanham-nos");

    /** The object pronouns of the first person before such a verb. */
    private static final Vocabulary OBJECT_PRONOUNS = Vocabulary.of("me nos mi ci nous");

    /**
     * Verbs of receiving a guest whose form is of the first person alone: "recibo", "recibimos",
     * "recebo", "recebemos", "ricevo", "riceviamo", "ospito", "ospitiamo", "begrüße", "ontvang".
     */
    private static final Vocabulary RECEIVE_FIRST_PERSON =
            Vocabulary.of(
                    "recibo recibimos recebo recebemos ricevo riceviamo ospito ospitiamo begrüße"
                            + " begrüsse ontvang");

    /**
     * Verbs of receiving a guest that need a pronoun of the first person beside them: "je reçois",
     * "nous recevons", "wir begrüßen", "we ontvangen", "we welcome".
     */
    private static final Vocabulary RECEIVE_WITH_PRONOUN =
            Vocabulary.of("reçois recevons accueillons begrüßen begrüssen ontvangen welcome");

    /**
     * French verbs of receiving in the third person, which say "we" after the impersonal "on": "on
     * reçoit X", "on accueille X".
     */
    private static final Vocabulary RECEIVE_AFTER_ON = Vocabulary.of("reçoit accueille");

    /**
     * Words of time and place that may stand between the phrase and the name: "today", "this week",
     * "in this episode", "again", "in the studio", in each language; and the pronoun of an inverted
     * verb ("begrüße ich", "ontvang ik").
     */
    static final Vocabulary FILLERS =
            Vocabulary.of(
                    "today tonight again back also this week episode in on the show studio here hoy"
                        + " hoje oggi aujourd'hui aujourd’hui heute vandaag esta este semana en el"
                        + " estudio episodio programa también de nuevo aquí neste nesta no na em"
                        + " episódio estúdio também novamente aqui questa questo settimana puntata"
                        + " nella nel anche ancora di nuovo qui studio cette cet ce semaine dans"
                        + " épisode émission aussi encore à nouveau ici diese dieser diesen dieses"
                        + " woche folge sendung im auch wieder erneut einmal hier deze week"
                        + " aflevering ook weer opnieuw hier ich wir ik we wij je nous");

    /** "met mij", "with me", "avec moi", "mit mir", "con me", "com nós": the object pronouns. */
    private static final Vocabulary WITH_OBJECTS =
            Vocabulary.of("me us moi nous mir uns noi mij ons nós nosotros nosotras");

    /** The Spanish and Portuguese words for "with me" in one: "conmigo", "comigo". */
    private static final Vocabulary WITH_ME = Vocabulary.of("conmigo comigo connosco conosco");

    /** Most words of time and place between the phrase and the name. */
    static final int FILLER_MAX_WORDS = 4;

    /**
     * The verbs of telling, showing and explaining (the ones a note says of a speaker; not such
     * common words as "show" or "take", so that the text's prefilter stays selective), which with
     * "us" say that the one before them speaks to the host and the listeners: "tells us", "nos
     * cuenta", "nous raconte", "ci racconta", "erzählt uns", "vertelt ons", "conta-nos".
     */
    private static final String TELL_WORDS =
            "tells explains cuenta cuentan explica explican muestra muestran raconte racontent"
                    + " explique expliquent montre montrent racconta raccontano spiega spiegano"
                    + " mostra mostrano erzählt erzählen erklärt erklären vertelt vertellen conta"
                    + " contam explicam mostram";

    /** The words a text must hold for a phrase of this class to stand in it. */
    static final String VERBS =
            "acompaña acompañan acompanha acompanham acompanha-me acompanha-nos accompagna"
                    + " accompagnano accompagne accompagnent recibo recibimos recebo recebemos"
                    + " ricevo riceviamo ospito ospitiamo begrüße begrüsse begrüßen begrüssen"
                    + " ontvang ontvangen reçois recevons reçoit accueille accueillons welcome"
                    + " schuift schuiven conmigo comigo"
                    + " connosco conosco"
                    + " gast conta-nos contam-nos explica-nos explicam-nos fala-nos falam-nos"
                    + " mostra-nos mostram-nos leva-nos levam-nos "
                    + TELL_WORDS;

    /**
     * The name a phrase that starts at word {@code i} gives, or null: for the phrases whose name
     * follows them (the verbs of keeping company and of receiving, "with me ... is").
     */
    static Span after(List<String> words, int i) {
        String word = words.get(i);
        int start = -1;
        if (endsPhrase(word) && !word.endsWith(",")) {
            return null;
        }
        if (elidedMe(word) && ACCOMPANY_VERBS.containsCore(word, 2)) {
            start = i + 1; // "m'accompagne"
        } else if (ACCOMPANY_VERBS.containsCore(word)
                && ((i > 0
                        && OBJECT_PRONOUNS.containsCore(words.get(i - 1))
                        && !endsPhrase(words.get(i - 1))))) {
            start = i + 1; // "Hoy me acompaña", "nous accompagne"
        } else if (ACCOMPANY_ENCLITIC.containsCore(word)) {
            start = i + 1; // "Hoje acompanha-me"
        } else if (RECEIVE_FIRST_PERSON.containsCore(word)) {
            start = i + 1; // "recibimos a", "begrüße ich"
        } else if (RECEIVE_WITH_PRONOUN.containsCore(word)
                && ((i > 0 && PersonWords.isFirstPerson(words.get(i - 1)))
                        || (i + 1 < words.size() && PersonWords.isFirstPerson(words.get(i + 1))))) {
            start = i + 1; // "je reçois", "wir begrüßen", "ontvangen we", "we welcome"
        } else if (RECEIVE_AFTER_ON.containsCore(word)
                && i > 0
                && Vocabulary.coreIs(words.get(i - 1), "on")) {
            start = i + 1; // "on reçoit X", "on accueille X"
        } else if (COPULAS.containsCore(word) && withUs(words, i + 1) > 0) {
            // "Hoy está con nosotros X", "Oggi è con noi X", "Today is with us X"
            start = withUs(words, i + 1);
        } else if (WITH_ME.containsCore(word)
                || (PersonWords.isWithWord(word)
                        && i + 1 < words.size()
                        && WITH_OBJECTS.containsCore(words.get(i + 1)))) {
            // "With me today is X", "Conmigo está X", "Con me oggi c'è X"
            int from = WITH_ME.containsCore(word) ? i + 1 : i + 2;
            start = afterCopula(words, from);
        }
        if (start < 0 || start >= words.size()) {
            return null;
        }
        return nameAt(words, skipFillers(words, start), true);
    }

    /**
     * Where the words after "with me" or "with us" start, when the words from {@code at} are such
     * ("con nosotros", "avec nous", "with us", "conmigo", "connosco"); else -1. Neither word may
     * end a phrase before its last.
     */
    private static int withUs(List<String> words, int at) {
        if (at >= words.size()) {
            return -1;
        }
        String w = words.get(at);
        if (WITH_ME.containsCore(w)) {
            return at + 1;
        }
        return at + 1 < words.size()
                        && PersonWords.isWithWord(w)
                        && !endsPhrase(w)
                        && WITH_OBJECTS.containsCore(words.get(at + 1))
                ? at + 2
                : -1;
    }

    /**
     * Whether the words from {@code at} say that the one before them keeps the host company: "m'
     * accompagne", "me acompaña", "nos acompaña", "mi accompagna", "acompanha-me"; or is with the
     * host now ("está con nosotros", "is with us today", "è con noi"), which a copula of the
     * present says (a past one, "was with us", speaks of another episode).
     */
    static boolean accompanies(List<String> words, int at) {
        if (at >= words.size()) {
            return false;
        }
        String w = words.get(at);
        if (COPULAS.containsCore(w) && !endsPhrase(w) && withUs(words, at + 1) > 0) {
            return true;
        }
        if (elidedMe(w)) {
            return ACCOMPANY_VERBS.containsCore(w, 2);
        }
        return ACCOMPANY_ENCLITIC.containsCore(w)
                || (OBJECT_PRONOUNS.containsCore(w)
                        && !endsPhrase(w)
                        && at + 1 < words.size()
                        && ACCOMPANY_VERBS.containsCore(words.get(at + 1)));
    }

    private static final Vocabulary TELL_VERBS = Vocabulary.of(TELL_WORDS);

    /** Portuguese verbs of telling with "nos" after them, in one word: "mostram-nos". */
    private static final Vocabulary TELL_US_ENCLITIC =
            Vocabulary.of(
                    "conta-nos contam-nos explica-nos explicam-nos fala-nos falam-nos mostra-nos"
                            + " mostram-nos leva-nos levam-nos");

    /** "us" before the verb (nos, nous, ci) and after it (us, uns, ons). */
    private static final Vocabulary US_BEFORE = Vocabulary.of("nos nous ci");

    private static final Vocabulary US_AFTER = Vocabulary.of("us uns ons");

    /**
     * Whether the words from {@code at} say that the one before them tells, shows or explains
     * something to "us": "tells us", "nos cuenta", "erzählt uns", "mostram-nos".
     */
    static boolean tellsUs(List<String> words, int at) {
        if (at + 1 >= words.size()) {
            return at < words.size() && TELL_US_ENCLITIC.containsCore(words.get(at));
        }
        String w = words.get(at);
        String next = words.get(at + 1);
        return TELL_US_ENCLITIC.containsCore(w)
                || (!endsPhrase(w)
                        && ((US_BEFORE.containsCore(w) && TELL_VERBS.containsCore(next))
                                || (TELL_VERBS.containsCore(w) && US_AFTER.containsCore(next))));
    }

    /** "m'accompagne": the elided "me" glued to the verb. */
    private static boolean elidedMe(String raw) {
        return raw.length() > 2
                && (raw.charAt(0) == 'm' || raw.charAt(0) == 'M')
                && (raw.charAt(1) == '\'' || raw.charAt(1) == '\u2019');
    }

    /** Past the words of time and place, and the Spanish personal "a"; at most a few. */
    static int skipFillers(List<String> words, int start) {
        int p = start;
        while (p < words.size()
                && p < start + FILLER_MAX_WORDS
                && !isNameWord(words.get(p))
                && (FILLERS.containsCore(words.get(p)) || isPersonalA(words, p))
                && !CreditLines.endsSentence(words.get(p))) {
            p++;
        }
        return p;
    }

    /**
     * The Spanish personal "a" (and "al") before a person: "recibe a Mara Quill", "saludar al
     * doctor Ruiz".
     */
    static final Vocabulary PERSONAL_A = Vocabulary.of("a al");

    private static boolean isPersonalA(List<String> words, int p) {
        return PERSONAL_A.containsCore(words.get(p))
                && p + 1 < words.size()
                && !endsPhrase(words.get(p));
    }

    /** The word after the first copula within a few words ("is", "ist", "c'è", "está"); else -1. */
    private static int afterCopula(List<String> words, int from) {
        for (int k = from; k < words.size() && k < from + FILLER_MAX_WORDS + 1; k++) {
            String w = core(words.get(k)).toLowerCase(Locale.ROOT);
            if (COPULAS.contains(w)) {
                return k + 1;
            }
            if (CreditLines.endsSentence(words.get(k))
                    || !(FILLERS.containsCore(words.get(k)) || words.get(k).endsWith(","))) {
                return -1;
            }
        }
        return -1;
    }

    /** "is", "est", "ist", "es", "está", "è", "c'è", "é", "está", "is": "X is with me". */
    private static final Vocabulary COPULAS =
            Vocabulary.of("is est ist es está è c'è c’è é estão sont sind zijn are");

    /**
     * The name at {@code p}: a full name, maybe after a word of description ("la periodista María
     * López", "my friend Mara"), or with {@code single} a first name alone that a phrase end, a
     * lower-case word or the text's end follows; none after a word for a co-host.
     */
    static Span nameAt(List<String> words, int p, boolean single) {
        for (int q = p; q < words.size() && q <= p + 2; q++) {
            String w = words.get(q);
            if (ShowCircleWords.CO_HOST_WORDS.containsCore(w) || PersonWords.isHostWord(w)) {
                return null; // "me acompaña mi co-presentadora María"
            }
            if (q > p
                    && ShowCircleWords.OUR.containsCore(words.get(q - 1))
                    && (PersonWords.isCreditWord(w)
                            || ShowCircleWords.CREW_WORDS.containsCore(w))) {
                return null; // "nos acompaña nuestro productor Oskar", "with us is our producer"
            }
            String before = q > p ? words.get(q - 1) : null;
            boolean described =
                    q == p
                            || PersonWords.isRoleNoun(before)
                            || ShowCircleWords.FRIENDS.containsCore(before)
                            || OPENERS.containsCore(before)
                            // "o engenheiro Rui": one lower-case word after an article
                            || (q == p + 2
                                    && OPENERS.containsCore(words.get(p))
                                    && Character.isLowerCase(before.charAt(0)));
            if (!described) {
                return null;
            }
            Span span = Names.personAt(words, q);
            if (span != null) {
                return Names.isPossessive(words.get(span.to() - 1))
                                || DETERMINERS.containsCore(words.get(span.from()))
                        ? null
                        : span;
            }
            if (single && isFirstNameAlone(words, q)) {
                return new Span(q, q + 1);
            }
            if (endsPhrase(w)) {
                return null;
            }
        }
        return null;
    }

    /** Articles and possessives before a word of description: "la", "mi", "my", "il", "de". */
    private static final Vocabulary OPENERS =
            Vocabulary.of(
                    "the a an my our la el mi nuestra nuestro il lo la mia mio nostro nostra a o"
                            + " minha meu nossa nosso le ma mon notre der die mein meine unser"
                            + " unsere de het mijn onze");

    /**
     * Articles and possessives, which German and Dutch print in capitals at a sentence's start
     * before a noun in capitals ("Der Bürgermeister ist zu Gast"): no name starts with one.
     */
    static final Vocabulary DETERMINERS =
            Vocabulary.of(
                    "der die das dem den des ein eine einer einem unser unsere mein meine het de"
                            + " een onze mijn");

    /** Whether the word may be a first name standing alone: see {@link #nameAt}. */
    private static boolean isFirstNameAlone(List<String> words, int q) {
        String w = words.get(q);
        String c = core(w);
        if (!isNameWord(w)
                || c.length() < 2
                || c.equals(c.toUpperCase(Locale.ROOT))
                || PersonWords.isSiteWord(w)
                || PersonWords.isHonorific(w)
                || Names.isPossessive(w)
                || DETERMINERS.containsCore(w)
                || FILLERS.containsCore(w)) {
            return false;
        }
        return q + 1 == words.size()
                || endsPhrase(w)
                || !Character.isUpperCase(words.get(q + 1).codePointAt(0));
    }

    /**
     * The words a phrase of {@link #after} may stand on, the word it is asked about (besides a
     * with-word before "me" or "us"): the verbs of company and of receiving, a copula before "with
     * us", "with me" in one word. A word that is none of them (nor one past "m'") starts no such
     * phrase, and is not asked about.
     */
    static final List<Vocabulary> STARTS =
            List.of(
                    ACCOMPANY_VERBS,
                    ACCOMPANY_ENCLITIC,
                    RECEIVE_FIRST_PERSON,
                    RECEIVE_WITH_PRONOUN,
                    RECEIVE_AFTER_ON,
                    COPULAS,
                    WITH_ME);

    /**
     * The words without which neither {@link #accompanies} nor {@link #tellsUs} holds after a name:
     * "with us" needs its pronoun, "m'accompagne" its verb, "tells us" its verb.
     */
    static final List<Vocabulary> AFTER_NAME_CUES =
            List.of(
                    WITH_ME,
                    WITH_OBJECTS,
                    ACCOMPANY_VERBS,
                    ACCOMPANY_ENCLITIC,
                    TELL_VERBS,
                    TELL_US_ENCLITIC);
}
