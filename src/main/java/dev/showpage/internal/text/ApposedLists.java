package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;
import static dev.showpage.internal.text.NamesListedAfter.add;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * The guests listed after the first when each name is followed by a comma and the person's role:
 * "with Mara Quill, historian at the museum, Tom Reed, chef, and Ana Lima, author of a book on
 * tides". A role runs up to its comma, and the next name must follow that comma directly (or after
 * an "and"): any other word there ends the list. A role that speaks of someone else ("whose
 * father", "her teacher", "su padre") or of a work's subject ("a book about two rivals", "sobre o
 * avô") ends it too, for the names after it are that person's or that subject's, not guests. So
 * does a role tied by "of" to something ("biographer of the painter", "reporter of the show"),
 * whose next name may be that something's, and a role of the show's own staff ("chroniqueur",
 * "colunista"), whose name is no guest.
 */
final class ApposedLists {

    private ApposedLists() {}

    /** Most words a role may take between one listed name and the next. */
    private static final int ROLE_MAX_WORDS = 16;

    /** Most names such a list gives after its first. */
    private static final int LIST_MAX_NAMES = 6;

    /**
     * The relative and possessive words of the seven languages that make the noun after them
     * another person's ("whose father", "her teacher", "su padre", "dont le père", "dessen Lehrer",
     * "suo padre", "seu avô", "zijn vader").
     */
    private static final Vocabulary OF_SOMEONE_ELSE =
            Vocabulary.of(
                    "whose his her their dont son sa ses leur leurs su sus cuyo cuya seu sua seus"
                            + " suas cujo cuja dessen deren sein seine seinem seinen seiner ihr"
                            + " ihre ihrem ihren ihrer zijn haar hun wiens wier suo suoi sue cui");

    /** The articles and small numbers of the seven languages that open a noun phrase. */
    private static final Vocabulary DETERMINERS =
            Vocabulary.of(
                    "the a an two three o os as um uma dois duas três le la les l' un une deux"
                        + " trois el los las una dos tres der die das den dem des ein eine einen"
                        + " einem zwei drei de het een twee drie il lo gli i uno due tre");

    /**
     * The words of the seven languages that tie a role to what it is of ("of", "de", "del", "do",
     * "da", "della", "van", "von", "du", "des", "der", "di", "dello").
     */
    private static final Vocabulary OF_WORDS =
            Vocabulary.of(
                    "of de del do da dos das della dello delle degli dei di van von vom du des"
                            + " der");

    /**
     * The elided "of" of French and Italian, glued to the next word: "d'Emmaüs", "dell'orchestra".
     */
    private static final Vocabulary ELIDED_OF = Vocabulary.of("d dell");

    /**
     * The roles of a show's own staff that sit beside a guest in the notes, in the seven languages:
     * reporter, correspondent, columnist, contributor, editor; "chroniqueur", "colaborador",
     * "colunista", "redattore", "Reporterin", "verslaggever" and their kin.
     */
    private static final Vocabulary STAFF_ROLES =
            Vocabulary.of(
                    "reporter reporters correspondent columnist contributor editor chroniqueur"
                            + " chroniqueuse correspondant correspondante rédacteur rédactrice"
                            + " colaborador colaboradora reportero reportera corresponsal"
                            + " columnista redactor redactora colunista repórter correspondente"
                            + " redator redatora redattore redattrice inviato inviata"
                            + " corrispondente editorialista reporterin korrespondent"
                            + " korrespondentin kolumnist kolumnistin redakteur redakteurin"
                            + " verslaggever verslaggeefster columniste redacteur"
                            + " redactrice medewerker medewerkster");

    /** Adds the names listed after {@code first} the same way, when it is followed by a role. */
    static void andNext(List<Mention> found, List<String> words, Span first, boolean[] credit) {
        if (!apposedRole(words, first.from())) {
            return;
        }
        int at = first.to(); // the role noun, whose comma may close it
        for (int listed = 0; listed < LIST_MAX_NAMES; listed++) {
            Span next = nextApposed(words, at);
            if (next == null) {
                return;
            }
            add(found, words, next, credit);
            at = next.to();
        }
    }

    /** The name right after the comma that closes the role at {@code from}, with its own role. */
    private static Span nextApposed(List<String> words, int from) {
        int comma = roleEnd(words, from);
        if (comma < 0 || comma + 1 >= words.size()) {
            return null;
        }
        int start = comma + 1;
        if (PersonWords.isAndWord(words.get(start))) {
            boolean spanish = Vocabulary.coreIs(words.get(start), "y");
            start++;
            if (spanish && start < words.size()) {
                start = GuestWordPhrases.personalA(words, start); // "y a Diego Ruiz, actor"
            }
        }
        return apposedRole(words, start) ? Names.personAt(words, start) : null;
    }

    /**
     * Whether a person's name starts at {@code start} and a comma and a role noun follow it ("Mara
     * Quill, historian", "Mara Quill, co-autora do podcast"): the role not the show's own or its
     * staff's, and not tied by "of" to something ("reporter of the show", "mother of the singer").
     */
    private static boolean apposedRole(List<String> words, int start) {
        Span span = start < words.size() ? Names.personAt(words, start) : null;
        if (span == null || span.from() != start || span.to() >= words.size()) {
            return false;
        }
        String last = words.get(span.to() - 1);
        String role = words.get(span.to());
        return last.endsWith(",")
                && !Names.isPossessive(last)
                && Character.isLowerCase(role.charAt(0))
                && PersonWords.isRoleNoun(role)
                && !ShowCircleWords.isShowsOwn(role)
                && !STAFF_ROLES.containsCore(role)
                && !tiedByOf(words, span.to());
    }

    /**
     * Whether the word is a preposition of a work's subject: the "on" words ("about", "sobre",
     * "sur", "über", "over", "su") or Spanish "acerca", which, followed by an article or a number,
     * start the names of that subject.
     */
    private static boolean isAbout(String w) {
        return PersonWords.isOnWordCore(w) || Vocabulary.coreIs(w, "acerca");
    }

    /** Whether the role at {@code role} goes on with "of" and a word: "founder of the school". */
    private static boolean tiedByOf(List<String> words, int role) {
        if (endsPhrase(words.get(role)) || role + 2 >= words.size()) {
            return false;
        }
        String next = words.get(role + 1);
        int apostrophe = Math.max(next.indexOf('\''), next.indexOf('\u2019'));
        return OF_WORDS.containsCore(next)
                || (apostrophe > 0 && ELIDED_OF.containsCore(next.substring(0, apostrophe)));
    }

    /**
     * The word whose comma closes the role at {@code from}; -1 when the sentence or the clause ends
     * first, or the role speaks of someone else or of a work's subject.
     */
    private static int roleEnd(List<String> words, int from) {
        for (int k = from; k + 1 < words.size() && k < from + ROLE_MAX_WORDS; k++) {
            String w = words.get(k);
            if (k > from
                    && (OF_SOMEONE_ELSE.containsCore(w)
                            || (isAbout(w) && DETERMINERS.containsCore(words.get(k + 1))))) {
                return -1;
            }
            if (CreditLines.endsSentence(w) || w.endsWith(";") || w.endsWith(":")) {
                return -1;
            }
            if (w.endsWith(",")) {
                return k;
            }
        }
        return -1;
    }
}
