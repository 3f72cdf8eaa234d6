package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import java.util.List;

/**
 * The verbs of coming to this edition, after a named subject: "Mara Quill sera aussi de la partie",
 * "Mara Quill sarà ospite", "Mara Quill will be the guest", "Mara Quill viendra présenter son
 * livre", "Mara Quill viendra témoigner sur le plateau", "Mara Quill passera sur le plateau", "Mara
 * Quill pasará por el plató", "Mara Quill passerà in studio", "Mara Quill kommt heute ins Studio",
 * "Mara Quill visita esta noche el programa". The future says what the edition will hold; a present
 * ("kommt", "visita") counts only with a word of this edition in its clause ("heute", "esta
 * noche"), since it tells a habit as well. The past ("était venu", "est passé") is no verb of this
 * set; a guest of another named show ("sera l'invité de Harbour Lights") or of another time ("la
 * semaine prochaine"), and a presentation somewhere else ("présenter son livre à la Fnac") count
 * for none.
 */
final class ComingToTheSet {

    private ComingToTheSet() {}

    /** The copulas of the future, third person singular: "sera", "será", "sarà", "zal". */
    private static final Vocabulary FUTURE_COPULAS = Vocabulary.of("sera será sarà zal");

    /** The verbs of coming in the future, third person singular. */
    private static final Vocabulary FUTURE_COMING =
            Vocabulary.of("viendra vendrá vendrà virá passera pasará passerà passará");

    /**
     * The verbs of coming and visiting in the present, which need a word of this edition: "kommt",
     * "komt", "visita", "visitan", "vient", "viene".
     */
    private static final Vocabulary PRESENT_COMING =
            Vocabulary.of("kommt komt visita visitan visite visitent");

    /**
     * The words of tonight and today in the seven languages, which put a present in this edition.
     */
    private static final Vocabulary THIS_EDITION =
            Vocabulary.of(
                    "tonight today heute heute abend vanavond vandaag hoy esta noche ce soir"
                            + " aujourd'hui aujourd’hui stasera oggi hoje");

    /**
     * The words that may stand between the verb and what follows it: "aussi", "également", "lui
     * aussi", "elle aussi", "anche", "también", "também", "also", "auch", "ook", "ce soir",
     * "stasera", "heute", "esta noche", "hoy".
     */
    private static final Vocabulary FILLERS =
            Vocabulary.of(
                    "aussi également lui elle anche lei también também also auch ook ce soir"
                            + " stasera heute abend esta noche hoy hoje oggi tonight then ensuite"
                            + " poi luego depois dann vanavond vandaag");

    /**
     * The places of a show's set and the show itself: "plateau", "plató", "studio", "estudio",
     * "estúdio", "émission", "programa", "programma", "programme", "show", "Sendung", "grill"
     * (French "passer sur le grill", a hard interview).
     */
    private static final Vocabulary SET_WORDS =
            Vocabulary.of(
                    "plateau plató studio estudio estúdio émission programa programma programme"
                            + " show sendung grill set");

    /** The short words between a verb and the set: "sur le", "por el", "in", "ins", "dans l'". */
    private static final Vocabulary SET_PREPOSITIONS =
            Vocabulary.of(
                    "sur le la l' l’ dans por el en in ins im al nel nello pelo no na ao on the"
                            + " to de het naar op");

    /** The infinitives of presenting one's work: "présenter son livre", "presentar su disco". */
    private static final Vocabulary PRESENT_INFINITIVES =
            Vocabulary.of("présenter presentar presentare apresentar present presenteren");

    /** The infinitives of telling on the set: "témoigner sur le plateau", "raconter". */
    private static final Vocabulary TELL_INFINITIVES =
            Vocabulary.of("témoigner raconter testimoniare raccontare contar testemunhar");

    /** The possessives before the work presented: "son", "sa", "ses", "su", "his", "her". */
    private static final Vocabulary POSSESSIVES =
            Vocabulary.of(
                    "son sa ses su sus suo sua suoi sue seu seus suas his her their sein seine"
                            + " ihr ihre zijn haar hun il la o a");

    /** The prepositions that put a presentation somewhere else: "à la Fnac", "in Madrid". */
    private static final Vocabulary ELSEWHERE =
            Vocabulary.of("à au aux at in en a nel nella im em no na bei chez");

    /** The singular guest words after a future copula: "sera l'invité", "sarà ospite". */
    private static final Vocabulary GUEST_WORDS =
            Vocabulary.of(
                    "guest invité invitée invitado invitada ospite convidado convidada gast"
                            + " entrevistado entrevistada");

    /**
     * The determiners of this show's guest longer than an article: "tonight's guest", "our guest",
     * "notre invitée", "nuestro invitado", "la nostra ospite", "o nosso convidado".
     */
    private static final Vocabulary GUEST_DETERMINERS =
            Vocabulary.of(
                    "our tonight's tonight’s today's today’s notre nuestro nuestra nostro nostra"
                            + " nosso nossa");

    /**
     * The verbs and nouns of presenting and hosting a show, which make the one named beside them a
     * presenter of the edition, not its guest: "présenteront", "animera", "accueilleront",
     * "moderiert", "conduce", "presenteert", "hosts", "l'animatrice", "die Moderatorin", "la
     * conduttrice", "la presentadora", "o apresentador".
     */
    private static final Vocabulary PRESENTING_WORDS =
            Vocabulary.of(
                    "présentera présenteront présente présenté présentée animera animeront anime"
                            + " animé animée accueillera accueilleront recevra recevront animateur"
                            + " animatrice animateurs animatrices présentateur présentatrice"
                            + " moderiert moderieren moderator moderatorin moderatoren"
                            + " moderatorinnen gastgeber gastgeberin presenta presentan conduce"
                            + " conducen presentador presentadora presentadores conductor"
                            + " conductora conduttore conduttrice conduttori presentatore"
                            + " presentatrice conduz apresenta apresentador apresentadora"
                            + " presenteert presentator presentatrice host hosts hosted presenter"
                            + " presenters");

    /** How near a word of presenting stands to a presenter's name. */
    private static final int PRESENTER_REACH = 6;

    /**
     * Whether the last word of the subject before {@code at} is named elsewhere in the text beside
     * a word of presenting: "Paul Morel et Anne Viret présenteront l'émission. Anne Viret sera de
     * la partie" tells of the presenter, not a guest.
     */
    static boolean subjectPresents(List<String> words, int at) {
        if (at == 0) {
            return false;
        }
        String surname = Names.core(words.get(at - 1));
        for (int k = 0; k < words.size(); k++) {
            if (k == at - 1 || !surname.equals(Names.core(words.get(k)))) {
                continue;
            }
            int from = Math.max(0, k - PRESENTER_REACH);
            int to = Math.min(words.size(), k + PRESENTER_REACH + 1);
            for (int p = from; p < to; p++) {
                String w = words.get(p);
                if (PRESENTING_WORDS.containsCore(w)
                        || PRESENTING_WORDS.containsCore(afterElision(w))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words of this class a text must hold, for the text's prefilter. */
    static final String WORDS =
            String.join(" ", FUTURE_COPULAS.words())
                    + " "
                    + String.join(" ", FUTURE_COMING.words())
                    + " "
                    + String.join(" ", PRESENT_COMING.words())
                    + " partie";

    /** Most filler words after the verb ("lui aussi ce soir"). */
    private static final int FILLER_MAX_WORDS = 3;

    /** Most words of the clause after the work presented that may put it elsewhere. */
    private static final int ELSEWHERE_REACH = 8;

    /** Whether the verb at {@code at} says its named subject comes to this edition. */
    static boolean comesAt(List<String> words, int at) {
        String verb = words.get(at);
        if (endsPhrase(verb) || at + 1 >= words.size()) {
            return false;
        }
        boolean future = FUTURE_COPULAS.containsCore(verb) || FUTURE_COMING.containsCore(verb);
        if ((!future && !PRESENT_COMING.containsCore(verb)) || subjectPresents(words, at)) {
            return false;
        }
        int from = pastFillers(words, at + 1);
        if (from >= words.size()) {
            return false;
        }
        if (!future && !thisEditionIn(words, at + 1)) {
            return false; // "Mara Quill kommt jeden Freitag ins Studio": a habit
        }
        if (FUTURE_COPULAS.containsCore(verb)) {
            return ofTheParty(words, from) || isGuestOfThisShow(words, from);
        }
        String next = words.get(from);
        if (!endsPhrase(next) && PRESENT_INFINITIVES.containsCore(next)) {
            return presentsOwnWork(words, from + 1);
        }
        if (!endsPhrase(next) && TELL_INFINITIVES.containsCore(next)) {
            from = pastFillers(words, from + 1);
        }
        return toTheSet(words, from);
    }

    private static int pastFillers(List<String> words, int from) {
        int k = from;
        while (k < words.size()
                && k < from + FILLER_MAX_WORDS
                && FILLERS.containsCore(words.get(k))
                && Character.isLowerCase(words.get(k).charAt(0))
                && !CreditLines.endsSentence(words.get(k))) {
            if (endsPhrase(words.get(k))) {
                return k + 1 < words.size() && k > from ? k + 1 : k; // "lui aussi, ..."
            }
            k++;
        }
        return k;
    }

    /** "de la partie": the French idiom of taking part. */
    private static boolean ofTheParty(List<String> words, int from) {
        return from + 2 < words.size()
                && Vocabulary.coreIs(words.get(from), "de")
                && Vocabulary.coreIs(words.get(from + 1), "la")
                && Vocabulary.coreIs(words.get(from + 2), "partie")
                && !endsPhrase(words.get(from))
                && !endsPhrase(words.get(from + 1));
    }

    /**
     * "l'invité", "ospite", "el invitado", "the guest", "o entrevistado", after at most an article:
     * the guest of this show, not of another named one ("l'invitée de Harbour Lights") nor of
     * another time ("de la semaine prochaine").
     */
    static boolean isGuestOfThisShow(List<String> words, int from) {
        int k = from;
        String w = words.get(k);
        String bare = afterElision(w);
        if (!GUEST_WORDS.containsCore(bare)) {
            if (endsPhrase(w)
                    || !(w.length() <= 3 || GUEST_DETERMINERS.containsCore(w))
                    || !Character.isLowerCase(w.charAt(0))) {
                return false;
            }
            k++;
            if (k >= words.size() || !GUEST_WORDS.containsCore(words.get(k))) {
                return false;
            }
            w = words.get(k);
        }
        if (!Character.isLowerCase(afterElision(w).charAt(0))) {
            return false;
        }
        for (int n = k + 1; n < words.size() && n <= k + 4 && !endsPhrase(words.get(n - 1)); n++) {
            String x = words.get(n);
            if (!Character.isLowerCase(x.charAt(0))
                    || OtherEpisodeWords.isBeforeOrAfter(x)
                    || OtherEpisodeWords.isHonour(x)) {
                return false; // "ospite di Harbour Lights", "l'invité de la semaine prochaine"
            }
        }
        return true;
    }

    /** "présenter son livre", and nowhere else named after it ("à la Fnac de Lyon"). */
    private static boolean presentsOwnWork(List<String> words, int from) {
        if (from + 1 >= words.size() || !POSSESSIVES.containsCore(words.get(from))) {
            return false;
        }
        for (int k = from + 1; k < words.size() && k < from + ELSEWHERE_REACH; k++) {
            String w = words.get(k);
            if (ELSEWHERE.containsCore(w) && !endsPhrase(w) && k + 1 < words.size()) {
                String place = words.get(k + 1);
                if (SET_PREPOSITIONS.containsCore(place) && k + 2 < words.size()) {
                    place = words.get(k + 2);
                }
                if (Character.isUpperCase(place.charAt(0)) && !SET_WORDS.containsCore(place)) {
                    return false;
                }
            }
            if (CreditLines.endsSentence(w)) {
                break;
            }
        }
        return true;
    }

    /** "sur le plateau", "por el plató", "ins Studio", "in die Sendung", "el programa". */
    private static boolean toTheSet(List<String> words, int from) {
        for (int k = from; k < words.size() && k < from + FILLER_MAX_WORDS; k++) {
            String w = words.get(k);
            if (SET_WORDS.containsCore(w) || SET_WORDS.containsCore(afterElision(w))) {
                return k > from || Character.isLowerCase(w.charAt(0));
            }
            if (endsPhrase(w) || !SET_PREPOSITIONS.containsCore(w)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a word of tonight or today stands in the clause from {@code from}. */
    private static boolean thisEditionIn(List<String> words, int from) {
        for (int k = from; k < words.size() && k < from + ELSEWHERE_REACH; k++) {
            if (THIS_EDITION.containsCore(words.get(k))) {
                return true;
            }
            if (endsPhrase(words.get(k))) {
                return false;
            }
        }
        return false;
    }

    /** "invité" of "l'invité"; the word itself when no elided article starts it. */
    private static String afterElision(String raw) {
        int apostrophe = Math.max(raw.indexOf('\''), raw.indexOf('\u2019'));
        return apostrophe > 0 && apostrophe < 4 && apostrophe + 1 < raw.length()
                ? raw.substring(apostrophe + 1)
                : raw;
    }
}
