package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The run of an edition's guests that "among the guests" opens, as the preview of a TV or radio
 * talk show prints it in every language: "Tra gli ospiti anche la storica Giulia Conti, Paolo Neri
 * e Marco Sala", "Parmi les autres invités, on note Claire Dubois, le peintre, et Paul Martin",
 * "Unter den weiteren Gästen sind auch Jonas Weber und Lea Brandt", "Among tonight's guests are
 * Mara Quill and Tom Reed", "Entre los invitados de hoy, también Lucía Pérez y Jorge Ruiz", "Entre
 * os outros convidados estão Ana Lima e Rui Costa", "Onder de andere gasten ook Sanne Vermeer en
 * Joris van Dam".
 *
 * <p>"Among the guests" alone also opens an event's report ("The gala was a success. Among the
 * guests, Mara Quill"), so the run must be tied to this edition's guests: by "other" before the
 * noun or "also" after it (the run goes on with guests the text has already named), by a word of
 * this evening or of the show after the noun ("di stasera", "de l'émission", "der Sendung"), or by
 * a verb of the present or the future ("on note", "ci saranno", "sind", "are"). The words between
 * the noun and the names come from those closed sets alone: a past verb ("were", "étaient"), a
 * relative clause or another occasion's complement ("of this year's festival", "dieser Ausgabe")
 * leaves the run unread. Nothing in the paragraph before the run may name an event ("festival",
 * "Messe"), and nothing in its sentence or the one before may place the guests at another day or
 * edition ({@link OtherOccasionWords}) or open a quotation.
 *
 * <p>Each name may carry a role before it ("il climatologo e divulgatore Luca Mercalli", "der
 * Segler Jonas Weber") and an aside after it ("Claire Dubois, le peintre,", "Paolo Neri, autore di
 * un libro sulle maree,"); a one-word name between commas ("Luz,") is passed over, for it cannot be
 * told from a place. A role of the show's own people ("la presentatrice Giulia Conti") ends the
 * run, and so does a name that does not close where the list goes on ("Mara Quill fans").
 */
final class AmongGuestRuns {

    private AmongGuestRuns() {}

    /**
     * "Among" in the seven languages: "among", "parmi", "unter", "entre", "tra", "fra", "onder".
     */
    private static final Vocabulary AMONG =
            Vocabulary.of("among amongst parmi unter entre tra fra onder");

    /**
     * The plural guest nouns of the seven languages, with the German dative "Gästen" that "unter
     * den" asks for.
     */
    private static final Vocabulary GUEST_PLURALS =
            Vocabulary.of(
                    "guests invités invitées gäste gästen invitados invitadas ospiti convidados"
                            + " convidadas gasten");

    /**
     * The articles and possessives of a plural after "among" in the seven languages, German in the
     * dative: "the", "our", "les", "nos", "ses", "den", "unseren", "seinen", "los", "las", "sus",
     * "gli", "i", "le", "suoi", "os", "as", "seus", "de", "onze", "zijn".
     */
    private static final Vocabulary DETERMINERS =
            Vocabulary.of(
                    "the our les nos ses leurs den unseren seinen ihren los las nuestros nuestras"
                            + " sus gli i le nostri suoi os as nossos seus suas de onze zijn haar");

    /**
     * "Other" and "further" before the guest noun, in the seven languages: the run goes on with
     * guests of the edition the text has already named ("Parmi les autres invités").
     */
    private static final Vocabulary OTHER =
            Vocabulary.of(
                    "other autres weiteren anderen otros otras altri outros outras andere"
                            + " overige");

    /**
     * "Also" after the guest noun, in the seven languages ("Tra gli ospiti anche", "Unter den
     * Gästen auch"): the run goes on with guests already named.
     */
    private static final Vocabulary ALSO =
            Vocabulary.of(
                    "also too aussi également encore auch ebenfalls außerdem también además"
                            + " anche pure inoltre também ainda ook verder");

    /**
     * The words of this evening and of the show that may follow the guest noun ("di stasera",
     * "della puntata", "de ce soir", "de l'émission", "of tonight", "of the show", "der heutigen
     * Sendung", "de hoy", "del programa", "de hoje", "do programa", "van vanavond", "van de
     * uitzending"), with their small words. An edition's noun that events share ("edizione",
     * "édition", "Ausgabe") is not among them.
     */
    private static final Vocabulary THIS_EDITION =
            Vocabulary.of(
                    "tonight today tonight's today's stasera oggi serata puntata trasmissione"
                            + " programma soir soirée aujourd'hui aujourd’hui émission l'émission"
                            + " l’émission épisode heute heutigen sendung folge hoy noche programa"
                            + " episodio hoje noite programa episódio vanavond vandaag uitzending"
                            + " aflevering show episode");

    /**
     * The small words that join those of {@link #THIS_EDITION} to the noun: "of the", "di",
     * "della", "de", "ce", "la", "du", "der", "von", "del", "esta", "do", "desta", "van".
     */
    private static final Vocabulary OF_THIS =
            Vocabulary.of(
                    "of the this di della dello questa de ce cette la du der von dieser del esta"
                            + " este do da desta deste van deze");

    /**
     * The verbs of the present and the future that say the guests are there, with the subject words
     * some languages put first: "are", "will be", "include", "on note", "on retrouve", "il y a",
     * "figurent", "seront", "sind", "finden sich", "están", "estarán", "figuran", "ci sono", "ci
     * saranno", "figurano", "estão", "estarão", "zijn", "zitten". Not the verbs that are also a
     * possessive elsewhere ("son", "sein").
     */
    private static final Vocabulary PRESENT =
            Vocabulary.of(
                    "are will be include includes on note retrouve trouve compte il y a aura"
                            + " figurent figureront sont seront sind finden sich befinden werden"
                            + " están estarán figuran serán hay habrá ci sono saranno sarà figurano"
                            + " estão estarão figuram são serão há haverá zijn zitten staan");

    /** Most words between the guest noun and the names. */
    private static final int FILLER_MAX_WORDS = 5;

    /** Most names one run gives. */
    private static final int RUN_MAX_NAMES = 12;

    /**
     * Most lower-case words of a role before a name ("il climatologo e divulgatore scientifico").
     */
    private static final int ROLE_MAX_WORDS = 8;

    /** Most words of an aside between commas after a name. */
    private static final int ASIDE_MAX_WORDS = 16;

    /**
     * The guests the runs of {@code words} name, in order; {@code later} masks other episodes. The
     * caller has told the text holds a guest plural ({@link PluralGuestSentences}' stems, which
     * "Gästen" shares with "Gäste").
     */
    static List<Mention> find(List<String> words, boolean[] later) {
        List<Mention> found = new ArrayList<>(0);
        for (int i = 2; i + 1 < words.size(); i++) {
            if (later[i] || !GUEST_PLURALS.containsCore(words.get(i))) {
                continue;
            }
            int opening = opening(words, i);
            if (opening < 0) {
                continue;
            }
            boolean tied =
                    OTHER.containsCore(words.get(i - 1))
                            || THIS_EDITION.containsCore(words.get(i - 1));
            int start = runStart(words, i, tied);
            if (start > 0 && clearBefore(words, opening, start)) {
                readRun(words, start, found);
            }
        }
        return found;
    }

    /**
     * The index of "among" when the noun at {@code i} closes "among the (other) guests", "among
     * tonight's guests" or "unter den heutigen Gästen" at the start of a sentence; -1 otherwise
     * ("he was among the guests" speaks of someone else).
     */
    private static int opening(List<String> words, int i) {
        int k = i - 1;
        boolean possessive = false;
        if (OTHER.containsCore(words.get(k)) || THIS_EDITION.containsCore(words.get(k))) {
            possessive = words.get(k).contains("'") || words.get(k).contains("\u2019");
            k--; // "les autres invités", "tonight's guests", "den heutigen Gästen"
        }
        if (k >= 1 && DETERMINERS.containsCore(words.get(k))) {
            k--;
        } else if (!possessive) {
            return -1;
        }
        for (int j = Math.max(k, 0); j < i; j++) {
            if (endsPhrase(words.get(j))
                    || (j > k && !Character.isLowerCase(words.get(j).charAt(0)))) {
                return -1;
            }
        }
        boolean opensSentence = k == 0 || (k > 0 && CreditLines.endsSentence(words.get(k - 1)));
        return k >= 0 && AMONG.containsCore(words.get(k)) && opensSentence ? k : -1;
    }

    /**
     * Where the names start after the guest noun at {@code i}, past the words that tie the run to
     * this edition; -1 when no such word stands there, or another word does.
     */
    private static int runStart(List<String> words, int i, boolean other) {
        boolean tied = other;
        String noun = words.get(i);
        int at = i + 1;
        if (noun.endsWith(":") || noun.endsWith(",")) {
            return tied ? pastPresent(words, at, true) : pastPresent(words, at, false);
        }
        if (endsPhrase(noun)) {
            return -1;
        }
        for (int n = 0; at < words.size() && n < FILLER_MAX_WORDS; n++, at++) {
            String w = words.get(at);
            if (!Character.isLowerCase(w.charAt(0)) && !THIS_EDITION.containsCore(w)) {
                break; // the first name, or a capitalised word of another kind
            }
            boolean edition = THIS_EDITION.containsCore(w);
            boolean filler =
                    edition
                            || ALSO.containsCore(w)
                            || PRESENT.containsCore(w)
                            || OF_THIS.containsCore(w);
            if (!filler) {
                // the first name's role ("anche il medico"), with the article the fillers share
                int role = at;
                while (role - 1 > i && ARTICLES.containsCore(words.get(role - 1))) {
                    role--;
                }
                return tied && !endsPhrase(w) ? role : -1;
            }
            tied |= edition || ALSO.containsCore(w) || PRESENT.containsCore(w);
            if (w.equals(":") || endsPhrase(w)) {
                if (!w.endsWith(",") && !w.endsWith(":")) {
                    return -1;
                }
                return pastPresent(words, at + 1, tied); // "de hoy, también X"
            }
        }
        if (at < words.size() && words.get(at).equals(":")) {
            at++;
        }
        return tied ? at : -1;
    }

    /**
     * Past the verb of the present that may open the run after a comma ("Parmi les invités, on note
     * ..."), or {@code at} itself when {@code tied} already; -1 when neither ties the run.
     */
    private static int pastPresent(List<String> words, int at, boolean tied) {
        int p = at;
        boolean verb = false;
        for (int n = 0; p < words.size() && n < 3; n++, p++) {
            String w = words.get(p);
            if (!Character.isLowerCase(w.charAt(0))
                    || !(PRESENT.containsCore(w) || ALSO.containsCore(w))
                    || endsPhrase(w)) {
                break;
            }
            verb = true;
        }
        return verb || tied ? p : -1;
    }

    /**
     * Whether nothing from the paragraph's start to the run names an event, and nothing in the
     * run's sentence or the one before places it at another occasion or opens a quotation.
     */
    private static boolean clearBefore(List<String> words, int opening, int start) {
        int sentence = sentenceStart(words, opening - 1);
        for (int k = 0; k < start; k++) {
            String w = words.get(k);
            if (OtherOccasionWords.isEventNoun(w)) {
                return false;
            }
            if (k >= sentence
                    && !(k > opening && OTHER.containsCore(w))
                    && OtherOccasionWords.placesElsewhere(w)) {
                return false;
            }
            if (k >= opening && QuotationMarks.opens(w)) {
                return false;
            }
        }
        return true;
    }

    /** The first word of the sentence that holds word {@code i}; 0 for none before. */
    private static int sentenceStart(List<String> words, int i) {
        int k = Math.max(i, 0);
        while (k > 0 && !CreditLines.endsSentence(words.get(k - 1))) {
            k--;
        }
        return k;
    }

    /** The names of the run from {@code start}, up to its end or its first item of another kind. */
    private static void readRun(List<String> words, int start, List<Mention> found) {
        List<Mention> listed = new ArrayList<>();
        int at = start;
        int skipped = 0;
        while (at < words.size() && listed.size() < RUN_MAX_NAMES) {
            int name = pastRole(words, at);
            if (name < 0) {
                break; // a host's or the crew's role
            }
            Span span = name < words.size() ? Names.personAt(words, name) : null;
            if (span == null || span.from() != name) {
                int next = pastOther(words, at);
                if (next < 0 || ++skipped > 2) {
                    break;
                }
                at = next;
                continue;
            }
            skipped = 0;
            String last = words.get(span.to() - 1);
            if (Names.isPossessive(last)) {
                break;
            }
            int next = afterName(words, span.to());
            if (next == CLOSED_RUN) {
                listed.add(new Mention(Names.join(words, span.from(), span.to()), span.from()));
                break;
            }
            if (next < 0) {
                break; // "Mara Quill fans": the name does not close, the run is not read on
            }
            listed.add(new Mention(Names.join(words, span.from(), span.to()), span.from()));
            at = next;
        }
        found.addAll(listed);
    }

    /** What {@link #afterName} tells when a name ends the run and the sentence. */
    private static final int CLOSED_RUN = -2;

    /**
     * Where the next item starts after a name that ends before {@code end}: past its comma and the
     * joint; {@link #CLOSED_RUN} when the name ends the sentence; -1 when it does not close.
     */
    private static int afterName(List<String> words, int end) {
        String last = words.get(end - 1);
        if (end >= words.size() || CreditLines.endsSentence(last)) {
            return CLOSED_RUN;
        }
        if (last.endsWith(",")) {
            return pastJoint(words, end);
        }
        if (endsPhrase(last)) {
            return last.endsWith(";") ? CLOSED_RUN : -1;
        }
        String next = words.get(end);
        if (next.startsWith("(")) {
            return CLOSED_RUN; // an aside in brackets; what follows it is not read
        }
        return isJoint(next) ? pastJoint(words, end) : -1;
    }

    /** Past "and", "ou encore", "sia" at {@code p}, if one stands there. */
    private static int pastJoint(List<String> words, int p) {
        if (p < words.size() && isJoint(words.get(p))) {
            p++;
            if (p < words.size() && ALSO.containsCore(words.get(p))) {
                p++; // "ou encore", "and also"
            }
        }
        return p < words.size() ? p : -1;
    }

    private static boolean isJoint(String w) {
        return Character.isLowerCase(w.charAt(0))
                && !endsPhrase(w)
                && (PersonWords.isAndWord(w) || JOINTS.containsCore(w));
    }

    /** The joints of a run besides "and": "sia", "ou", "oder", "o", "or", "of". */
    private static final Vocabulary JOINTS = Vocabulary.of("sia ou oder o or of");

    /**
     * The word past a role before a name from {@code at}: the German capitalised role ({@link
     * ListItems#pastRole}) or an article and lower-case words, one of them a role, up to the first
     * capitalised word ("il climatologo e divulgatore scientifico", "lo scrittore, filosofo e
     * architetto"); {@code at} when none stands there; -1 when the role is the show's own.
     */
    private static int pastRole(List<String> words, int at) {
        int past = ListItems.pastRole(words, at);
        if (past == at && Character.isLowerCase(words.get(at).charAt(0))) {
            boolean role = false;
            int p = at;
            String opener = words.get(at);
            boolean opens = isRole(opener) || ARTICLES.containsCore(opener) || elided(opener) > 0;
            for (int n = 0; opens && p < words.size() && n < ROLE_MAX_WORDS; n++, p++) {
                String w = words.get(p);
                if (!Character.isLowerCase(w.charAt(0))) {
                    break;
                }
                if (CreditLines.endsSentence(w)
                        || (endsPhrase(w) && !w.endsWith(","))
                        || ApposedLists.ofSomeoneElse(w)) {
                    return at; // "sua moglie, l'attrice": the name is someone else's
                }
                role |= isRole(w);
            }
            past = role && p < words.size() ? p : at;
        }
        for (int k = at; k < past; k++) {
            if (ShowCircleWords.isShowsOwn(words.get(k)) || PersonWords.isHostWord(words.get(k))) {
                return -1;
            }
        }
        return past;
    }

    private static boolean isRole(String raw) {
        String w = raw.endsWith(",") ? raw.substring(0, raw.length() - 1) : raw;
        int elided = elided(w);
        return PersonWords.isRoleNoun(elided > 0 ? w.substring(elided) : w);
    }

    /**
     * Where the word goes on past an elided article glued before it ("l'attrice", "l’humoriste"); 0
     * when none is.
     */
    private static int elided(String w) {
        int mark = Math.max(w.indexOf('\''), w.indexOf('\u2019'));
        return mark > 0 && mark <= 2 && mark + 1 < w.length() ? mark + 1 : 0;
    }

    /** The articles of the seven languages that open a role before a name ("il", "le", "der"). */
    private static final Vocabulary ARTICLES =
            Vocabulary.of(
                    "the a an le la les un une der die das den dem ein eine el los las il lo gli"
                            + " i o os um uma de het een");

    /**
     * Past an item of the run that is no full name: a one-word name ("Luz,") or an aside that ends
     * in a comma ("le dessinateur,", "autore di un libro sulle maree,"), and the joint after it; -1
     * when the item ends the sentence or runs on without a comma.
     */
    private static int pastOther(List<String> words, int at) {
        String first = words.get(at);
        if (!Character.isLowerCase(first.charAt(0))) {
            // a one-word name between commas; anything longer is some other capitalised thing
            return first.endsWith(",") && Names.isNameWord(first) ? pastJoint(words, at + 1) : -1;
        }
        for (int k = at; k < words.size() && k < at + ASIDE_MAX_WORDS; k++) {
            String w = words.get(k);
            if (CreditLines.endsSentence(w) || w.endsWith(";") || w.endsWith(":")) {
                return -1;
            }
            if (w.endsWith(",")) {
                return pastJoint(words, k + 1);
            }
        }
        return -1;
    }
}
